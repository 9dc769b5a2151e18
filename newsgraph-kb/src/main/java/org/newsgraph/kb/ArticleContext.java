package org.newsgraph.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * What the linker may know of the article a mention is in: its text, the text of all its mentions,
 * its date (null when unknown) and its language ("en", "de" or null).
 */
public record ArticleContext(String text, List<String> mentions, LocalDate date, String language) {
  public ArticleContext {
    text = text == null ? "" : text;
    mentions = List.copyOf(mentions);
  }
}
