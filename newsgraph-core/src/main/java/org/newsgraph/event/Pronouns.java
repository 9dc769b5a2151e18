package org.newsgraph.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Object and possessive pronouns that the sentence itself identifies: the nearest actor named before
 * them, a person for "him" and "his", a state or group for "it", "them", "its" and "their" ("Putin
 * called Trump to thank him", "China ... its finance ministry said"). A pronoun with no such actor
 * before it in the sentence stays no actor: what an earlier sentence named is not read.
 */
final class Pronouns {
  private static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "ihn", "ihm");
  private static final Set<String> OTHER_OBJECTS = Set.of("it", "them");
  private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her");
  private static final Set<String> OTHER_POSSESSIVES = Set.of("its", "their");
  private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "er", "sie", "es");

  private Pronouns() {}

  /**
   * The actor an object pronoun at word i stands for, or null: the nearest one before it that is
   * not of the sources' own state ("Trump said Putin praised him": Trump, not Putin).
   */
  private static ActorMention object(ParsedSentence s, int i, Map<Integer, ActorMention> byHead, List<ActorMention> sources) {
    String w = s.lower(i);
    if (byHead.containsKey(i) || !(PERSONAL_OBJECTS.contains(w) || OTHER_OBJECTS.contains(w))) {
      return null;
    }
    int h = nearestBefore(i, PERSONAL_OBJECTS.contains(w), byHead, sources);
    return h < 0 ? null : byHead.get(h);
  }

  /** The word of the actor that a possessive pronoun of noun n stands for ("its ministry"), or -1. */
  static int possessor(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    for (int c : s.children(n)) {
      String w = s.lower(c);
      if (s.fullRelation(c).equals("nmod:poss") && (PERSONAL_POSSESSIVES.contains(w) || OTHER_POSSESSIVES.contains(w))) {
        boolean person = PERSONAL_POSSESSIVES.contains(w);
        // a state named as the subject or its possessor is what "its" refers to before one named in
        // a prepositional phrase: "Turkey's assault in Syria ..., as its troops launched airstrikes"
        Map<Integer, ActorMention> direct = new LinkedHashMap<>(byHead);
        direct.keySet().removeIf(h -> oblique(s, h));
        int h = person ? -1 : nearestBefore(c, false, direct, List.of());
        return h >= 0 ? h : nearestBefore(c, person, byHead, List.of());
      }
    }
    return -1;
  }

  /** Whether the actor at word h is named in a prepositional phrase ("in Syria", "on Syrian towns"). */
  private static boolean oblique(ParsedSentence s, int h) {
    int noun = Set.of("amod", "compound", "flat").contains(s.relation(h)) && s.head(h) >= 0 ? s.head(h) : h;
    for (int c : s.children(noun, "case")) {
      if (!s.lower(c).equals("'s") && !s.lower(c).equals("'") && !s.lower(c).equals("’s")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors that object pronouns of verb v stand for: its object, indirect object or
   * prepositional object ("to thank him", "met with them").
   */
  static List<ActorMention> objects(ParsedSentence s, int v, Map<Integer, ActorMention> byHead, List<ActorMention> sources) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : s.children(v)) {
      String r = s.relation(c);
      ActorMention a = r.equals("obj") || r.equals("iobj") || r.equals("obl") ? object(s, c, byHead, sources) : null;
      if (a != null && !out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The actors coordinated with a personal pronoun that names none itself: "he and Russian President
   * Vladimir Putin spoke by phone" (the pronoun's own actor is the antecedent's).
   */
  static List<ActorMention> partners(ParsedSentence s, int pronoun, Map<Integer, ActorMention> byHead) {
    List<ActorMention> out = new ArrayList<>();
    if (byHead.containsKey(pronoun) || !SUBJECTS.contains(s.lower(pronoun))) {
      return out;
    }
    for (int c : s.children(pronoun, "conj")) {
      ActorMention a = byHead.get(c);
      if (a == null) {
        for (int m : s.children(c)) {
          if (Set.of("compound", "amod", "flat", "appos", "nmod").contains(s.relation(m)) && byHead.containsKey(m)) {
            a = byHead.get(m);
            break;
          }
        }
      }
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /** The code an actor is compared on: a state's three letters, an organisation's first six. */
  static String primary(String code) {
    boolean organisation = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG") || code.startsWith("MNC");
    return code.substring(0, Math.min(code.length(), organisation ? 6 : 3));
  }

  private static int nearestBefore(int i, boolean person, Map<Integer, ActorMention> byHead, List<ActorMention> not) {
    int best = -1;
    for (Map.Entry<Integer, ActorMention> e : byHead.entrySet()) {
      int h = e.getKey();
      ActorMention a = e.getValue();
      if (h < i && h > best && a.person() == person && not.stream().noneMatch(x -> primary(x.code()).equals(primary(a.code())))) {
        best = h;
      }
    }
    return best;
  }
}
