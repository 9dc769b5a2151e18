package org.newsgraph.web.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netpreserve.jwarc.MessageVersion;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;
import org.newsgraph.web.HtmlReader;
import org.newsgraph.web.InputKind;
import org.newsgraph.web.Inputs;
import org.newsgraph.web.OpenedInput;
import org.newsgraph.web.testing.CollectingSink;
import org.newsgraph.web.testing.TestPages;
import org.newsgraph.web.testing.TestWarc;

class WarcArchiveReaderTest {
  @TempDir Path dir;

  private final Inputs inputs = Inputs.builder(new HtmlReader()).build();

  /** A crawl as CC-NEWS holds one: info, request, response and metadata records, and responses that are no articles. */
  private static TestWarc crawl(boolean gzip, MessageVersion version, List<Long> htmlOffsets) {
    TestWarc warc = new TestWarc(gzip, version);
    warc.warcinfo();
    warc.request("https://news.example/a");
    htmlOffsets.add(warc.html("https://news.example/a", "varna"));
    warc.metadata("https://news.example/a");
    warc.response("https://news.example/gone", 404, "text/html", TestPages.htmlBytes("nowhere"));
    warc.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    warc.request("https://news.example/b");
    htmlOffsets.add(warc.html("https://news.example/b", "burgas"));
    return warc;
  }

  @ParameterizedTest
  @CsvSource({"false, 1.1", "true, 1.1", "false, 1.0", "true, 1.0"})
  void readsEveryHtmlResponseAndCountsTheRest(boolean gzip, String version) throws Exception {
    List<Long> offsets = new java.util.ArrayList<>();
    MessageVersion v = version.equals("1.0") ? MessageVersion.WARC_1_0 : MessageVersion.WARC_1_1;
    TestWarc warc = crawl(gzip, v, offsets);
    String name = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc").toString();
    Files.write(Path.of(name), warc.bytes());

    CollectingSink sink = new CollectingSink();
    try (OpenedInput opened = inputs.open(name)) {
      assertEquals(InputKind.WARC, opened.kind());
      opened.read(sink);
    }

    assertEquals(2, sink.articles.size(), sink.toString());
    Article a = sink.articles.get(0);
    assertEquals(name + "#offset=" + offsets.get(0), a.input());
    assertEquals("https://news.example/a", a.url());
    assertEquals("2024-05-14T08:15:30Z", a.published());
    assertEquals("html", a.reader());
    assertTrue(a.text().contains(TestPages.sentence("varna")), a.text());
    Article b = sink.articles.get(1);
    assertEquals(name + "#offset=" + offsets.get(1), b.input());
    assertEquals("https://news.example/b", b.url());
    assertTrue(b.text().contains(TestPages.sentence("burgas")));
    assertEquals(List.of(), sink.warnings);
    assertEquals(
        List.of(name + ": 8 records: 2 articles; skipped 1 warcinfo, 2 request, 1 metadata, 1 non-200 response, 1 non-HTML response"),
        sink.summaries);
  }

  @Test
  void aCorruptRecordInTheMiddleIsAWarningAndTheRestIsRead() throws Exception {
    TestWarc warc = new TestWarc(false, MessageVersion.WARC_1_1);
    warc.warcinfo();
    long first = warc.html("https://news.example/a", "varna");
    long corrupt = warc.raw("WARC/1.1\r\nWARC-Type response\r\nthis is no header at all\r\n\r\n<html>junk</html>\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    long last = warc.html("https://news.example/b", "burgas");
    Path file = dir.resolve("corrupt.warc");
    Files.write(file, warc.bytes());

    CollectingSink sink = new CollectingSink();
    inputs.read(file.toString(), sink);

    assertEquals(List.of(file + "#offset=" + first, file + "#offset=" + last),
        sink.articles.stream().map(Article::input).toList());
    assertEquals(1, sink.warnings.size(), sink.warnings.toString());
    assertTrue(sink.warnings.get(0).startsWith(file + "#offset=" + corrupt + ": corrupt record: "), sink.warnings.toString());
    assertTrue(sink.summaries.get(0).endsWith("3 records: 2 articles; skipped 1 warcinfo; 1 corrupt"), sink.summaries.toString());
  }

  @Test
  void aCorruptGzipMemberInTheMiddleIsAWarningAndTheRestIsRead() throws Exception {
    TestWarc warc = new TestWarc(true, MessageVersion.WARC_1_1);
    warc.warcinfo();
    long first = warc.html("https://news.example/a", "varna");
    byte[] damaged = warc.encode(TestWarc.response("https://news.example/x", 200, "text/html", TestPages.htmlBytes("ruse"), MessageVersion.WARC_1_1));
    for (int i = 40; i < damaged.length - 40; i += 7) {
      damaged[i] ^= (byte) 0x5a; // the deflate data, not the member header
    }
    long corrupt = warc.raw(damaged);
    long last = warc.html("https://news.example/b", "burgas");
    Path file = dir.resolve("corrupt.warc.gz");
    Files.write(file, warc.bytes());

    CollectingSink sink = new CollectingSink();
    inputs.read(file.toString(), sink);

    assertEquals(List.of(file + "#offset=" + first, file + "#offset=" + last),
        sink.articles.stream().map(Article::input).toList());
    assertTrue(!sink.warnings.isEmpty() && sink.warnings.get(0).startsWith(file + "#offset=" + corrupt + ": "), sink.warnings.toString());
    assertTrue(sink.articles.stream().noneMatch(a -> a.text().contains("ruse")));
  }

  @ParameterizedTest
  @CsvSource({"false", "true"})
  void aTruncatedArchiveKeepsWhatCameBefore(boolean gzip) throws Exception {
    TestWarc warc = new TestWarc(gzip, MessageVersion.WARC_1_1);
    long first = warc.html("https://news.example/a", "varna");
    warc.html("https://news.example/b", "burgas");
    byte[] whole = warc.bytes();
    long cut = first + (whole.length - first) * 3 / 4; // in the middle of the second record
    Path file = dir.resolve(gzip ? "cut.warc.gz" : "cut.warc");
    Files.write(file, Arrays.copyOf(whole, (int) cut));

    CollectingSink sink = new CollectingSink();
    inputs.read(file.toString(), sink);

    assertTrue(sink.articles.size() >= 1);
    assertEquals(file + "#offset=" + first, sink.articles.get(0).input());
    assertTrue(sink.articles.get(0).text().contains(TestPages.sentence("varna")));
    assertTrue(!sink.warnings.isEmpty(), "truncation is reported");
    assertTrue(sink.warnings.stream().allMatch(w -> w.startsWith(file + "#offset=")), sink.warnings.toString());
  }

  @Test
  void aFileNamedAsAnArchiveThatIsNoneIsOneError() throws Exception {
    Path file = dir.resolve("junk.warc");
    Files.write(file, "this is not an archive\nat all\n".getBytes(StandardCharsets.US_ASCII));
    BadInputException e = assertThrows(BadInputException.class, () -> inputs.read(file.toString(), new CollectingSink()));
    assertEquals(file.toString(), e.input());
    assertTrue(e.reason().startsWith("not a WARC file"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
  }

  @Test
  void anArchiveWithoutHtmlResponsesIsOneError() throws Exception {
    TestWarc warc = new TestWarc(true, MessageVersion.WARC_1_1);
    warc.warcinfo();
    warc.request("https://news.example/a");
    warc.response("https://news.example/data.json", 200, "application/json", "{}".getBytes(StandardCharsets.US_ASCII));
    Path file = dir.resolve("nohtml.warc.gz");
    Files.write(file, warc.bytes());
    BadInputException e = assertThrows(BadInputException.class, () -> inputs.read(file.toString(), new CollectingSink()));
    assertEquals("no article in the archive (3 records: 0 articles; skipped 1 warcinfo, 1 request, 1 non-HTML response)", e.reason());
  }

  @Test
  void theSizeLimitIsForEachPayloadNotForTheArchive() throws Exception {
    TestWarc warc = new TestWarc(false, MessageVersion.WARC_1_1);
    for (int i = 0; i < 6; i++) {
      warc.html("https://news.example/" + i, "town" + i);
    }
    StringBuilder big = new StringBuilder(TestPages.html("sozopol"));
    while (big.length() < 20_000) {
      big.insert(big.indexOf("</article>"), "<p>" + TestPages.sentence("sozopol") + "</p>\n");
    }
    long large = warc.response("https://news.example/large", 200, "text/html", big.toString().getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("many.warc");
    Files.write(file, warc.bytes());
    long limit = 12_000;
    assertTrue(Files.size(file) > limit);

    CollectingSink sink = new CollectingSink();
    Inputs.builder(new HtmlReader()).maxBytes(limit).build().read(file.toString(), sink);

    assertEquals(6, sink.articles.size());
    assertEquals(List.of(file + "#offset=" + large + ": payload over the size limit of 12000 bytes (raise it with --max-bytes)"),
        sink.warnings);
  }

  @Test
  void readsTheCharsetFromTheHttpHeaderAndDecodesContentEncoding() throws Exception {
    TestWarc warc = new TestWarc(true, MessageVersion.WARC_1_1);
    String page = TestPages.html("gr\u00fcnberg").replace("<meta charset=\"utf-8\">", "");
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(page.getBytes(StandardCharsets.ISO_8859_1));
    }
    warc.record(TestWarc.response("https://news.example/g", 200, "text/html; charset=ISO-8859-1", zipped.toByteArray(),
        MessageVersion.WARC_1_1, "Content-Encoding: gzip\r\n"));
    Path file = dir.resolve("latin1.warc.gz");
    Files.write(file, warc.bytes());

    CollectingSink sink = new CollectingSink();
    inputs.read(file.toString(), sink);

    assertEquals(1, sink.articles.size(), sink.warnings.toString());
    assertTrue(sink.articles.get(0).text().contains(TestPages.sentence("gr\u00fcnberg")), sink.articles.get(0).text());
  }

  @Test
  void anArchiveOnStandardInputIsReadToo() throws Exception {
    List<Long> offsets = new java.util.ArrayList<>();
    byte[] bytes = crawl(true, MessageVersion.WARC_1_1, offsets).bytes();
    Inputs fromStdin = Inputs.builder(new HtmlReader()).stdin(() -> new java.io.ByteArrayInputStream(bytes)).build();
    CollectingSink sink = new CollectingSink();
    try (OpenedInput opened = fromStdin.open("-")) {
      assertEquals(InputKind.WARC, opened.kind());
      opened.read(sink);
    }
    assertEquals(List.of("-#offset=" + offsets.get(0), "-#offset=" + offsets.get(1)),
        sink.articles.stream().map(Article::input).toList());
  }

  @Test
  void aCorruptRecordIsFoundByItsOffsetInALargeArchive() throws IOException, BadInputException {
    TestWarc warc = new TestWarc(true, MessageVersion.WARC_1_1);
    for (int i = 0; i < 50; i++) {
      warc.html("https://news.example/" + i, "town" + i);
    }
    long junk = warc.raw(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5});
    for (int i = 50; i < 100; i++) {
      warc.html("https://news.example/" + i, "town" + i);
    }
    Path file = dir.resolve("large.warc.gz");
    Files.write(file, warc.bytes());
    CollectingSink sink = new CollectingSink();
    inputs.read(file.toString(), sink);
    assertEquals(100, sink.articles.size());
    assertEquals(1, sink.warnings.size(), sink.warnings.toString());
    assertTrue(sink.warnings.get(0).startsWith(file + "#offset=" + junk + ": corrupt record: "), sink.warnings.toString());
  }
}
