package org.newsgraph.event;

import java.util.Set;

/**
 * Nouns that name others by their tie to an actor: "Syria's allies", "Syrian allies", "the members of
 * the U.N. Security Council". They are not that actor: Syria's allies are Russia and Iran, and the
 * Council's members are states (set 2 codes "the five permanent members of the U.N. Security Council
 * and Germany" as Germany alone). Only an apposition names them ("North Korea's main ally, China"),
 * and a nationality beside a possessor of their own ("its Iraqi allies" are Iraqi). English only.
 */
final class Relations {
  /** Nouns for states or groups by their tie to another, whoever modifies them. */
  private static final Set<String> TIES = Set.of(
      "ally", "allies", "enemy", "enemies", "adversary", "adversaries", "foe", "foes",
      "neighbor", "neighbors", "neighbour", "neighbours");
  /** Nouns for the members of an organisation, which are states when the organisation is an IGO. */
  private static final Set<String> MEMBERS = Set.of("member", "members");

  private Relations() {}

  /** Whether noun n names others by their tie to whoever its modifier c names ("Syrian" of "Syrian allies"). */
  static boolean tieOf(ParsedSentence s, int n, int c) {
    if (s.german || !TIES.contains(s.lower(n)) || s.relation(c).equals("appos")) {
      return false; // "North Korea's main ally, the Chinese government": the apposition names the ally
    }
    // "its Iraqi allies": the possessor says whose allies, the adjective what they are
    boolean owned = s.children(n, "nmod:poss").stream().anyMatch(p -> p != c);
    return !(owned && s.relation(c).equals("amod"));
  }

  /** Whether noun n names the member states of an international organisation coded code ("NATO members"). */
  static boolean membersOf(ParsedSentence s, int n, String code) {
    return !s.german && MEMBERS.contains(s.lower(n)) && code.startsWith("IGO");
  }
}
