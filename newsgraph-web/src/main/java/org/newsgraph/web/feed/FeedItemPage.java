package org.newsgraph.web.feed;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Wraps a feed item's HTML (a fragment: {@code content:encoded}, an Atom {@code content}) into a
 * page, so that the HTML reader sees what it sees on the web: a title, and the item's headline
 * heading its content in an {@code article}; inline text without any block element becomes one
 * paragraph.
 */
final class FeedItemPage {
  /** A block element: a fragment without any is one paragraph of inline text. */
  private static final Pattern BLOCK =
      Pattern.compile("(?i)<(p|div|br|h[1-6]|ul|ol|table|blockquote|section|article|figure|pre)\\b");

  private FeedItemPage() {}

  static byte[] html(String title, String fragment) {
    StringBuilder page = new StringBuilder(fragment.length() + 256);
    page.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    if (title != null && !title.isBlank()) {
      page.append("<title>").append(Entities.escape(title.strip())).append("</title>");
    }
    page.append("</head>\n<body><article>\n");
    if (title != null && !title.isBlank()) {
      page.append("<h1>").append(Entities.escape(title.strip())).append("</h1>\n");
    }
    page.append(BLOCK.matcher(fragment).find() ? fragment : "<p>" + fragment + "</p>");
    page.append("\n</article></body></html>\n");
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }
}
