package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval extraction and bench extraction on a benchmark folder of two pages that the test writes. */
class ExtractionCommandsTest {
  private static final String BODY =
      "The council voted on Tuesday to rebuild the old bridge over the river, ending a debate that"
          + " had lasted for more than ten years and divided the town.";

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeEach
  void writeBenchmarkFolder() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    writePage("aaa", "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        + "<article><h1>Bridge to be rebuilt</h1><p>" + BODY + "</p><p>Work starts in spring.</p></article>"
        + "<footer>Copyright 2024</footer></body></html>");
    writePage("bbb", "<html><body><div class='content'><h1>Bridge</h1><p>" + BODY + "</p></div>"
        + "<aside class='related'><a href='/x'>Another story about something else entirely</a></aside></body></html>");
    Files.writeString(dir.resolve("ground-truth.json"),
        "{\"aaa\": {\"articleBody\": \"" + BODY + "\\n\\nWork starts in spring.\", \"url\": \"https://example.com/a\"},"
            + " \"bbb\": {\"articleBody\": \"" + BODY + "\", \"url\": \"https://example.com/b\"}}");
  }

  private void writePage(String id, String html) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(html.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("html").resolve(id + ".html.gz"), bytes.toByteArray());
  }

  @Test
  void evalPrintsBothExtractorsAndPagesWhenVerbose() {
    CliRun r = run("eval", "extraction", dir.toString(), "--verbose");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 pages from"), r.out());
    assertTrue(r.out().matches("(?s).*\\nnewsgraph +1\\.000 +1\\.000 +1\\.000\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\nReadability4J +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3}\\n.*"), r.out());
    assertTrue(r.out().contains("https://example.com/a"), "the verbose listing names the pages: " + r.out());
  }

  @Test
  void benchPrintsPagesPerSecondForBoth() {
    CliRun r = run("bench", "extraction", dir.toString(), "--warmup", "1", "--rounds", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*\\nnewsgraph +\\d+\\.\\d +\\d+\\.\\d\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\nReadability4J +\\d+\\.\\d +\\d+\\.\\d\\n.*"), r.out());
    assertTrue(r.out().contains("speed newsgraph / Readability4J = "), r.out());
  }

  @Test
  void missingFolderIsOneLineError() {
    CliRun r = run("eval", "extraction", dir.resolve("nothing-here").toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("nothing-here"), r.err());
  }
}
