package org.newsgraph.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A statement a knowledge base holds, as fact selection needs it.
 *
 * @param text the statement as a sentence
 * @param about the Wikidata ids it is about, the subject first
 * @param source the URL of the public record it was checked against
 * @param asOf the date it holds for (ISO 8601, possibly only a year), or null
 * @param relation what kind of statement it is: {@code office}, {@code member_of}, {@code treaty}, ...
 * @param start when it began to hold, or null
 * @param end when it stopped holding, or null while it holds
 * @param cues lower-case words an article uses to say the same thing ("member", "president"); for
 *     an office, the titles that name it
 */
public record KnownFact(
    String text,
    List<String> about,
    String source,
    String asOf,
    String relation,
    LocalDate start,
    LocalDate end,
    List<String> cues) {
  public static final String OFFICE = "office";

  public KnownFact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(relation, "relation");
    about = List.copyOf(about);
    cues = List.copyOf(cues);
    if (about.isEmpty()) {
      throw new IllegalArgumentException("a fact is about something: " + text);
    }
  }

  /** Whether it held on the date (open ends hold). */
  public boolean heldOn(LocalDate date) {
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }
}
