package org.newsgraph.event;

import static org.newsgraph.event.Trees.hasCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detainer of an arrest told by its place only: "two Canadians detained in China" and "a French
 * aid worker was arrested in Turkey" were arrested by that state's authorities, as evaluation/README.md
 * counts "arrested in Turkey" (the Turkish authorities) as clearly referred to. Only a passive or a
 * participle with no "by"-phrase, or an active whose subject is a body of no named state ("police"), and
 * only the verb's own place phrase or that of those arrested: "arrested in July" names no detainer. English only.
 */
final class PlacesOfArrest {
  /** Arrest, detention, imprisonment (CAMEO 173); not seizures (171) or bans (172), whose place is elsewhere. */
  private static final String ARREST = "173";
  /** The participles of the lexicon's arrests (verbs-en.txt, 173), for a subject read before the verb is matched. */
  private static final Set<String> ARRESTS = Set.of(
      "arrested", "detained", "jailed", "imprisoned", "nabbed", "captured", "apprehended", "incarcerated");

  private PlacesOfArrest() {}

  /**
   * Whether the verb at v, of this code, is an arrest told without its detainer: a past participle with
   * no "by"-phrase, no object and no active subject; one with no auxiliary that the parser gave a subject
   * ("two Canadians detained in China were tried", "detained" read as the root) is passive all the same.
   */
  static boolean untold(ParsedSentence s, int v, String code) {
    if (s.german || !code.equals(ARREST) || s.children(v).stream().anyMatch(c -> s.relation(c).equals("obl") && hasCase(s, c, "by"))) {
      return false;
    }
    // an object makes it active: "raided the house and detained two Germans in Istanbul" has its subject elsewhere
    if (!s.tag(v).equals("VBN") || !s.children(v, "obj").isEmpty()) {
      return false;
    }
    return s.children(v).stream().noneMatch(c -> s.fullRelation(c).equals("nsubj")) || participleRead(s, v);
  }

  /** A past participle of the lexicon's arrests with no auxiliary and no object that the parser gave a subject. */
  static boolean participleRead(ParsedSentence s, int v) {
    return !s.german && s.tag(v).equals("VBN") && s.children(v, "aux").isEmpty() && s.children(v, "obj").isEmpty()
        && ARRESTS.contains(s.lower(v));
  }

  /** Bodies that arrest for a state: "police arrested ... in Thailand" are Thailand's police. */
  private static final Set<String> BODIES = Set.of("police", "authorities", "officers", "agents", "forces", "troops");

  /** Whether the active arrest at v has as subject a body that names no state: "police", "security forces". */
  static boolean byBodyOfThePlace(ParsedSentence s, int v, String code, Map<Integer, ActorMention> byHead) {
    return !s.german && code.equals(ARREST) && s.children(v).stream().anyMatch(c -> s.fullRelation(c).equals("nsubj")
        && BODIES.contains(s.lower(c)) && SentenceCoder.actorsAt(s, c, byHead).isEmpty());
  }

  /**
   * The states of the arrest's own "in"-phrase ("detained in North Korea" is North Korea), else of the
   * "in"-phrase of those arrested, which the parser may hang there ("arrested two tourists in Peru").
   */
  static List<ActorMention> detainers(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    List<Integer> phrases = new ArrayList<>();
    for (int c : s.children(v)) {
      if (s.relation(c).equals("obl") && hasCase(s, c, "in")) {
        phrases.add(c);
      }
    }
    for (int o : s.children(v)) {
      if (s.relation(o).equals("obj") || s.fullRelation(o).equals("nsubj:pass")) {
        s.children(o, "nmod").stream().filter(c -> hasCase(s, c, "in")).forEach(phrases::add);
      }
    }
    for (int c : phrases) {
      List<ActorMention> out = PlacesOfForce.states(SentenceCoder.actorsAt(s, c, byHead));
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }
}
