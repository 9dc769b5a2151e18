package org.newsgraph.event;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The particle of an English phrasal verb, which makes another verb of it: "called off the meeting"
 * is no call, "signed off on the deal" no signing of it, "backed out of the deal" no backing. A verb
 * with a particle is read only by the lexicon's entries whose frame names that particle ("break|broke
 * off ties", "carry|carried out attack*"); a verb without one by every entry. German separable
 * prefixes are left to the German lexicon, which lists them as frame words of their own.
 */
final class Particles {
  /**
   * Particles that the parser also reads as an adverb of the verb ("hit back at", "backed away from")
   * or, for "out of", as a preposition ("backed out of the deal").
   */
  private static final Set<String> ADVERBS = Set.of("up", "down", "off", "out", "back", "away", "over");

  private Particles() {}

  /** The entries of the lexicon that may read the verb at v with the particle the parse gives it. */
  static Predicate<VerbLexicon.Entry> admitting(ParsedSentence s, int v) {
    String particle = of(s, v);
    if (particle == null) {
      return e -> true;
    }
    return e -> e.frame().stream().anyMatch(alternatives -> alternatives.contains(particle));
  }

  /** The particle of the English verb at v: its {@code compound:prt}, or such an adverb right after it; null for none. */
  private static String of(ParsedSentence s, int v) {
    if (s.german) {
      return null;
    }
    List<Integer> particles = s.children(v, "compound:prt");
    if (!particles.isEmpty()) {
      return s.lower(particles.get(0));
    }
    int next = v + 1;
    if (next >= s.size() || !ADVERBS.contains(s.lower(next))) {
      return null;
    }
    if (s.head(next) == v && s.relation(next).equals("advmod")) {
      return s.lower(next);
    }
    boolean outOf = s.lower(next).equals("out") && next + 1 < s.size() && s.lower(next + 1).equals("of") && s.relation(next).equals("case");
    return outOf ? "out" : null;
  }
}
