package org.newsgraph.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what an input holds from its first bytes and its name. A conclusive signature in the
 * content wins: the WARC version line, a feed's root element ({@code rss}, {@code feed}, {@code
 * rdf:RDF}), an HTML doctype or {@code html}/{@code head}/{@code body} element. Otherwise the name's
 * extension decides ({@code .warc}, {@code .xml .rss .atom .rdf}, {@code .html .htm .xhtml}, {@code
 * .txt}), so that a file named as a feed but not XML gets the feed reader's error rather than being
 * analysed as text. Otherwise content that opens with an HTML element is HTML, and everything else
 * is plain text (whose reader refuses binary data). Gzip is recognised by {@link Gzip} before this.
 */
public final class Sniffer {
  /** How many leading bytes {@link #sniff} looks at. */
  public static final int HEAD_BYTES = 8192;

  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf", "rdf");
  private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body");
  private static final Set<String> HTML_ELEMENTS =
      Set.of(
          "meta", "title", "link", "script", "style", "base", "div", "p", "article", "main",
          "section", "header", "footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
          "ol", "span", "a", "img", "form", "figure", "blockquote", "pre", "noscript", "iframe");

  private Sniffer() {}

  public static InputKind sniff(byte[] head, String name) {
    return sniff(head, name, null);
  }

  /**
   * As {@link #sniff(byte[], String)}, with the HTTP Content-Type of a fetched input, which counts
   * before the name.
   */
  public static InputKind sniff(byte[] head, String name, String contentType) {
    String start = startOf(head);
    if (start.startsWith("WARC/")) {
      return InputKind.WARC;
    }
    String root = rootElement(start);
    boolean xmlDeclaration = start.startsWith("<?xml");
    if (root != null) {
      if (FEED_ROOTS.contains(root)) {
        return InputKind.FEED;
      }
      if (root.equals("!doctype html") || HTML_ROOTS.contains(root)) {
        return InputKind.HTML;
      }
    }
    InputKind byName = byContentType(contentType);
    if (byName == null) {
      byName = byName(name);
    }
    if (byName != null) {
      return byName;
    }
    if (xmlDeclaration) {
      return InputKind.FEED; // some other XML document: the feed reader says what it is not
    }
    if (root != null && (HTML_ELEMENTS.contains(root) || root.startsWith("!doctype"))) {
      return InputKind.HTML;
    }
    return InputKind.TEXT;
  }

  /** The kind that an HTTP Content-Type stands for, or null for none or a generic one. */
  public static InputKind byContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    switch (type) {
      case "text/html": case "application/xhtml+xml":
        return InputKind.HTML;
      case "application/rss+xml": case "application/atom+xml": case "application/rdf+xml":
      case "application/xml": case "text/xml":
        return InputKind.FEED;
      case "application/warc":
        return InputKind.WARC;
      case "text/plain":
        return InputKind.TEXT;
      default:
        return null;
    }
  }

  /** The kind that a name's extension stands for (after any {@code .gz}), or null. */
  public static InputKind byName(String name) {
    String file = fileName(name);
    if (file.endsWith(".gz")) {
      file = file.substring(0, file.length() - 3);
    } else if (file.endsWith(".gzip")) {
      file = file.substring(0, file.length() - 5);
    }
    int dot = file.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    switch (file.substring(dot + 1)) {
      case "warc":
        return InputKind.WARC;
      case "xml": case "rss": case "atom": case "rdf":
        return InputKind.FEED;
      case "html": case "htm": case "xhtml": case "shtml":
        return InputKind.HTML;
      case "txt": case "text":
        return InputKind.TEXT;
      default:
        return null;
    }
  }

  private static String fileName(String name) {
    String path = name;
    if (Inputs.isUrl(name)) {
      try {
        path = URI.create(name).getPath();
      } catch (IllegalArgumentException e) {
        path = null;
      }
      if (path == null) {
        return "";
      }
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the head is binary data rather than text or markup: NUL bytes, or many control
   * characters, where no UTF-16 byte-order mark explains them.
   */
  public static boolean isBinary(byte[] head) {
    int n = Math.min(head.length, HEAD_BYTES);
    if (n >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /**
   * The head as text for matching ASCII signatures: decoded by its byte-order mark when it has one
   * (UTF-16 feeds), else byte for byte, with the mark and leading whitespace dropped.
   */
  private static String startOf(byte[] head) {
    int n = Math.min(head.length, HEAD_BYTES);
    String text;
    if (n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
      text = new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
    } else if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
      text = new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
    } else if (n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
      text = new String(head, 3, n - 3, StandardCharsets.ISO_8859_1);
    } else {
      text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    }
    return text.stripLeading();
  }

  /**
   * The name of the first element after any XML declaration, processing instructions and
   * comments, lower case; "!doctype html" for an HTML doctype; null when the text does not open
   * with markup.
   */
  static String rootElement(String text) {
    int i = 0;
    while (true) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (!text.startsWith("<", i)) {
        return null;
      }
      if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i);
        if (end < 0) {
          return null;
        }
        i = end + 2;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i);
        if (end < 0) {
          return null;
        }
        i = end + 3;
      } else if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
        int end = text.indexOf('>', i);
        String doctype = (end < 0 ? text.substring(i) : text.substring(i, end)).toLowerCase(Locale.ROOT);
        String[] words = doctype.substring(9).trim().split("\\s+");
        if (words.length > 0 && words[0].equals("html")) {
          return "!doctype html";
        }
        if (end < 0) {
          return "!doctype";
        }
        i = end + 1;
      } else {
        int j = i + 1;
        while (j < text.length() && isNameChar(text.charAt(j))) {
          j++;
        }
        return j == i + 1 ? null : text.substring(i + 1, j).toLowerCase(Locale.ROOT);
      }
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
  }
}
