package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SharedData;

/** ingest, search, bench search and eval similarity as a user runs them. */
class StoreCommandsTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void ingestThenSearchThenIngestAgainStoresNothingNew() throws Exception {
    Path input = dir.resolve("news.jsonl");
    Files.writeString(
        input,
        "{\"title\": \"Russia and Iran sign energy deal\", \"text\": \"Russia and Iran sign energy deal\\n\\nMoscow and Tehran agreed on gas deliveries on Monday, officials in both capitals said.\", \"date\": \"2016-03-01\", \"url\": \"https://a.example/1\", \"source\": \"Daily Planet\"}\n"
            + "{\"title\": \"Harbour reopens\", \"text\": \"Harbour reopens\\n\\nThe northern quay reopened on Friday after the storm, the port authority said.\", \"date\": \"2017-05-02\", \"source\": \"Coast News\"}\n"
            + "{broken\n");
    Path notes = dir.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("note.txt"), "Ferries resume\n\nFerries to the islands resume their timetable on Monday, the operator said.\n");
    Path data = dir.resolve("data");

    CliRun first = run("ingest", "--data", data.toString(), "--progress", "lines", input.toString(), notes.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("3 stored") && first.out().contains("1 rejected"), first.out());
    assertTrue(first.out().contains("store: 3 articles"), first.out());
    assertTrue(first.err().contains("records in"), "plain progress lines when not a terminal: " + first.err());
    assertTrue(Files.readString(data.resolve("rejects.jsonl")).contains("not valid JSON"));

    CliRun again = run("ingest", "--data", data.toString(), "--progress", "none", input.toString(), notes.toString());
    assertEquals(0, again.code());
    assertTrue(again.out().contains("2 inputs (2 finished before, skipped); 0 records read: 0 stored"), again.out());

    CliRun search = run("search", "--data", data.toString(), "--outlet", "daily planet", "tehran");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().startsWith("1 article match"), search.out());
    assertTrue(search.out().contains("*Tehran*"), search.out());
    assertTrue(search.out().contains("outlet  Daily Planet 1"), search.out());

    CliRun json = run("search", "--data", data.toString(), "--json", "--from", "2017", "--lang", "en");
    assertEquals(0, json.code(), json.err());
    JsonNode o = new ObjectMapper().readTree(json.out());
    assertEquals(1, o.get("total").asInt());
    assertEquals("Harbour reopens", o.get("hits").get(0).get("title").asText());
    assertEquals(1, o.get("facets").get("year").get("2017").asInt());
    assertTrue(o.get("hits").get(0).get("story").isTextual());

    assertEquals(2, run("search", "--data", data.toString(), "title:(").code());
    assertEquals(2, run("search", "--data", data.toString(), "--from", "March").code());
    CliRun missing = run("search", "--data", dir.resolve("none").toString(), "x");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("newsgraph ingest"), missing.err());

    CliRun jsonl = run("export", "--data", data.toString());
    assertEquals(0, jsonl.code(), jsonl.err());
    String[] lines = jsonl.out().split("\n");
    assertEquals(3, lines.length);
    for (String line : lines) {
      org.newsgraph.testing.SchemaCheck.assertValid(line);
    }
    CliRun csv = run("export", "--data", data.toString(), "--format", "csv", "outlet:\"coast news\"");
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().startsWith("id,published,language,outlet,title,url,story,duplicateOf\n"), csv.out());
    assertEquals(2, csv.out().split("\n").length);
    CliRun gdelt = run("export", "--data", data.toString(), "--format", "gdelt-events");
    assertEquals(0, gdelt.code(), gdelt.err());
    assertTrue(gdelt.err().contains("0 events from 3 articles"), gdelt.err());
    CliRun relations = run("relations", "--data", data.toString(), "RUS", "IRN", "--by", "year");
    assertEquals(0, relations.code(), relations.err());
    assertTrue(relations.out().startsWith("no events between RUS and IRN"), relations.out());

    CliRun bench = run("bench", "search", "--data", data.toString(), "--queries", "20", "--warmup", "5");
    assertEquals(0, bench.code(), bench.err());
    assertTrue(bench.out().contains("median"), bench.out());
  }

  @Test
  void ingestReportsAMissingInputAndABadFieldMapping() throws Exception {
    CliRun missing = run("ingest", "--data", dir.resolve("data").toString(), "--progress", "none", dir.resolve("nothing.jsonl").toString());
    assertEquals(Main.BAD_INPUT, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
    CliRun mapping = run("ingest", "--data", dir.resolve("data").toString(), "--field", "colour=red", "x.jsonl");
    assertEquals(Main.USAGE, mapping.code());
    assertTrue(mapping.err().contains("unknown field 'colour'"), mapping.err());
  }

  @Test
  void evalSimilarityPrintsPearsonPerPairType() {
    Path csv = SharedData.require("data/similarity/semeval2022-task8/training_set.csv");
    CliRun r = run("eval", "similarity", csv.toString());
    assertEquals(0, r.code(), r.err());
    for (String group : new String[] {"en-en", "de-de", "de-en", "all pairs"}) {
      assertTrue(r.out().contains(group), r.out());
    }
    assertTrue(r.out().contains("-Overall"), "the sign is explained: " + r.out());
  }
}
