package org.newsgraph.event;

import java.util.Set;

/**
 * Refugees taken in: "Merkel welcomed Syrian refugees", "Turkey is hosting 3.5 million Syrian
 * refugees". Welcoming or hosting people who fled their state is no praise of it and no visit from it,
 * but asylum given to them, CAMEO 075 (set 15 codes Merkel's welcome DEU SYR 07). English only.
 */
final class Refugees {
  static final String ASYLUM = "075";

  /** Heads of a noun phrase of people who fled: "refugees", "asylum seekers", "migrants". */
  private static final Set<String> FLED = Set.of(
      "refugee", "refugees", "migrant", "migrants", "seekers", "asylum-seekers", "evacuees", "displaced");

  /** Nouns of a number whose "of"-phrase names who is counted: "thousands of refugees". */
  private static final Set<String> COUNTS = Set.of("thousands", "hundreds", "millions", "dozens", "tens", "number", "wave", "influx");

  private Refugees() {}

  /**
   * Whether the verb at v, read as a visit, meeting or welcome (04x, 05x), has refugees as what it
   * takes in: its object, or its passive subject ("refugees were welcomed by Canada").
   */
  static boolean takenIn(ParsedSentence s, int v, String code) {
    if (s.german || !(code.startsWith("04") || code.startsWith("05"))) {
      return false;
    }
    for (int c : s.children(v)) {
      String r = s.relation(c);
      if ((r.equals("obj") || r.equals("nsubj:pass")) && fled(s, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fled(ParsedSentence s, int n) {
    if (FLED.contains(s.lower(n))) {
      return true;
    }
    if (COUNTS.contains(s.lower(n))) {
      for (int c : s.children(n, "nmod")) {
        if (FLED.contains(s.lower(c)) && Trees.hasCase(s, c, "of")) {
          return true;
        }
      }
    }
    return false;
  }
}
