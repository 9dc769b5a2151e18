package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;
import org.newsgraph.web.testing.TestPages;

class InputsTest {
  @TempDir Path dir;

  private final Inputs inputs = Inputs.builder(new HtmlReader()).build();

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private BadInputException failure(Inputs with, String input) {
    BadInputException e = assertThrows(BadInputException.class, () -> with.open(input).readAll());
    assertEquals(input, e.input());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e;
  }

  @Test
  void plainTextGoesToThePlainTextReader() throws Exception {
    Path path = file("story.txt", TestPages.text("varna").getBytes(StandardCharsets.UTF_8));
    try (OpenedInput opened = inputs.open(path.toString())) {
      assertEquals(InputKind.TEXT, opened.kind());
      List<Article> articles = opened.readAll();
      assertEquals(1, articles.size());
      assertEquals("text", articles.get(0).reader());
      assertEquals(path.toString(), articles.get(0).input());
    }
  }

  @Test
  void htmlAndGzipHtmlGoToTheHtmlReader() throws Exception {
    for (Path path :
        List.of(
            file("page.html", TestPages.htmlBytes("varna")),
            file("page.html.gz", gzip(TestPages.htmlBytes("varna"))),
            file("saved-without-extension", gzip(TestPages.htmlBytes("varna"))))) {
      try (OpenedInput opened = inputs.open(path.toString())) {
        assertEquals(InputKind.HTML, opened.kind(), path.toString());
        List<Article> articles = opened.readAll();
        assertEquals(1, articles.size());
        assertEquals("html", articles.get(0).reader());
        assertEquals(path.toString(), articles.get(0).input());
        assertTrue(articles.get(0).text().contains(TestPages.sentence("varna")));
      }
    }
  }

  @Test
  void standardInputIsReadWhole() throws Exception {
    Inputs fromStdin =
        Inputs.builder(new HtmlReader()).stdin(() -> new ByteArrayInputStream(TestPages.htmlBytes("varna"))).build();
    List<Article> articles = fromStdin.open("-").readAll();
    assertEquals("-", articles.get(0).input());
    assertEquals("html", articles.get(0).reader());
  }

  @Test
  void brokenGzipIsOneError() throws Exception {
    byte[] broken = gzip(TestPages.htmlBytes("varna"));
    for (int i = 12; i < broken.length - 8; i++) {
      broken[i] = (byte) (i * 31);
    }
    Path path = file("page.html.gz", broken);
    assertTrue(failure(inputs, path.toString()).reason().startsWith("broken gzip: "));
  }

  @Test
  void gzipThatIsNotGzipAfterTheMagicIsOneError() throws Exception {
    Path path = file("junk.gz", new byte[] {0x1f, (byte) 0x8b, 0x42, 0x42, 0x42});
    assertTrue(failure(inputs, path.toString()).reason().startsWith("broken gzip: "));
  }

  @Test
  void truncatedGzipIsOneError() throws Exception {
    byte[] whole = gzip(TestPages.htmlBytes("varna"));
    Path path = file("page.html.gz", Arrays.copyOf(whole, whole.length / 2));
    assertEquals("broken gzip: truncated", failure(inputs, path.toString()).reason());
  }

  @Test
  void gzipIsDecompressedOnlyUpToTheSizeLimit() throws Exception {
    Path bomb = file("bomb.txt.gz", gzip(new byte[5_000_000]));
    assertTrue(Files.size(bomb) < 10_000);
    Inputs small = Inputs.builder(new HtmlReader()).maxBytes(1_000_000).build();
    assertEquals(
        "decompresses to more than 1000000 bytes, over the size limit (raise it with --max-bytes)",
        failure(small, bomb.toString()).reason());
  }

  @Test
  void aFiftyMegabytePageIsRefusedBeforeItIsRead() throws Exception {
    Path page = dir.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
      f.write("<!DOCTYPE html><html><body><p>".getBytes(StandardCharsets.US_ASCII));
      f.setLength(50L * 1024 * 1024);
    }
    assertTrue(failure(inputs, page.toString()).reason().contains("over the size limit of 20971520"));
  }

  @Test
  void binaryJunkIsOneError() throws Exception {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    junk[0] = 0x00; // not gzip
    Path path = file("junk.bin", junk);
    assertEquals("binary data, not text", failure(inputs, path.toString()).reason());
    Path named = file("junk.html", junk);
    assertEquals("binary data, not an HTML page", failure(inputs, named.toString()).reason());
    Path gzipped = file("junk.html.gz", gzip(junk));
    assertEquals("binary data, not an HTML page", failure(inputs, gzipped.toString()).reason());
    Path feed = file("junk.xml", junk);
    assertTrue(failure(inputs, feed.toString()).reason().startsWith("not a feed: "));
  }

  @Test
  void missingFilesDirectoriesAndEmptyFilesAreOneError() throws Exception {
    assertEquals("no such file", failure(inputs, dir.resolve("missing.txt").toString()).reason());
    assertEquals("is a directory", failure(inputs, dir.toString()).reason());
    assertEquals("empty input, no text to analyse", failure(inputs, file("empty.txt", new byte[0]).toString()).reason());
  }

  @Test
  void urlsOtherThanHttpAreRefused() throws Exception {
    Path secret = file("secret.txt", "SECRET".getBytes(StandardCharsets.US_ASCII));
    for (String url : List.of(secret.toUri().toString(), "file:" + secret, "ftp://ftp.example/a.txt", "jar:file:/x.jar!/a")) {
      BadInputException e = failure(inputs, url);
      assertTrue(e.reason().startsWith("refusing "), e.reason());
      assertTrue(e.reason().endsWith("only http and https are fetched"), e.reason());
    }
  }

  @Test
  void aDeclaredCharsetReachesTheReaderAsAByteOrderMark() throws Exception {
    List<byte[]> seen = new ArrayList<>();
    ArticleReader spy =
        (Source source) -> {
          seen.add(source.bytes());
          return List.of(Article.builder("x").input(source.name()).reader("spy").build());
        };
    Inputs with = Inputs.builder(spy).build();
    byte[] latin1 = "<html><body><p>Gr\u00fc\u00dfe</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
    with.openDocument(new Payload("https://x.example/a", latin1, "text/html; charset=iso-8859-1", "https://x.example/a")).readAll();
    byte[] expected = ("\ufeff<html><body><p>Gr\u00fc\u00dfe</p></body></html>").getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(expected, seen.get(0));
    // Without a declared charset the bytes are left for the reader to detect.
    with.openDocument(new Payload("https://x.example/b", latin1, "text/html", "https://x.example/b")).readAll();
    assertArrayEquals(latin1, seen.get(1));
  }

  @Test
  void theUrlAnInputWasFetchedFromIsTheArticlesUrl() throws Exception {
    List<Article> articles =
        inputs
            .openDocument(new Payload("https://x.example/a", TestPages.htmlBytes("varna"), "text/html", "https://x.example/final"))
            .readAll();
    assertEquals("https://x.example/a", articles.get(0).input());
    assertEquals("https://x.example/final", articles.get(0).url());
  }

  @Test
  void recognisesUrls() {
    assertTrue(Inputs.isUrl("https://x.example/"));
    assertTrue(Inputs.isUrl("HTTP://x.example/"));
    assertTrue(Inputs.isUrl("file:/etc/passwd"));
    assertTrue(Inputs.isUrl("file:///etc/passwd"));
    assertFalse(Inputs.isUrl("notes:2024.txt"));
    assertFalse(Inputs.isUrl("C:\\news\\a.txt"));
    assertFalse(Inputs.isUrl("./https-story.txt"));
  }
}
