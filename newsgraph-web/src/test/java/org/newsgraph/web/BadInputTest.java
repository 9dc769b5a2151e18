package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.web.ArticleChecks.bodyHas;
import static org.newsgraph.web.ArticleChecks.bodyLacks;
import static org.newsgraph.web.ArticleChecks.wellFormed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;

/**
 * Pages that are broken, empty, huge, compressed or in a charset that is not said: each is read
 * as far as it can be, with a warning, or refused with one line that names the input.
 */
class BadInputTest {
  private static final String ARTICLE =
      "<p>Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas. Ein Haushalt mit"
          + " vier Personen zahlt dann im Jahr rund 120 Euro mehr, teilte der Versorger am Montag mit.</p>"
          + "<p>Als Grund nannte die Geschäftsführerin die gestiegenen Einkaufspreise an der Börse. „Wir"
          + " geben nur weiter, was wir selbst mehr bezahlen müssen“, sagte sie. Kunden können bis Ende"
          + " November kündigen.</p>";

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "<title>Strom wird teurer</title></head><body>"
        + "<nav><a href='/'>Start</a> <a href='/lokal'>Lokales</a></nav><article><h1>Strom wird teurer</h1>"
        + body + "</article><footer>Impressum</footer></body></html>";
  }

  private static BadInputException refused(String name, byte[] bytes) {
    BadInputException e = assertThrows(BadInputException.class, () -> new HtmlReader().read(Source.of(name, bytes)));
    assertOneLine(e, name);
    return e;
  }

  private static void assertOneLine(BadInputException e, String name) {
    assertTrue(e.getMessage().startsWith(name + ": "), () -> "message does not name the input: " + e.getMessage());
    assertFalse(e.getMessage().contains("\n"), () -> "message of more than one line: " + e.getMessage());
  }

  private static Article readWithWarnings(String name, byte[] bytes, List<String> warnings) throws BadInputException {
    List<Article> articles = new HtmlReader(HtmlReader.DEFAULT_MAX_BYTES, warnings::add).read(Source.of(name, bytes));
    assertEquals(1, articles.size());
    return articles.get(0);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void truncatedHtmlGivesWhatIsThere() {
    byte[] full = Pages.bytes("de-grundsteuer.html");
    String html = new String(full, StandardCharsets.UTF_8);
    int cut = html.indexOf("Kern des Kompromisses") + 60;
    Article a = Pages.read("cut.html", html.substring(0, cut).getBytes(StandardCharsets.UTF_8));
    wellFormed(a);
    bodyHas(a, "Berlin. Der Bundestag hat am Freitag", "rund 14 Milliarden Euro ein", "Kern des Kompromisses ist eine");
    bodyLacks(a, "Bayern hat bereits", "Anzeige");
  }

  @Test
  void pageWithoutArticleIsRefused() {
    String html = "<html><head><title>Anmelden</title></head><body><nav><ul><li><a href='/'>Start</a></li>"
        + "<li><a href='/politik'>Politik</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
        + "<form><label>E-Mail</label><input name='mail'><label>Passwort</label><input type='password'>"
        + "<button>Anmelden</button></form><footer><a href='/impressum'>Impressum</a> © 2024</footer></body></html>";
    BadInputException e = refused("login.html", html.getBytes(StandardCharsets.UTF_8));
    assertTrue(e.reason().contains("no article"), e.getMessage());
  }

  @Test
  void emptyAndBinaryInputAreRefused() {
    refused("empty.html", new byte[0]);
    refused("blank.html", "  \n\t ".getBytes(StandardCharsets.US_ASCII));
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    assertTrue(refused("image.png", junk).reason().contains("binary"));
  }

  @Test
  void fiftyMegabytePageIsRefusedQuickly() {
    byte[] huge = new byte[50 * 1024 * 1024];
    byte[] start = page("", ARTICLE).getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, huge, 0, start.length);
    Arrays.fill(huge, start.length, huge.length, (byte) ' ');
    BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused("huge.html", huge));
    assertTrue(e.reason().contains("size limit"), e.getMessage());
  }

  @Test
  void gzipThatInflatesToFiftyMegabytesIsRefusedWithoutInflatingIt() throws IOException {
    StringBuilder html = new StringBuilder(page("", ARTICLE));
    String filler = "<div class='x'><span>Lorem ipsum dolor sit amet</span></div>\n";
    while (html.length() < 50 * 1024 * 1024) {
      html.append(filler);
    }
    byte[] bomb = gzip(html.toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(bomb.length < 1024 * 1024, "the test's gzip data is small");
    BadInputException e = refused("bomb.html.gz", bomb);
    assertTrue(e.reason().contains("size limit"), e.getMessage());
  }

  @Test
  void largePageOfScriptsIsRead() {
    StringBuilder scripts = new StringBuilder("<script>var state = [");
    while (scripts.length() < 12 * 1024 * 1024) {
      scripts.append("{\"id\":12345,\"title\":\"Ein Teaser mit einem langen Titel\",\"url\":\"/a/12345.html\"},");
    }
    scripts.append("];</script>");
    byte[] html = page(scripts.toString(), ARTICLE).getBytes(StandardCharsets.UTF_8);
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Pages.read("large.html", html));
    bodyHas(a, "Die Stadtwerke erhöhen", "Kunden können bis Ende November kündigen.");
    bodyLacks(a, "Teaser", "Impressum");
  }

  @Test
  void gzipPageIsInflated() throws IOException {
    byte[] html = Pages.bytes("de-hochwasser.html");
    Article plain = Pages.read("page.html", html);
    Article gz = Pages.read("page.html.gz", gzip(html));
    assertEquals(plain.text(), gz.text());
    assertEquals(plain.segments(), gz.segments());
  }

  @Test
  void brokenGzipIsRefused() {
    byte[] bytes = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'n', 'o', 't', ' ', 'd', 'e', 'f', 'l', 'a', 't', 'e'};
    assertTrue(refused("broken.html.gz", bytes).reason().contains("gzip"));
  }

  @Test
  void truncatedGzipIsRefused() throws IOException {
    byte[] gz = gzip(Pages.bytes("de-grundsteuer.html"));
    byte[] cut = Arrays.copyOf(gz, gz.length * 2 / 3);
    assertTrue(refused("cut.html.gz", cut).reason().contains("truncated"));
  }

  @Test
  void unknownDeclaredCharsetFallsBackToUtf8() throws BadInputException {
    byte[] html = page("<meta charset=\"x-no-such-charset\">", ARTICLE).getBytes(StandardCharsets.UTF_8);
    List<String> warnings = new ArrayList<>();
    Article a = readWithWarnings("unknown-charset.html", html, warnings);
    bodyHas(a, "Die Stadtwerke erhöhen", "„Wir geben nur weiter, was wir selbst mehr bezahlen müssen“");
    assertEquals(List.of(), warnings, "UTF-8 that is valid needs no warning");
  }

  @Test
  void legacyBytesWithoutDeclarationAreReadAsWindows1252WithAWarning() throws BadInputException {
    byte[] html = page("", ARTICLE).getBytes(Charset.forName("windows-1252"));
    List<String> warnings = new ArrayList<>();
    Article a = readWithWarnings("legacy.html", html, warnings);
    bodyHas(a, "Die Stadtwerke erhöhen", "„Wir geben nur weiter, was wir selbst mehr bezahlen müssen“");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("legacy.html: ") && warnings.get(0).contains("windows-1252"), warnings.get(0));
  }

  @Test
  void shortLegacyPageWithTwoUmlautsIsNotTakenForUtf8() throws BadInputException {
    String html = "<html><body><h1>Strom</h1><p>Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und"
        + " Gas, teilte der Versorger am Montag in einer kurzen Mitteilung mit.</p></body></html>";
    List<String> warnings = new ArrayList<>();
    Article a = readWithWarnings("short.html", html.getBytes(Charset.forName("windows-1252")), warnings);
    bodyHas(a, "Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom");
    assertEquals(1, warnings.size(), warnings.toString());
  }

  @Test
  void legacyBytesUnderAnUnknownCharsetAreReadAsWindows1252() throws BadInputException {
    byte[] html = page("<meta http-equiv='Content-Type' content='text/html; charset=x-mac-roman-typo'>", ARTICLE)
        .getBytes(Charset.forName("windows-1252"));
    List<String> warnings = new ArrayList<>();
    Article a = readWithWarnings("typo.html", html, warnings);
    bodyHas(a, "Die Stadtwerke erhöhen", "„Wir geben nur weiter");
    assertEquals(1, warnings.size(), warnings.toString());
  }

  @Test
  void utf16WithByteOrderMarkIsRead() {
    byte[] body = page("", ARTICLE).getBytes(StandardCharsets.UTF_16LE);
    byte[] html = new byte[body.length + 2];
    html[0] = (byte) 0xff;
    html[1] = (byte) 0xfe;
    System.arraycopy(body, 0, html, 2, body.length);
    bodyHas(Pages.read("utf16.html", html), "Die Stadtwerke erhöhen");
  }
}
