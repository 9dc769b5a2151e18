package org.newsgraph.event;

import java.util.HashSet;
import java.util.Set;

/**
 * Acts told as stopped: "North Korea stopped communicating with the South", "ceased cooperating
 * with", "ended its commitment to funding the UN agency". The act does not go on, so it is not coded
 * as done. Stopping cooperation with a partner reduces relations with it (CAMEO 16, as
 * evaluation/README.md's settled doubts code ending a joint activity: 160; aid stopped 162, talks
 * halted 164, mediation 165); any other act stopped is no event (the tuning sets code "stopped a
 * planned strike against Iran" none). A verb that tells a phase of another (begin, continue, resume)
 * and governs that verb is read through it alone ("continued to condemn the strikes"). English only.
 */
final class Aspect {
  /** Verbs that tell an act stopped, in all their forms. */
  private static final Set<String> STOPPING = new HashSet<>();

  static {
    for (String lemma : new String[] {"stop", "cease", "halt", "suspend", "discontinue", "end", "quit"}) {
      STOPPING.addAll(VerbLexicon.englishForms(lemma));
    }
    STOPPING.add("quitting"); // not a regular form
  }

  /** Verbs that tell a phase of an act (its start or its going on), in all their forms. */
  private static final Set<String> PHASES = new HashSet<>(Set.of("began", "begun", "beginning"));

  static {
    for (String lemma : new String[] {"begin", "start", "continue", "resume", "intensify", "escalate"}) {
      PHASES.addAll(VerbLexicon.englishForms(lemma));
    }
  }

  /** Relations by which the parser hangs a gerund on the verb it complements ("quit buying": dep). */
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "dep", "ccomp");
  /** Relations by which a gerund complements a noun ("its commitment to funding", "its practice of sending"). */
  private static final Set<String> NOUN_COMPLEMENTS = Set.of("acl", "nmod", "dep");

  /** Punctuation that sets a phrase off from the verb before it. */
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", "\"", "“", "”");

  private Aspect() {}

  /**
   * Whether the phase verb at v governs a verb of its own ("continued to condemn the U.S. strikes",
   * "began launching airstrikes"): that verb tells the act, so the words after it are no frame of the
   * phase verb (no "continued ... strikes").
   */
  static boolean phaseOfAnotherVerb(ParsedSentence s, int v) {
    return !s.german && PHASES.contains(s.lower(v))
        && s.children(v).stream().anyMatch(c -> COMPLEMENTS.contains(s.relation(c)) && s.tag(c).startsWith("VB") && c > v && unbroken(s, v, c));
  }

  /**
   * The verb that tells the gerund at v stopped, as its complement ("stopped communicating") or as
   * the complement of its object ("ended its commitment to funding"); -1 when there is none. A
   * stopping verb with a particle says something else ("ended up fighting").
   */
  static int stoppingVerb(ParsedSentence s, int v) {
    if (s.german || !s.tag(v).equals("VBG")) {
      return -1;
    }
    int h = s.head(v);
    if (h < 0) {
      return -1;
    }
    if (COMPLEMENTS.contains(s.relation(v)) && stopping(s, h) && unbroken(s, h, v)) {
      return h;
    }
    if (NOUN_COMPLEMENTS.contains(s.relation(v)) && s.tag(h).startsWith("NN") && s.relation(h).equals("obj")
        && s.head(h) >= 0 && stopping(s, s.head(h)) && unbroken(s, s.head(h), v)) {
      return s.head(h);
    }
    return -1;
  }

  /**
   * Whether the gerund at v follows the word at h with no punctuation between: a gerund set off by a
   * comma goes on about the clause ("halted funding for the WHO, accusing it of ..." is an accusation
   * made), it is not what stopped.
   */
  private static boolean unbroken(ParsedSentence s, int h, int v) {
    if (v < h) {
      return false;
    }
    for (int i = h + 1; i < v; i++) {
      if (BREAKS.contains(s.lower(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean stopping(ParsedSentence s, int h) {
    return s.isVerb(h) && STOPPING.contains(s.lower(h)) && s.children(h, "compound:prt").isEmpty();
  }

  /**
   * The code of stopping an act of the given code: consultation and cooperation stopped reduce
   * relations (160), aid stopped is 162 (1621 economic, 1622 military, 1623 humanitarian),
   * negotiation 164, mediation 165; null for every other act, which stopped is no event.
   */
  static String stopped(String code) {
    return switch (code) {
      case "045" -> "165";
      case "046" -> "164";
      case "071" -> "1621";
      case "072" -> "1622";
      case "073" -> "1623";
      default -> code.startsWith("07") ? "162"
          : code.startsWith("04") || code.startsWith("05") || code.startsWith("06") ? "160" : null;
    };
  }
}
