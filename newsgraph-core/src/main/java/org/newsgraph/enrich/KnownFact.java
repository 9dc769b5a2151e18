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
 * @param listedUntil for an open office, the last day its sources listed it as held, or null where
 *     they confirm it to the present: after that day the holder may have changed
 * @param whileHeld for an office, the statement as it reads on a day within the term ("... has been
 *     foreign minister of France since 2 January 2020."), so that an article from before the end, or
 *     before the last listed day, is told neither the future end nor the day the sources stop; null
 *     for other statements
 */
public record KnownFact(
    String text,
    List<String> about,
    String source,
    String asOf,
    String relation,
    LocalDate start,
    LocalDate end,
    List<String> cues,
    LocalDate listedUntil,
    String whileHeld) {
  public static final String OFFICE = "office";

  /** A statement that holds to its end, or to the present, as its sources say. */
  public KnownFact(String text, List<String> about, String source, String asOf, String relation, LocalDate start, LocalDate end,
      List<String> cues) {
    this(text, about, source, asOf, relation, start, end, cues, null, null);
  }

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

  /** Whether it held on the date by what the sources show: not after an open office's last listed day. */
  public boolean confirmedOn(LocalDate date) {
    return heldOn(date) && (listedUntil == null || !date.isAfter(listedUntil));
  }

  /**
   * The statement as an article of {@code date} may give it: an office its sources confirm on that
   * day speaks of that day ({@link #whileHeld}, {@code asOf} the date), with neither an end still to
   * come nor the day the sources stop; anything else, and any statement without a date, as it is.
   */
  public KnownFact on(LocalDate date) {
    if (date == null || whileHeld == null || !confirmedOn(date)) {
      return this;
    }
    return new KnownFact(whileHeld, about, source, date.toString(), relation, start, end, cues, listedUntil, whileHeld);
  }
}
