package org.newsgraph.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A folder laid out as the article-extraction benchmark: {@code ground-truth.json} ({@code {id:
 * {articleBody, url}}}) and {@code html/<id>.html.gz}. Pages are held decompressed in memory, so
 * that timing measures extraction and not reading files.
 */
public final class ExtractionDataset {
  /** One page: its id, the URL it was saved from, the HTML bytes and the true article body. */
  public record Page(String id, String url, byte[] html, String truth) {}

  private final Path dir;
  private final List<Page> pages;

  private ExtractionDataset(Path dir, List<Page> pages) {
    this.dir = dir;
    this.pages = List.copyOf(pages);
  }

  /** Reads the folder; a page listed in the ground truth without its HTML file is an error. */
  public static ExtractionDataset load(Path dir) throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new IOException(dir + ": no ground-truth.json there (a benchmark folder holds ground-truth.json and html/)");
    }
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      Path html = dir.resolve("html").resolve(id + ".html.gz");
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        bytes = in.readAllBytes();
      } catch (NoSuchFileException missing) {
        throw new IOException(html + ": missing, though ground-truth.json lists page " + id);
      }
      JsonNode item = e.getValue();
      pages.add(new Page(id, item.path("url").asText(null), bytes, item.path("articleBody").asText("")));
    }
    pages.sort((a, b) -> a.id().compareTo(b.id()));
    return new ExtractionDataset(dir, pages);
  }

  public Path dir() {
    return dir;
  }

  public List<Page> pages() {
    return pages;
  }

  public long totalBytes() {
    return pages.stream().mapToLong(p -> p.html().length).sum();
  }
}
