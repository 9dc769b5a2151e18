package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

class NerCommandsTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static final String CONLL = String.join("\n",
      "-DOCSTART- -X- -X- O",
      "",
      "Angela NNP B-NP B-PER",
      "Merkel NNP I-NP I-PER",
      "visited VBD B-VP O",
      "Paris NNP B-NP B-LOC",
      ". . O O",
      "",
      "Siemens NNP B-NP B-ORG",
      "said VBD B-VP O",
      "so RB B-ADVP O",
      ". . O O",
      "");

  @Test
  void tagAppendsAnIob2ColumnToEveryTokenLine() throws Exception {
    Path file = dir.resolve("tiny.txt");
    Files.writeString(file, CONLL, StandardCharsets.UTF_8);
    CliRun r = run("tag", "--conll", file.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("-DOCSTART- -X- -X- O O", lines.get(0));
    assertEquals("", lines.get(1));
    assertEquals("Angela NNP B-NP B-PER B-PER", lines.get(2));
    assertEquals("Merkel NNP I-NP I-PER I-PER", lines.get(3));
    assertEquals("visited VBD B-VP O O", lines.get(4));
    assertEquals("Paris NNP B-NP B-LOC B-LOC", lines.get(5));
    assertEquals("", lines.get(7));
    assertEquals("Siemens NNP B-NP B-ORG B-ORG", lines.get(8));
    assertEquals(13, lines.size(), r.out());
  }

  @Test
  void tagReadsGermEvalWithTabs() throws Exception {
    Path file = dir.resolve("tiny.tsv");
    Files.writeString(file, "#\tsource\t[2010-07-04]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesuchte\tO\tO\n"
        + "4\tParis\tB-LOC\tO\n5\t.\tO\tO\n\n", StandardCharsets.UTF_8);
    CliRun r = run("tag", "--conll", file.toString(), "--germeval");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("#\tsource\t[2010-07-04]", lines.get(0));
    assertEquals("1\tAngela\tB-PER\tO\tB-PER", lines.get(1));
    assertEquals("4\tParis\tB-LOC\tO\tB-LOC", lines.get(4));
  }

  @Test
  void evalNerPrintsBothPathsPerTypeAndOverall() throws Exception {
    Path file = dir.resolve("tiny.txt");
    Files.writeString(file, CONLL, StandardCharsets.UTF_8);
    CliRun r = run("eval", "ner", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("newsgraph (EntityRecognizer)"), r.out());
    assertTrue(r.out().contains("CoreNLP test path"), r.out());
    assertTrue(r.out().contains("overall       3      3      3   1.0000  1.0000  1.0000"), r.out());
    assertTrue(r.out().contains("tokens tagged alike by both paths: 1.0000"), r.out());
  }

  @Test
  void analyzeWritesEntities() throws Exception {
    Path example = SharedData.require("examples/black-sea-grain-en.txt");
    CliRun r = run("analyze", example.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = SchemaCheck.assertValid(r.out());
    assertTrue(doc.get("entities").size() > 10);
  }

  @Test
  void benchNerTimesNewsgraph() throws Exception {
    Path file = dir.resolve("tiny.txt");
    Files.writeString(file, CONLL, StandardCharsets.UTF_8);
    CliRun r = run("bench", "ner", "--input", file.toString(), "--runs", "1", "--no-baseline");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("newsgraph (tokenizer + CRF)"), r.out());
    assertTrue(r.out().matches("(?s).*newsgraph \\+ grouping \\+ linking \\(bundled KB\\)\\s.*\\d+ tokens/s.*"), r.out());
    assertTrue(r.out().contains("tokens/s"), r.out());
  }
}
