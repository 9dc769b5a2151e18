package org.newsgraph.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads a news corpus: JSON Lines, one {@link CorpusArticle} a line, gzip when the name ends in .gz. */
public final class Corpus {
  private Corpus() {}

  public static List<CorpusArticle> read(Path path) throws IOException {
    List<CorpusArticle> articles = new ArrayList<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        MappingIterator<CorpusArticle> it = new ObjectMapper().readerFor(CorpusArticle.class).readValues(in)) {
      while (it.hasNextValue()) {
        articles.add(it.nextValue());
      }
    }
    return articles;
  }
}
