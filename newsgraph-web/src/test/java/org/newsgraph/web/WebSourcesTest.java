package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.SourceRecord;
import org.newsgraph.web.testing.TestPages;

class WebSourcesTest {
  @TempDir Path dir;

  private final WebSources sources = new WebSources(Inputs.builder(new HtmlReader()).build());

  @Test
  void claimsPagesFeedsAndArchivesByNameAndUrlsBySpec() {
    for (String name : List.of("a.html", "a.HTM", "a.html.gz", "feed.xml", "feed.rss", "crawl.warc", "crawl.warc.gz")) {
      assertTrue(sources.accepts(Path.of(name)), name);
    }
    assertFalse(sources.accepts(Path.of("notes.txt")));
    assertFalse(sources.accepts(Path.of("corpus.jsonl.gz")));
    assertTrue(sources.handlesSpec("https://example.org/news/1"));
    assertFalse(sources.handlesSpec("news/1.html"));
  }

  @Test
  void aPageIsOneRecordAndAResumedReadSkipsIt() throws Exception {
    Path page = dir.resolve("harbour.html");
    Files.write(page, TestPages.htmlBytes("harbour"));
    ArticleSource source = sources.open(page);
    assertEquals(source.key(), sources.open(page).key(), "the same file keeps its journal key");

    List<SourceRecord> first = new ArrayList<>();
    source.read(0, first::add);
    assertEquals(1, first.size());
    assertEquals(0, first.get(0).position());
    assertFalse(first.get(0).isRejected());
    assertEquals("html", first.get(0).article().reader());
    assertTrue(first.get(0).article().text().contains(TestPages.sentence("harbour")));

    List<SourceRecord> resumed = new ArrayList<>();
    source.read(1, resumed::add);
    assertTrue(resumed.isEmpty());
  }
}
