package org.newsgraph.event;

import static org.newsgraph.event.Trees.hasCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A partner named by a phrase of joint action on a verb: "French jets struck the town in coordination
 * with Iraqi forces". The partner acts beside the actor, so it is not whom the act is done to, and the
 * two cooperate with each other (evaluation/README.md, set 12: "in coordination with U.S. forces" is
 * military cooperation both ways). PETRARCH2 puts COORDINATE, CONCERT and COOPERATE in its 050 groups;
 * with an act of force or coercion the cooperation is military, 062.
 */
final class Coordination {
  /** Nouns of "in ... with" that name a partner: in coordination, cooperation, conjunction or concert with. */
  private static final Set<String> NOUNS = Set.of("coordination", "cooperation", "conjunction", "concert");
  static final String DIPLOMATIC = "050";
  static final String MILITARY = "062";

  private Coordination() {}

  /**
   * Whether the dependent c of a verb is such a phrase: the noun ("in coordination", its "with"-phrase
   * beneath it) or the "with"-phrase that the parser hangs on the verb right after the noun.
   */
  static boolean phrase(ParsedSentence s, int c) {
    if (s.german) {
      return false;
    }
    if (NOUNS.contains(s.lower(c)) && hasCase(s, c, "in")) {
      return true;
    }
    for (int k : s.children(c, "case")) {
      if (s.lower(k).equals("with") && k >= 2 && NOUNS.contains(s.lower(k - 1)) && s.lower(k - 2).equals("in")) {
        return true;
      }
    }
    return false;
  }

  /** The heads of the partner phrases on v: the "with"-phrases of its phrases of joint action. */
  static List<Integer> partners(ParsedSentence s, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(v)) {
      if (!phrase(s, c)) {
        continue;
      }
      if (hasCase(s, c, "with")) {
        out.add(c);
      }
      for (int d : s.children(c, "nmod")) {
        if (hasCase(s, d, "with")) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The code of the cooperation beside an act: military with force, coercion or a show of force (roots 15, 17-20). */
  static String code(String act) {
    int root = Integer.parseInt(act.substring(0, 2));
    return root == 15 || root >= 17 ? MILITARY : DIPLOMATIC;
  }
}
