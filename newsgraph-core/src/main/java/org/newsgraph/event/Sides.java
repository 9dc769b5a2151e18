package org.newsgraph.event;

import java.util.Set;

/**
 * Whether two actors are one side, by their CAMEO actor codes: an actor does not act on its own
 * state. Shared by the coding of verbs (SentenceCoder) and of statements (VerblessStatements).
 */
final class Sides {
  /** Roles that stand against their own state. */
  private static final Set<String> AGAINST_THE_STATE = Set.of("REB", "INS", "OPP");
  /** Roles that are the state. */
  private static final Set<String> OF_THE_STATE = Set.of("GOV", "MIL", "COP");

  private Sides() {}

  /**
   * Whether two actor codes are of one state, which does not act on itself in the news we code.
   * Rebels, insurgents and the opposition (Phoenix's REB, INS, OPP roles) stand against their own
   * state's government, army and police: "the PKK attacked Turkish soldiers" (TURREB TURMIL) is an
   * event; two other bodies of one state (TURGOV TURMIL, TURREB TURBUS) are still one side, and so
   * is the bare state, which the entity stages give the state's people ("a Palestinian militant",
   * "the Syrian opposition": PSE, SYR), so that "Hamas killed a Palestinian militant" is no event.
   */
  static boolean sameState(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3)
        && !a.startsWith("IGO") && !a.startsWith("NGO") && !a.startsWith("IMG") && !a.startsWith("MNC")
        && !(againstTheState(a) && ofTheState(b)) && !(againstTheState(b) && ofTheState(a));
  }

  /** A code whose first role after the state is rebels, insurgents or the opposition (TURREB, SYRREBMUS). */
  private static boolean againstTheState(String code) {
    return code.length() >= 6 && AGAINST_THE_STATE.contains(code.substring(3, 6));
  }

  /** A state's government, army or police (TURGOV, TURMIL, TURCOP). */
  private static boolean ofTheState(String code) {
    return code.length() >= 6 && OF_THE_STATE.contains(code.substring(3, 6));
  }
}
