package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSampleEventsCommandTest {
  @Test
  void printsTheDrawnSentencesAsGoldBlocks(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus,
        "{\"id\":\"a1\",\"date\":\"2016-05-03\",\"text\":\"Weather was fine today in the city. The Kremlin on Tuesday criticised Israel's strikes near Damascus.\"}\n"
            + "{\"id\":\"a2\",\"text\":\"Nothing about any country here at all.\\n\\nFrance and Germany signed a treaty in Paris on Monday.\"}\n");
    CliRun r = CliRun.of("eval", "sample-events", "--seed", "5", "--count", "10", corpus.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("# sample: a1 sentence 1\n# date: 2016-05-03\ntext: The Kremlin on Tuesday criticised Israel's strikes near Damascus.\n"), r.out());
    assertTrue(r.out().contains("# sample: a2 sentence 1\ntext: France and Germany signed a treaty in Paris on Monday.\n"), r.out());
    assertEquals(2, r.out().split("text: ", -1).length - 1, r.out());
  }

  @Test
  void excludedSentencesAreNotDrawn(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus,
        "{\"id\":\"a1\",\"text\":\"The Kremlin on Tuesday criticised Israel's strikes near Damascus.\"}\n"
            + "{\"id\":\"a2\",\"text\":\"France and Germany signed a treaty in Paris on Monday.\"}\n");
    Path coded = dir.resolve("coded.txt");
    Files.writeString(coded, "# why: signed\ntext: France and  Germany signed a treaty in Paris on Monday.\nevent: FRA DEU 057\n");
    CliRun r = CliRun.of("eval", "sample-events", "--seed", "5", "--count", "10", "--exclude", coded.toString(), corpus.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("text: The Kremlin on Tuesday criticised Israel's strikes near Damascus.\n"), r.out());
    assertFalse(r.out().contains("text: France and Germany"), r.out());
    assertTrue(r.out().contains("--exclude coded.txt"), r.out());
    CliRun missing = CliRun.of("eval", "sample-events", "--exclude", dir.resolve("none.txt").toString(), corpus.toString());
    assertEquals(Main.BAD_INPUT, missing.code());
    assertTrue(missing.err().contains("none.txt"), missing.err());
  }

  @Test
  void drawsGermanSentencesFromAGermEvalTsv(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("mini.tsv");
    Files.writeString(tsv, String.join("\n",
        "#\thttp://www.example.de/a.html\t[2010-01-12]\t",
        "1\tFrankreich\tB-LOC\tO", "2\tkritisiert\tO\tO", "3\tam\tO\tO", "4\tMontag\tO\tO",
        "5\tdie\tO\tO", "6\tTürkei\tB-LOC\tO", "7\t.\tO\tO", "",
        "#\thttp://www.example.de/b.html\t[2010-01-13]\t",
        "1\tDas\tO\tO", "2\tWetter\tO\tO", "3\twar\tO\tO", "4\tgut\tO\tO", "5\tin\tO\tO", "6\tBerlin\tB-LOC\tO", "7\t.\tO\tO", ""));
    CliRun r = CliRun.of("eval", "sample-events", "--language", "de", "--seed", "3", "--count", "10", tsv.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("# language: de\n"), r.out());
    assertTrue(r.out().contains("# sample: mini.tsv:1 http://www.example.de/a.html sentence 0\n# date: 2010-01-12\n"
        + "text: Frankreich kritisiert am Montag die Türkei.\n"), r.out());
    assertEquals(1, r.out().split("text: ", -1).length - 1, r.out());
    CliRun one = CliRun.of("eval", "sample-events", "--language", "de", "--min-countries", "1", "--seed", "3", "--count", "10", tsv.toString());
    assertEquals(0, one.code(), one.err());
    assertTrue(one.out().contains("text: Das Wetter war gut in Berlin.\n"), one.out());
    assertTrue(one.out().contains("--min-countries 1 "), one.out());
    assertEquals(2, one.out().split("text: ", -1).length - 1, one.out());
  }

  @Test
  void aMissingCorpusIsBadInput() {
    CliRun r = CliRun.of("eval", "sample-events", "no/such/corpus.jsonl.gz");
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("no/such/corpus.jsonl.gz"), r.err());
  }
}
