package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SharedData;

/** {@code newsgraph kb import} and {@code newsgraph eval linking} as a user runs them. */
class KbCommandsTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static final String DUMP =
      "[\n"
          + "{\"type\":\"item\",\"id\":\"Q900003\",\"labels\":{\"de\":{\"language\":\"de\",\"value\":\"Testhausen\"}},"
          + "\"claims\":{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"id\":\"Q515\"},\"type\":\"wikibase-entityid\"}},\"rank\":\"normal\"}]},"
          + "\"sitelinks\":{\"dewiki\":{\"site\":\"dewiki\",\"title\":\"Testhausen\"}}}\n"
          + "]\n";

  @Test
  void importWritesAKnowledgeBaseFileAndReportsCounts() throws Exception {
    Path dump = dir.resolve("dump.json");
    Files.writeString(dump, DUMP, StandardCharsets.UTF_8);
    Path out = dir.resolve("kb.tsv");
    CliRun r = run("kb", "import", dump.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("1 entities read, 1 kept"), r.err());
    String kb = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(kb.startsWith("id\ttype\t"), kb);
    assertTrue(kb.contains("Q900003\tLOCATION\tcity\t"), kb);

    CliRun stdout = run("kb", "import", dump.toString());
    assertEquals(0, stdout.code(), stdout.err());
    assertEquals(kb, stdout.out());
  }

  @Test
  void importNamesTheInputItCannotRead() throws Exception {
    CliRun missing = run("kb", "import", dir.resolve("nope.json").toString());
    assertEquals(Main.BAD_INPUT, missing.code());
    assertTrue(missing.err().contains("nope.json: no such file"), missing.err());

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[\n{\"id\": \n", StandardCharsets.UTF_8);
    CliRun bad = run("kb", "import", broken.toString());
    assertEquals(Main.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("broken.json: not a Wikidata JSON dump"), bad.err());
  }

  @Test
  void evalLinkingPrintsCoveredAndOverallFigures() {
    Path ttl = SharedData.require("data/linking/n3/Reuters-128.ttl");
    CliRun r = run("eval", "linking", ttl.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("128 documents"), r.out());
    assertTrue(r.out().matches("(?s).*covered: P [01]\\.\\d{3}  R [01]\\.\\d{3}  F1 [01]\\.\\d{3}.*"), r.out());
    assertTrue(r.out().matches("(?s).*overall: P [01]\\.\\d{3}  R [01]\\.\\d{3}  F1 [01]\\.\\d{3}.*"), r.out());
  }

  /** A person the bundled knowledge base does not hold (the examples' invented spokesman), as a Wikidata dump line. */
  private static final String PERSON_DUMP =
      "[\n"
          + "{\"type\":\"item\",\"id\":\"Q900004\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Arkady Volkov\"}},"
          + "\"claims\":{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"id\":\"Q5\"},\"type\":\"wikibase-entityid\"}},\"rank\":\"normal\"}]}}\n"
          + "]\n";

  @Test
  void analyzeAndIngestLinkWithAnImportedKnowledgeBase() throws Exception {
    Path example = SharedData.require("examples/black-sea-grain-en.txt");
    Path dump = dir.resolve("people.json");
    Files.writeString(dump, PERSON_DUMP, StandardCharsets.UTF_8);
    Path kbDir = Files.createDirectories(dir.resolve("kb"));
    assertEquals(0, run("kb", "import", dump.toString(), "-o", kbDir.resolve("people.tsv").toString()).code());

    CliRun plain = run("analyze", example.toString());
    assertEquals(0, plain.code(), plain.err());
    assertEquals("null", volkov(plain.out()).get("kb").toString());
    CliRun withKb = run("analyze", "--kb", kbDir.toString(), example.toString());
    assertEquals(0, withKb.code(), withKb.err());
    assertEquals("Q900004", volkov(withKb.out()).get("kb").asText());
    // The bundled knowledge base is still there beside the imported one.
    assertTrue(withKb.out().replaceAll("\\s", "").contains("\"kb\":\"Q43\""), withKb.out());

    CliRun ingest = run("ingest", "--data", dir.resolve("data").toString(), "--progress", "none", "--kb",
        kbDir.resolve("people.tsv").toString(), example.toString());
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(ingest.out().contains("1 stored"), ingest.out() + ingest.err());
  }

  @Test
  void analyzeAndIngestNameAMissingKnowledgeBase() {
    Path missing = dir.resolve("no-kb");
    CliRun analyze = run("analyze", "--kb", missing.toString(), "-");
    assertEquals(Main.BAD_INPUT, analyze.code());
    assertTrue(analyze.err().contains("--kb: " + missing + ": no such file or folder"), analyze.err());
    CliRun ingest = run("ingest", "--data", dir.resolve("data").toString(), "--kb", missing.toString(), "-");
    assertEquals(Main.BAD_INPUT, ingest.code());
    assertTrue(ingest.err().contains("--kb: " + missing + ": no such file or folder"), ingest.err());
  }

  private static com.fasterxml.jackson.databind.JsonNode volkov(String json) throws Exception {
    var doc = org.newsgraph.testing.SchemaCheck.assertValid(json.strip());
    for (var e : doc.get("entities")) {
      if (e.get("name").asText().equals("Arkady Volkov")) {
        return e;
      }
    }
    throw new AssertionError("no Arkady Volkov in " + json);
  }

  @Test
  void evalLinkingNamesAMissingFile() {
    CliRun r = run("eval", "linking", dir.resolve("none.ttl").toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("none.ttl: no such file"), r.err());
  }
}
