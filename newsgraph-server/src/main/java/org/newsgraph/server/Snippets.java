package org.newsgraph.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The store's snippets mark matches as {@code <b>..</b>} in HTML-escaped text. The API gives them
 * as plain-text parts with a {@code match} flag instead, so that the page never has to parse
 * markup built from article text.
 */
final class Snippets {
  private Snippets() {}

  static ArrayNode parts(String snippet) {
    ArrayNode parts = JsonNodeFactory.instance.arrayNode();
    if (snippet == null) {
      return parts;
    }
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf("<b>", at);
      if (open < 0) {
        add(parts, snippet.substring(at), false);
        break;
      }
      add(parts, snippet.substring(at, open), false);
      int close = snippet.indexOf("</b>", open + 3);
      if (close < 0) {
        add(parts, snippet.substring(open + 3), true);
        break;
      }
      add(parts, snippet.substring(open + 3, close), true);
      at = close + 4;
    }
    return parts;
  }

  private static void add(ArrayNode parts, String escaped, boolean match) {
    if (!escaped.isEmpty()) {
      parts.addObject().put("text", unescape(escaped)).put("match", match);
    }
  }

  /** Undoes the escaping of Lucene's {@code DefaultPassageFormatter} (entities for & < > " ' /). */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#x2F;", "/").replace("&#39;", "'").replace("&amp;", "&");
  }
}
