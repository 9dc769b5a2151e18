package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageVersion;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.web.feed.FeedReaderTest;
import org.newsgraph.web.testing.LocalServer;
import org.newsgraph.web.testing.TestPages;
import org.newsgraph.web.testing.TestWarc;
import picocli.CommandLine;

/** The analyze command over every kind of input, through the command line as a user runs it. */
class AnalyzeCommandTest {
  @TempDir Path dir;

  record Run(int exit, List<String> lines, String out, List<String> err) {
    List<JsonNode> documents() {
      List<JsonNode> docs = new ArrayList<>();
      for (String line : lines) {
        docs.add(SchemaCheck.assertValid(line));
      }
      return docs;
    }

    List<String> inputs() {
      return documents().stream().map(d -> d.get("input").asText()).toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    String o = out.toString();
    List<String> lines = o.isEmpty() ? List.of() : Arrays.asList(o.split("\n"));
    String e = err.toString();
    return new Run(exit, lines, o, e.isEmpty() ? List.of() : Arrays.asList(e.split("\n")));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private Path warc(List<Long> htmlOffsets, boolean corrupt) throws IOException {
    TestWarc warc = new TestWarc(true, MessageVersion.WARC_1_1);
    warc.warcinfo();
    warc.request("https://news.example/a");
    htmlOffsets.add(warc.html("https://news.example/a", "ruse"));
    warc.metadata("https://news.example/a");
    if (corrupt) {
      htmlOffsets.add(-warc.raw(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 9, 9, 9, 9}));
    }
    warc.response("https://news.example/img.png", 200, "image/png", new byte[] {1, 2, 3});
    htmlOffsets.add(warc.html("https://news.example/b", "pleven"));
    return write("crawl.warc.gz", warc.bytes());
  }

  @Test
  void mixedInputsPrintJsonLinesInOrderAndReportTheMissingOne() throws Exception {
    Path text = write("story.txt", TestPages.text("varna").getBytes(StandardCharsets.UTF_8));
    Path page = write("page.html.gz", gzip(TestPages.htmlBytes("burgas")));
    Path feed = write("feed.xml", FeedReaderTest.rss().getBytes(StandardCharsets.UTF_8));
    List<Long> offsets = new ArrayList<>();
    Path archive = warc(offsets, false);
    Path missing = dir.resolve("missing.txt");

    Run run = run("analyze", text.toString(), page.toString(), feed.toString(), archive.toString(), missing.toString());

    assertEquals(1, run.exit());
    assertEquals(
        List.of(
            text.toString(),
            page.toString(),
            feed + "#item=https://news.example/varna",
            feed + "#item=3",
            archive + "#offset=" + offsets.get(0),
            archive + "#offset=" + offsets.get(1)),
        run.inputs());
    List<JsonNode> docs = run.documents();
    assertEquals("text", docs.get(0).get("reader").asText());
    assertEquals("html", docs.get(1).get("reader").asText());
    assertEquals("https://news.example/varna", docs.get(2).get("url").asText());
    assertEquals("2024-05-14T07:30:00Z", docs.get(2).get("published").asText());
    assertEquals("https://news.example/b", docs.get(5).get("url").asText());
    assertEquals("2024-05-14T08:15:30Z", docs.get(5).get("published").asText());
    assertTrue(docs.get(5).get("text").asText().contains(TestPages.sentence("pleven")));

    assertEquals(
        List.of(
            "newsgraph: " + feed + "#item=https://news.example/elsewhere: warning: item only links out (9-word description), not analysed",
            "newsgraph: " + feed + "#item=https://news.example/bare: warning: item only links out (no description), not analysed",
            "newsgraph: " + feed + ": 4 items: 2 analysed, 2 only link out",
            "newsgraph: " + archive + ": 6 records: 2 articles; skipped 1 warcinfo, 1 request, 1 metadata, 1 non-HTML response",
            "newsgraph: " + missing + ": no such file",
            "newsgraph: 1 of 5 inputs failed"),
        run.err());
  }

  @Test
  void allGoodInputsExitZero() throws Exception {
    Path text = write("story.txt", TestPages.text("varna").getBytes(StandardCharsets.UTF_8));
    Path page = write("page.html", TestPages.htmlBytes("burgas"));
    Run run = run("analyze", text.toString(), page.toString());
    assertEquals(0, run.exit(), run.err().toString());
    assertEquals(List.of(text.toString(), page.toString()), run.inputs());
    assertEquals(List.of(), run.err());
  }

  @Test
  void oneArchiveOrFeedIsJsonLinesAndACorruptRecordOnlyAWarning() throws Exception {
    List<Long> offsets = new ArrayList<>();
    Path archive = warc(offsets, true);
    Run run = run("analyze", archive.toString());
    assertEquals(0, run.exit(), "a corrupt record is a warning: the rest of the archive was read");
    assertEquals(List.of(archive + "#offset=" + offsets.get(0), archive + "#offset=" + offsets.get(2)), run.inputs());
    assertEquals(2, run.err().size(), run.err().toString());
    assertTrue(run.err().get(0).startsWith("newsgraph: " + archive + "#offset=" + (-offsets.get(1)) + ": warning: corrupt record: "));
    assertTrue(run.err().get(1).endsWith("; 1 corrupt"), run.err().get(1));

    Path feed = write("feed.xml", FeedReaderTest.rss().getBytes(StandardCharsets.UTF_8));
    Run one = run("analyze", feed.toString());
    assertEquals(0, one.exit());
    assertEquals(2, one.lines().size(), "JSON Lines, one article a line");
  }

  @Test
  void oneTextOrPageIsOnePrettyDocument() throws Exception {
    Path page = write("page.html", TestPages.htmlBytes("burgas"));
    Run run = run("analyze", page.toString());
    assertEquals(0, run.exit());
    assertTrue(run.lines().size() > 1, "indented");
    JsonNode doc = SchemaCheck.assertValid(run.out());
    assertEquals(page.toString(), doc.get("input").asText());
  }

  @Test
  void badInputsAreOneLineEachAndTheOthersStillAnalysed() throws Exception {
    byte[] html = gzip(TestPages.htmlBytes("burgas"));
    Path broken = write("broken.html.gz", Arrays.copyOf(html, html.length / 2));
    Path notXml = write("feed.xml", "this is not a feed".getBytes(StandardCharsets.UTF_8));
    Path empty = write("empty.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description></channel></rss>".getBytes(StandardCharsets.UTF_8));
    byte[] junk = new byte[2048];
    new java.util.Random(3).nextBytes(junk);
    junk[0] = 0;
    Path binary = write("junk.bin", junk);
    Path notWarc = write("junk.warc", "hello".getBytes(StandardCharsets.UTF_8));
    Path good = write("story.txt", TestPages.text("varna").getBytes(StandardCharsets.UTF_8));

    Run run = run("analyze", broken.toString(), notXml.toString(), empty.toString(), binary.toString(), notWarc.toString(), good.toString());

    assertEquals(1, run.exit());
    assertEquals(List.of(good.toString()), run.inputs());
    assertEquals(6, run.err().size(), run.err().toString());
    assertEquals("newsgraph: " + broken + ": broken gzip: truncated", run.err().get(0));
    assertTrue(run.err().get(1).startsWith("newsgraph: " + notXml + ": not a feed: not well-formed XML"), run.err().get(1));
    assertEquals("newsgraph: " + empty + ": feed has no items", run.err().get(2));
    assertEquals("newsgraph: " + binary + ": binary data, not text", run.err().get(3));
    assertTrue(run.err().get(4).startsWith("newsgraph: " + notWarc + ": not a WARC file"), run.err().get(4));
    assertEquals("newsgraph: 5 of 6 inputs failed", run.err().get(5));
  }

  @Test
  void theSizeLimitIsAnOption() throws Exception {
    Path page = write("page.html", TestPages.htmlBytes("burgas"));
    Run run = run("analyze", "--max-bytes", "100", page.toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().get(0).endsWith("over the size limit of 100 (raise it with --max-bytes)"), run.err().toString());
  }

  @Test
  void standardInputMayHoldAnArchive() throws Exception {
    List<Long> offsets = new ArrayList<>();
    byte[] archive = Files.readAllBytes(warc(offsets, false));
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(archive));
      Run run = run("analyze", "-");
      assertEquals(0, run.exit(), run.err().toString());
      assertEquals(List.of("-#offset=" + offsets.get(0), "-#offset=" + offsets.get(1)), run.inputs());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void fetchesUrlsAndRefusesPrivateAddressesUnlessAllowed() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.serve("/story", 200, "text/html; charset=utf-8", TestPages.htmlBytes("lovech"));
      server.redirect("/short", "/story");
      String url = server.url("/short");

      Run refused = run("analyze", url);
      assertEquals(1, refused.exit());
      assertEquals(List.of(), refused.lines());
      assertTrue(refused.err().get(0).startsWith("newsgraph: " + url + ": refusing 127.0.0.1: "), refused.err().toString());
      assertTrue(server.userAgents().isEmpty());

      Run allowed = run("analyze", "--allow-private", url, "file:///etc/passwd");
      assertEquals(1, allowed.exit());
      List<JsonNode> docs = allowed.documents();
      assertEquals(1, docs.size());
      assertEquals(url, docs.get(0).get("input").asText());
      assertEquals(server.url("/story"), docs.get(0).get("url").asText());
      assertTrue(docs.get(0).get("text").asText().contains(TestPages.sentence("lovech")));
      assertEquals(
          List.of(
              "newsgraph: file:///etc/passwd: refusing file: URL, only http and https are fetched",
              "newsgraph: 1 of 2 inputs failed"),
          allowed.err());
      assertFalse(allowed.out().contains("root:"));
    }
  }
}
