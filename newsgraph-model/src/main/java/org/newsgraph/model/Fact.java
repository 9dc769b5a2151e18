package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A background fact from the knowledge base that a reader of the article needs.
 *
 * @param text the fact as a sentence
 * @param about the Wikidata ids of what it is about, never empty
 * @param source the URL of the public record it comes from
 * @param asOf the date (ISO 8601) the fact was true or last checked
 * @param relevance how relevant it is to the article, 0..1
 * @param contradiction the span of the article that says otherwise, or null; a contradicted fact is
 *     reported with it, never silently added
 */
public record Fact(String text, List<String> about, String source, String asOf, double relevance, Span contradiction) {
  public Fact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    about = List.copyOf(about);
    if (about.isEmpty()) {
      throw new IllegalArgumentException("a fact is about something");
    }
    if (!(relevance >= 0 && relevance <= 1)) {
      throw new IllegalArgumentException("relevance out of 0..1: " + relevance);
    }
  }
}
