package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SharedData;

class EnrichCommandsTest {
  @Test
  void aMissingCorpusIsBadInputNamingIt() {
    CliRun bench = CliRun.of("bench", "enrich", "--corpus", "no/such.jsonl.gz");
    assertEquals(Main.BAD_INPUT, bench.code());
    assertTrue(bench.err().contains("no/such.jsonl.gz"), bench.err());
    CliRun facts = CliRun.of("eval", "facts", "--corpus", "no/such.jsonl.gz", "-o", "x.tsv");
    assertEquals(Main.BAD_INPUT, facts.code());
    assertTrue(facts.err().contains("no/such.jsonl.gz"), facts.err());
  }

  @Test
  void benchReportsLoadTimesAndMillisecondsPerArticle() {
    Path corpus = SharedData.require("data/corpus/world-news-en.jsonl.gz");
    CliRun run = CliRun.of("bench", "enrich", "--corpus", corpus.toString(), "--articles", "6");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().matches("(?s).*load\\s+embedding model \\d+ ms, knowledge-base facts \\d+ ms.*"), run.out());
    assertTrue(run.out().matches("(?s).*enrichment\\s+\\d+\\.\\d ms/article mean.*old relevance\\s+\\d+\\.\\d ms/article.*"), run.out());
  }

  @Test
  void evalFactsWritesASampleToJudge(@TempDir Path dir) throws Exception {
    Path corpus = SharedData.require("data/corpus/world-news-en.jsonl.gz");
    Path out = dir.resolve("sample.tsv");
    CliRun run = CliRun.of("eval", "facts", "--corpus", corpus.toString(), "--articles", "8", "--sample", "3", "-o", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().matches("(?s).*facts\\s+\\d+ selected in \\d+ articles.*"), run.out());
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(0).startsWith("on_topic\treason\tarticle\ttitle"), lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      assertTrue(line.split("\t", -1)[8].startsWith("http"), line);
    }
  }
}
