package org.newsgraph.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.testing.SchemaCheck;

/**
 * The journal's promise: an ingest killed with no warning (SIGKILL, as kill -9) half way loses and
 * doubles nothing when it is run again, and a run over an input already ingested stores nothing.
 */
class IngestResumeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int RECORDS = 1500;

  @TempDir Path dir;

  /** Writes the input; returns the ids it should yield. Every 100th line is broken, line 700 repeats line 10. */
  private Set<String> writeInput(Path file, List<Long> badPositions) throws IOException {
    Set<String> ids = new HashSet<>();
    try (OutputStream raw = Files.newOutputStream(file);
        PrintWriter out = new PrintWriter(new GZIPOutputStream(raw), false, StandardCharsets.UTF_8)) {
      for (int i = 0; i < RECORDS; i++) {
        if (i % 100 == 99) {
          out.println(i % 200 == 99 ? "{\"text\": \"unterminated" : "{\"title\": \"no text here\"}");
          badPositions.add((long) i);
          continue;
        }
        int n = i == 700 ? 10 : i;
        String text = "Report number " + n + " from the harbour\n\nThe quay " + n + " reopened on day " + (n % 31)
            + ", the authority said. Ferries resume service " + n + " on Monday, the operator said.";
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", "Report number " + n);
        o.put("text", text);
        o.put("date", "2020-01-" + String.format("%02d", 1 + n % 28));
        o.put("url", "https://news.example/" + n);
        o.put("source", "Harbour Times");
        out.println(o);
        ids.add(ArticleJson.id(text));
      }
    }
    return ids;
  }

  @Test
  void aKilledIngestResumesWithoutLossOrDoublesAndASecondRunStoresNothing() throws Exception {
    Path input = dir.resolve("news.jsonl.gz");
    List<Long> bad = new ArrayList<>();
    Set<String> expected = writeInput(input, bad);
    Path data = dir.resolve("data");

    // 1. an ingest in another JVM, killed (SIGKILL) after it has committed part of the input
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                IngestChild.class.getName(), data.toString(), input.toString())
            .redirectErrorStream(true)
            .start();
    long committed = 0;
    List<String> log = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        log.add(line);
        if (line.startsWith("COMMITTED ")) {
          committed = Long.parseLong(line.substring(10));
          if (committed >= 300) {
            child.destroyForcibly();
            break;
          }
        }
      }
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertTrue(committed >= 300 && log.stream().noneMatch(l -> l.startsWith("DONE")), "killed half way: " + log);

    long before;
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(data)) {
      before = store.count();
    }
    // COMMITTED reports the stored count as it is when announced, which analysis threads may have
    // raised past what the commit held; the index itself must hold a real part of the input.
    assertTrue(before > 0 && before < expected.size(), "the kill left part of the input: " + before);

    // 2. the same ingest again, in this JVM: it resumes
    Ingester.Report resumed = IngestChild.run(data, input, 0);
    assertTrue(resumed.counts().read.get() < RECORDS, "resumed, not restarted: read " + resumed.counts().read.get());
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(data)) {
      assertEquals(expected.size(), store.count());
      List<String> ids = new ArrayList<>();
      store.forEach(o -> ids.add(o.get("id").asText()));
      assertEquals(expected.size(), ids.size());
      assertEquals(expected, new HashSet<>(ids), "nothing lost, nothing doubled");
      store.forEach(o -> SchemaCheck.assertValid(o.toString()));
    }
    // every bad record is in the rejects file exactly once, with its reason
    List<JsonNode> rejects = new ArrayList<>();
    for (String line : Files.readAllLines(data.resolve(RejectLog.FILE))) {
      rejects.add(MAPPER.readTree(line));
    }
    assertEquals(bad, rejects.stream().map(r -> r.get("position").asLong()).sorted().toList());
    assertTrue(rejects.stream().allMatch(r -> r.get("reason").asText().matches("not valid JSON.*|no text in field 'text'")));

    // 3. a second run over the finished input stores nothing and reads nothing
    Ingester.Report again = IngestChild.run(data, input, 0);
    assertEquals(0, again.counts().stored.get());
    assertEquals(0, again.counts().read.get());
    assertEquals(1, again.inputsSkipped());
    assertEquals(rejects.size(), Files.readAllLines(data.resolve(RejectLog.FILE)).size());
  }

  @Test
  void aChangedInputIsReadAgainButOnlyItsNewArticlesAreStored() throws Exception {
    Path input = dir.resolve("news.jsonl");
    Files.writeString(input, "{\"text\": \"First article about the harbour reopening on Friday after the storm.\"}\n");
    Path data = dir.resolve("data");
    assertEquals(1, IngestChild.run(data, input, 0).counts().stored.get());
    Files.writeString(
        input,
        "{\"text\": \"First article about the harbour reopening on Friday after the storm.\"}\n"
            + "{\"text\": \"Second article, about ferries resuming their timetable on Monday.\"}\n");
    Files.setLastModifiedTime(input, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Ingester.Report report = IngestChild.run(data, input, 0);
    assertEquals(1, report.counts().stored.get());
    assertEquals(1, report.counts().alreadyStored.get());
  }
}
