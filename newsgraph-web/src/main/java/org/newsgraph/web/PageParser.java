package org.newsgraph.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.read.BadInputException;

/**
 * Turns a page's bytes into a jsoup document. jsoup finds the charset from a byte-order mark or
 * the page's own declaration, else takes UTF-8; when that guess leaves many bytes that are not
 * UTF-8 (a legacy page that declares nothing, or declares a charset Java does not know), the page
 * is read again as windows-1252, the web's most common legacy charset, with a warning. Pages
 * that declare ISO-8859-1 or ASCII are read as windows-1252, as browsers read them. Binary data
 * is refused.
 */
final class PageParser {
  /** Invalid UTF-8 sequences tolerated in a page that has valid ones, before it is read as windows-1252. */
  private static final int MAX_BAD_UTF8 = 8;
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private PageParser() {}

  static Document parse(String input, byte[] html, String baseUri, Consumer<String> warnings)
      throws BadInputException {
    if (looksBinary(html)) {
      throw new BadInputException(input, "binary data, not HTML");
    }
    String base = baseUri == null ? "" : baseUri;
    Document doc = parse(html, null, base);
    if (doc.charset().equals(StandardCharsets.ISO_8859_1) || doc.charset().equals(StandardCharsets.US_ASCII)) {
      // as browsers do (WHATWG Encoding): pages that say ISO-8859-1 or ASCII are windows-1252,
      // and mostly are, with their „quotes“ and – dashes in the bytes 0x80 to 0x9f
      doc = parse(html, FALLBACK.name(), base);
    } else if (doc.charset().equals(StandardCharsets.UTF_8) && !startsWithUtf16Mark(html) && !declaresUtf8(html)) {
      // a page that says it is UTF-8 is trusted (a stray bad byte becomes a replacement
      // character); one that says nothing is checked
      int[] counts = utf8Sequences(html, MAX_BAD_UTF8 + 1);
      int bad = counts[0];
      int good = counts[1];
      // many bad sequences, or bad ones and hardly a good one: a legacy page, not UTF-8 with a stray byte
      if (bad > MAX_BAD_UTF8 || (bad > 0 && bad >= good)) {
        warnings.accept(input + ": warning: not UTF-8 and no charset that Java knows is declared; read as windows-1252");
        doc = parse(html, FALLBACK.name(), base);
      }
    }
    return doc;
  }

  private static Document parse(byte[] html, String charset, String base) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), charset, base);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes from memory failed", e);
    }
  }

  /** A UTF-8 byte-order mark, or "charset=utf-8" in the first 4 KiB (a meta tag). */
  private static boolean declaresUtf8(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return true;
    }
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
    int at = head.indexOf("charset");
    while (at >= 0) {
      int i = at + 7;
      while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '=' || head.charAt(i) == '"' || head.charAt(i) == '\'')) {
        i++;
      }
      if (head.startsWith("utf-8", i) || head.startsWith("utf8", i)) {
        return true;
      }
      at = head.indexOf("charset", at + 7);
    }
    return false;
  }

  private static boolean startsWithUtf16Mark(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe);
  }

  /** NUL bytes in the first 8 KiB (outside a UTF-16 page), or many control characters. */
  static boolean looksBinary(byte[] bytes) {
    if (startsWithUtf16Mark(bytes)) {
      return false;
    }
    int end = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return end > 0 && control * 20 > end;
  }

  /**
   * Counts invalid UTF-8 sequences (stopping at {@code limit}) and valid multi-byte ones: {bad,
   * good}.
   */
  static int[] utf8Sequences(byte[] b, int limit) {
    int bad = 0;
    int good = 0;
    int i = 0;
    int n = b.length;
    while (i < n && bad < limit) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int extra;
      if (c >= 0xc2 && c <= 0xdf) {
        extra = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        extra = 2;
      } else if (c >= 0xf0 && c <= 0xf4) {
        extra = 3;
      } else {
        bad++;
        i++;
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= extra; k++) {
        if (i + k >= n || (b[i + k] & 0xc0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        i += extra + 1;
        good++;
      } else {
        bad++;
        i++;
      }
    }
    return new int[] {bad, good};
  }
}
