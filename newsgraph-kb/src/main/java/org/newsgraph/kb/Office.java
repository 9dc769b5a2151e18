package org.newsgraph.kb;

import java.time.LocalDate;
import java.util.Set;

/**
 * A position held for a time: {@code role} is one of {@link #HEAD_OF_STATE}, {@link
 * #HEAD_OF_GOVERNMENT}, {@link #FOREIGN_MINISTER}, {@link #SECRETARY_GENERAL}, {@link #SUPREME_LEADER} or, for imported
 * entries, the Wikidata id of the position; {@code country} an ISO 3166 alpha-3 code, an IGO actor
 * code, or empty. A null start or end is open. In the TSV a date may be a year ({@code 2019}) when
 * only the year is known.
 *
 * <p>{@code listedUntil}, for an open office with no known successor, is the last day a source
 * listed it as held (null where the sources confirm it to the present or it has an end): the person
 * held it after that day only as far as anyone knows, so a title alone ("the Turkish foreign
 * minister") names them only up to that day ({@link #confirmedOn}), their own name on any day
 * ({@link #heldOn}).
 *
 * <p>An official's office (officials.tsv.gz: ministers, advisers, ambassadors, commanders, judges;
 * congress.tsv: a term in the US Congress) has for its role the CAMEO sector the office acts for, one
 * of {@link #SECTORS}, and the position's {@code title} ("National Security Advisor", "senator (SC)"); a
 * leader's office has no title (null).
 */
public record Office(String role, String country, LocalDate start, LocalDate end, LocalDate listedUntil, String title) {
  public static final String HEAD_OF_STATE = "HOS";
  public static final String HEAD_OF_GOVERNMENT = "HOG";
  public static final String FOREIGN_MINISTER = "FM";
  public static final String SECRETARY_GENERAL = "SG";
  /** Iran's Supreme Leader: above the president, who is head of state in name. */
  public static final String SUPREME_LEADER = "SL";
  /** The CAMEO sectors an official's office acts for: government, armed forces, courts, police, legislature. */
  public static final Set<String> SECTORS = Set.of("GOV", "MIL", "JUD", "COP", "LEG");

  /** Whether this is an official's office (a sector and a title), not a leader's. */
  public boolean official() {
    return SECTORS.contains(role);
  }

  /** The CAMEO sector the holder acts for in this office: a leader's office is the government's. */
  public String sector() {
    return official() ? role : "GOV";
  }

  public boolean heldOn(LocalDate date) {
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }

  /** Held on the date by what the sources show, not only by an open end: see {@code listedUntil}. */
  public boolean confirmedOn(LocalDate date) {
    return heldOn(date) && (listedUntil == null || !date.isAfter(listedUntil));
  }

  /**
   * The TSV form {@code role:country:start:end}, dates as ISO dates or empty, then {@code :listedUntil}
   * where there is one, and {@code :listedUntil:title} (the day empty where none) where there is a title.
   */
  @Override
  public String toString() {
    String listed = listedUntil == null ? "" : listedUntil.toString();
    return role + ":" + country + ":" + (start == null ? "" : start) + ":" + (end == null ? "" : end)
        + (title != null ? ":" + listed + ":" + title : listed.isEmpty() ? "" : ":" + listed);
  }

  static Office parse(String text) {
    String[] f = text.split(":", -1);
    if (f.length < 4 || f.length > 6) {
      throw new IllegalArgumentException("office is not role:country:start:end[:listed[:title]]: " + text);
    }
    LocalDate listed = f.length >= 5 ? date(f[4], true) : null;
    if (listed != null && !f[3].isEmpty()) {
      throw new IllegalArgumentException("office has both an end and a last listed day: " + text);
    }
    String title = f.length == 6 && !f[5].isBlank() ? f[5].strip() : null;
    if ((title != null) != SECTORS.contains(f[0])) {
      throw new IllegalArgumentException("an official's office has a sector and a title, a leader's neither: " + text);
    }
    return new Office(f[0], f[1], date(f[2], false), date(f[3], true), listed, title);
  }

  /**
   * A day, or a year where the source knows only the year: then only the days the office was held
   * for certain count, from the last day of the first year to the first day of the last, so that
   * in a year of change the date picks no holder (the predecessor may be missing from the base).
   */
  private static LocalDate date(String s, boolean end) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 4) {
      int year = Integer.parseInt(s);
      return end ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
    }
    return LocalDate.parse(s);
  }
}
