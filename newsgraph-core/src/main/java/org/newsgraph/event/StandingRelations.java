package org.newsgraph.event;

import java.util.Set;

/**
 * Standing relations told in the simple present: "Iran backs Bashar Assad", "the U.S. supports Ukraine's
 * government", "Russian and U.S. authorities often work together", "Qatar provides aid to the Syrian rebels",
 * "everything else China sells to the U.S.". News tells a deed of support, cooperation or aid in the past
 * tense; the simple present of such a verb says what holds between two states, which the conventions do not
 * code (evaluation/README.md, "Not events": standing relations and standing flows). English only.
 */
final class StandingRelations {
  /**
   * Present forms of the verbs of a standing tie or flow; "work" is one only in "work together" (a 05x or
   * 06x entry).
   */
  private static final Set<String> TIES = Set.of(
      "support", "supports", "back", "backs", "ally", "allies", "align", "aligns", "side", "sides",
      "cooperate", "cooperates", "collaborate", "collaborates", "partner", "partners", "work", "works",
      "help", "helps", "aid", "aids", "assist", "assists", "provide", "provides", "supply", "supplies", "sell", "sells",
      "arm", "arms", "fund", "funds", "finance", "finances", "equip", "equips", "train", "trains", "sponsor", "sponsors",
      "bankroll", "bankrolls");
  /** Roots of support and cooperation, verbal (05) and material (06), and of aid (07). */
  private static final Set<String> ROOTS = Set.of("05", "06", "07");
  private static final Set<String> PRONOUNS = Set.of("it", "we", "they", "he", "she", "i");
  private static final Set<String> SAYING = Set.of("say", "says", "said", "tell", "tells", "told", "add", "adds", "added");

  private StandingRelations() {}

  /**
   * Whether the verb at v, read as support, cooperation or aid (05x to 07x), is in the simple present without an
   * auxiliary, told by the writer. What a speaker says of support stays a statement of it (05x): the speaker's
   * own stance in a clause of speech ("Turkey said it supports Azerbaijan"), a clause that a verb of saying
   * follows ("The UK supports the strikes, its ambassador said"), and words inside a quotation. Aid or trade
   * said to flow is a standing flow whoever says it.
   */
  static boolean told(ParsedSentence s, int v, String code) {
    String tag = s.tag(v);
    if (s.german || !ROOTS.contains(code.substring(0, 2)) || !TIES.contains(s.lower(v)) || !(tag.equals("VBZ") || tag.equals("VBP"))
        || !s.children(v, "aux").isEmpty()) {
      return false;
    }
    return !(code.startsWith("05") && (ownStance(s, v) || saidAfter(s, v) || quoted(s, v)));
  }

  private static boolean ownStance(ParsedSentence s, int v) {
    return s.relation(v).equals("ccomp") && s.children(v, "nsubj").stream().anyMatch(c -> PRONOUNS.contains(s.lower(c)));
  }

  /** "X supports Y, Z said": the verb of saying after the clause, as its head or hung on it. */
  private static boolean saidAfter(ParsedSentence s, int v) {
    int h = s.head(v);
    if (s.relation(v).equals("ccomp") && h > v && SAYING.contains(s.lower(h))) {
      return true;
    }
    return s.children(v).stream()
        .anyMatch(c -> (s.relation(c).equals("parataxis") || s.relation(c).equals("ccomp")) && SAYING.contains(s.lower(c)));
  }

  /** Whether a quotation opened before v is still open at v. */
  private static boolean quoted(ParsedSentence s, int v) {
    boolean open = false;
    for (int i = 0; i < v; i++) {
      String w = s.lower(i);
      if (w.equals("“") || w.equals("``")) {
        open = true;
      } else if (w.equals("”") || w.equals("''")) {
        open = false;
      } else if (w.equals("\"")) {
        open = !open;
      }
    }
    return open;
  }
}
