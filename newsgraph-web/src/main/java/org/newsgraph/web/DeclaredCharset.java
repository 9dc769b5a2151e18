package org.newsgraph.web;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the charset that an HTTP Content-Type header declares (a fetched page, a WARC response)
 * to a page's bytes. As in browsers, a byte-order mark in the bytes wins, then the header, then the
 * page's own {@code <meta charset>}. Readers take bytes only, so a declared charset is handed on by
 * re-encoding the page as UTF-8 with a byte-order mark, which every reader honours before any
 * {@code meta} (jsoup's detection, {@link org.newsgraph.read.TextDecoder}). Bytes without a
 * declared (or with an unknown) charset are left as they are for the reader to detect.
 */
public final class DeclaredCharset {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  private DeclaredCharset() {}

  /** The charset named in a Content-Type value, or null when none or unknown here. */
  public static Charset of(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // As the WHATWG Encoding standard: Latin-1 labels mean windows-1252.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      name = "windows-1252";
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The bytes, re-encoded as UTF-8 with a byte-order mark when the header declares a charset. */
  public static byte[] apply(byte[] bytes, String contentType) {
    Charset charset = of(contentType);
    if (charset == null || hasBom(bytes)) {
      return bytes;
    }
    String text;
    try {
      text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return bytes; // cannot happen with REPLACE
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[UTF8_BOM.length + utf8.length];
    System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
    System.arraycopy(utf8, 0, out, UTF8_BOM.length, utf8.length);
    return out;
  }

  private static boolean hasBom(byte[] b) {
    return (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf)
        || (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
        || (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe);
  }
}
