package org.newsgraph.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The English names of weekdays and months, lower-case, with the abbreviations news writes ("Sept.", "Oct."). */
public final class CalendarWords {
  /** "monday" ... "sunday", "january" ... "december", "jan." ... "dec.". */
  public static final Set<String> ENGLISH = english();

  private CalendarWords() {}

  private static Set<String> english() {
    Set<String> words = new HashSet<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      words.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    for (Month m : Month.values()) {
      words.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    // the AP abbreviations; the months of five letters or fewer are written out
    words.addAll(Set.of("jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."));
    return Set.copyOf(words);
  }
}
