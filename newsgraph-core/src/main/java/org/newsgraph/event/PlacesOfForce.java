package org.newsgraph.event;

import static org.newsgraph.event.Trees.hasCase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target of force told by its place only: an attack on something in a state is against that
 * state, as GDELT codes it and as evaluation/README.md settles it ("an attack told by its place only
 * is against the place's state"). The place is a phrase on the verb ("struck targets in Syria") or
 * inside what was hit ("struck military positions in Damascus and Homs", "attacked the airfield,
 * which serves Russian forces stationed in Syria"); the target is the place's state, not its
 * government ("in Damascus" is Syria, though Damascus alone acts as the government). Only where the
 * act names no actor it is done to, so "killed a U.S. soldier in Iraq" stays an act on the US.
 */
final class PlacesOfForce {
  /** Prepositions that place what was hit: "in Syria", "near Damascus", "across Yemen". */
  private static final String[] ON_THE_VERB = {"in", "inside", "across", "near", "over", "im", "nahe"};
  /** Inside what was hit, "over" names a topic more often than airspace ("a dispute over Syria"). */
  private static final String[] IN_THE_OBJECT = {"in", "inside", "across", "near", "outside", "im", "nahe"};

  /** What "strike" hits in a figure of speech, no force: "cyberattacks strike a nerve in the U.S.". */
  private static final Set<String> FIGURES = Set.of("nerve", "nerves", "chord", "chords", "balance", "tone", "note", "pose");

  private PlacesOfForce() {}

  /** Whether an act of this code is force (18 to 20), which a place tells the target of. */
  static boolean force(String code) {
    return code.compareTo("18") >= 0;
  }

  /**
   * The states where the act at v was done: of its own place phrase, else of the first place phrase
   * inside its object or, in the passive, its subject (nearest first).
   */
  static List<ActorMention> targets(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    if (s.children(v, "obj").stream().anyMatch(o -> FIGURES.contains(s.lower(o)))) {
      return List.of();
    }
    for (int c : s.children(v)) {
      if (s.relation(c).equals("obl") && hasCase(s, c, ON_THE_VERB)) {
        List<ActorMention> out = states(SentenceCoder.actorsAt(s, c, byHead));
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    Deque<Integer> queue = new ArrayDeque<>();
    for (int c : s.children(v)) {
      if (s.relation(c).equals("obj") || s.fullRelation(c).equals("nsubj:pass")) {
        queue.add(c);
      }
    }
    while (!queue.isEmpty()) {
      int n = queue.poll();
      for (int c : s.children(n)) {
        if ((s.relation(c).equals("nmod") || s.relation(c).equals("obl")) && hasCase(s, c, IN_THE_OBJECT)) {
          List<ActorMention> out = states(SentenceCoder.actorsAt(s, c, byHead));
          if (!out.isEmpty()) {
            return out;
          }
        }
        if (within(s, c)) {
          // "strikes against Islamic State in Iraq and Syria": the phrase names the group it hit there
          if (byHead.containsKey(c) && !s.children(c, "case").isEmpty()) {
            return List.of();
          }
          queue.add(c);
        }
      }
    }
    return List.of();
  }

  /** What force is used with, whose origin tells who used it: "rockets fired from Gaza", "attacks from Iran". */
  private static final Set<String> WEAPONS = Set.of(
      "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "shell", "shells", "projectile", "projectiles",
      "drone", "drones", "fire", "barrage", "barrages");

  /**
   * The states that force told by its weapon or attack at n came from, where no actor is named as its
   * user: "rockets fired from Gaza" (PSE), "killed by rocket attacks from Gaza", "missiles launched from
   * Iran", as evaluation/README.md codes "rocket and mortar attacks from Gaza". Only the weapon's own
   * "from"-phrase or that of its participle of firing; "missiles from Iran" that another actor fired keep
   * that actor, as the caller asks only where none is named. English only.
   */
  static List<ActorMention> origins(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    if (s.german || byHead.containsKey(n) || !(WEAPONS.contains(s.lower(n)) || SentenceCoder.attackNoun(s.lower(n)))) {
      return List.of();
    }
    List<Integer> phrases = new ArrayList<>();
    for (int c : s.children(n)) {
      if (s.relation(c).equals("nmod") && hasCase(s, c, "from")) {
        phrases.add(c);
      }
      if (s.relation(c).equals("acl") && FIRING.contains(s.lower(c))) {
        s.children(c, "obl").stream().filter(o -> hasCase(s, o, "from")).forEach(phrases::add);
      }
    }
    // "Missiles launched from Yemen struck a Saudi facility", parsed with "launched" as the verb of "Missiles"
    int h = s.head(n);
    if (h >= 0 && s.fullRelation(n).equals("nsubj") && FIRING.contains(s.lower(h)) && s.children(h, "obj").isEmpty()) {
      s.children(h, "obl").stream().filter(o -> hasCase(s, o, "from")).forEach(phrases::add);
    }
    for (int c : phrases) {
      List<ActorMention> out = states(SentenceCoder.actorsAt(s, c, byHead));
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /** Participles of firing a weapon: "rockets fired from Gaza", "missiles launched from Yemen". */
  private static final Set<String> FIRING = Set.of("fired", "launched", "shot", "lobbed");

  /** Relations that stay inside the phrase of what was hit: its modifiers, participles and list. */
  private static final Set<String> WITHIN = Set.of("nmod", "obl", "obj", "acl", "conj", "xcomp");

  /**
   * Whether the phrase of word c still tells what was hit and where: not a possessor ("critical to
   * Syria's production"), an apposition ("the airstrike, a departure from its policy of ...") nor a
   * clause with a doer of its own ("... when Israel hit Iranian assets in Syria"); a relative clause
   * on what was hit is ("the airfield, which serves Russian forces stationed in Syria").
   */
  private static boolean within(ParsedSentence s, int c) {
    return WITHIN.contains(s.relation(c)) && !s.fullRelation(c).equals("nmod:poss")
        && s.children(c, "nsubj").stream().allMatch(n -> SentenceCoder.RELATIVE_PRONOUNS.contains(s.lower(n)));
  }

  /** The states of the actors a place phrase names, once each: "in Damascus and Homs" is Syria. */
  static List<ActorMention> states(List<ActorMention> actors) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention a : actors) {
      String code = a.code();
      if (a.person() || code.length() < 3 || code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG")
          || code.startsWith("MNC")) {
        continue;
      }
      String state = code.substring(0, 3);
      if (out.stream().noneMatch(b -> b.code().equals(state))) {
        out.add(new ActorMention(a.span(), state, a.entity(), false));
      }
    }
    return out;
  }
}
