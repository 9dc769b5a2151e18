package org.newsgraph.event;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * Common nouns that stand for actors named before them in the same sentence, as pronouns do
 * ({@link Pronouns}). Nouns for the members of an armed group stand for the group: "Isis has not
 * left Mosul: several thousand fighters remain there and are fighting the coalition" (the fighters
 * are the Islamic State's). Only where the sentence names one armed non-state group before the
 * noun and the noun names nobody itself: "Kurdish fighters", "fighters from al-Qaeda" and "its
 * fighters" are read as written. A leader's bare title stands for the one office holder the
 * sentence names before it ("Trump's team confirmed that the president agreed"), and a pair ("the
 * two leaders", "both countries", "beide Länder", or "the two" alone) for the two actors named
 * before it ("the conflict between Trump and Mexico ... and the two leaders conducted an
 * exchange"): where more are named, which ones are meant is not clear, and the noun stays nobody.
 */
final class AnaphoricNouns {
  private static final Set<String> MEMBERS = Set.of(
      "fighters", "militants", "gunmen", "insurgents", "jihadists",
      "kämpfer", "milizionäre", "dschihadisten", "islamisten");

  /** Titles of a head of state or government: "the president", "the prime minister". */
  private static final Set<String> TITLES = Set.of("president", "chancellor", "premier", "präsident", "präsidentin", "kanzler", "kanzlerin");

  /** Nouns for two actors when counted by "two" or "both": "the two leaders", "both countries". */
  private static final Set<String> PAIRS = Set.of(
      "leaders", "countries", "nations", "governments", "sides", "presidents", "allies", "neighbors", "neighbours",
      "länder", "staaten", "seiten", "regierungen", "staatschefs", "präsidenten");
  private static final Set<String> TWO = Set.of("two", "both", "beide", "beiden", "zwei");

  /** Modifiers that leave a noun nobody's: "several thousand fighters", "the militants", "armed gunmen". */
  private static final Set<String> NEUTRAL = Set.of("det", "nummod", "case", "punct", "cc");

  private AnaphoricNouns() {}

  /** The actors by head word, with the members' nouns that stand for the one armed group named before them. */
  static Map<Integer, ActorMention> withMembers(ParsedSentence s, Map<Integer, ActorMention> byHead) {
    Map<Integer, ActorMention> out = null;
    for (int i = 0; i < s.size(); i++) {
      boolean members = MEMBERS.contains(s.lower(i)) && nobodys(s, i);
      if (!(members || title(s, i)) || byHead.containsKey(i) || !noun(s, i)) {
        continue;
      }
      ActorMention group = members ? onlyGroupBefore(i, byHead) : onlyLeaderBefore(s, i, byHead);
      if (group != null) {
        if (out == null) {
          out = new LinkedHashMap<>(byHead);
        }
        Word w = s.words.get(i);
        out.put(i, new ActorMention(new Span(w.start(), w.end()), group.code(), group.entity(), false));
      }
    }
    return out == null ? byHead : out;
  }

  /**
   * The two actors that a counted pair at word n stands for ("the two leaders"), in the order named,
   * or none: exactly two actors (by their state or organisation) named before it in the sentence.
   */
  static List<ActorMention> pair(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    if (byHead.containsKey(n)) {
      return carriedPair(s, n, byHead);
    }
    boolean counted = PAIRS.contains(s.lower(n)) && noun(s, n)
        && s.children(n).stream().anyMatch(c -> TWO.contains(s.lower(c)))
        && s.children(n).stream().allMatch(c -> NEUTRAL.contains(s.relation(c)) || TWO.contains(s.lower(c)));
    if (!counted && !bareTwo(s, n)) {
      return List.of();
    }
    Map<String, ActorMention> named = new LinkedHashMap<>();
    for (Map.Entry<Integer, ActorMention> e : byHead.entrySet()) {
      if (e.getKey() < n) {
        named.putIfAbsent(Pronouns.primary(e.getValue().code()), e.getValue());
      }
    }
    return named.size() == 2 ? List.copyOf(named.values()) : List.of();
  }

  /**
   * The two actors of an earlier sentence that a counted pair stands for ({@link Antecedents}
   * puts one on its noun and one on its count: "the two sides", "both countries"), or none.
   */
  private static List<ActorMention> carriedPair(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    for (int c : s.children(n)) {
      ActorMention other = byHead.get(c);
      if (TWO.contains(s.lower(c)) && other != null && !Pronouns.primary(other.code()).equals(Pronouns.primary(byHead.get(n).code()))) {
        return List.of(byHead.get(n), other);
      }
    }
    return List.of();
  }

  /**
   * Whether word n is "the two" standing alone as a noun phrase ("the US and Mexico reached a deal,
   * and the two threatened Canada"): a pair with its noun left out ("the two of them" is not read).
   */
  private static boolean bareTwo(ParsedSentence s, int n) {
    return s.lower(n).equals("two") && !s.relation(n).equals("nummod")
        && s.children(n, "det").stream().anyMatch(d -> s.lower(d).equals("the"))
        && s.children(n).stream().allMatch(c -> NEUTRAL.contains(s.relation(c)));
  }

  /** Whether two words read "two sides", "both countries": a count and a noun of {@link #pair}. */
  static boolean countedPair(String count, String noun) {
    return TWO.contains(count) && PAIRS.contains(noun);
  }

  /** A leader's title with nothing that names whose it is: "the president", "the prime minister". */
  private static boolean title(ParsedSentence s, int i) {
    if (!s.children(i, "det").stream().allMatch(d -> Set.of("the", "der", "die").contains(s.lower(d)))
        || s.children(i, "det").isEmpty()) {
      return false;
    }
    // "the former president", "the president of Iran", "the Russian president" are someone else or named
    for (int c : s.children(i)) {
      boolean prime = s.relation(c).equals("compound") && s.lower(c).equals("prime") && s.lower(i).equals("minister");
      if (!prime && !Set.of("det", "punct", "case", "cc", "conj").contains(s.relation(c))) {
        return false;
      }
    }
    return TITLES.contains(s.lower(i)) || (s.lower(i).equals("minister") && s.children(i, "compound").size() == 1);
  }

  /** The one person with an office named before word i (distinct by entity), or null. */
  private static ActorMention onlyLeaderBefore(ParsedSentence s, int i, Map<Integer, ActorMention> byHead) {
    Map<String, ActorMention> people = new LinkedHashMap<>();
    for (Map.Entry<Integer, ActorMention> e : byHead.entrySet()) {
      ActorMention a = e.getValue();
      if (e.getKey() < i && a.person() && a.code().endsWith("GOV")) {
        people.putIfAbsent(a.entity() == null ? a.code() : a.entity(), a);
      }
    }
    return people.size() == 1 ? people.values().iterator().next() : null;
  }

  private static boolean noun(ParsedSentence s, int i) {
    return s.tag(i).startsWith("NN") || s.tag(i).equals("NOUN");
  }

  /** Whether the noun has only modifiers that name nobody (a lower-case adjective at most). */
  private static boolean nobodys(ParsedSentence s, int i) {
    for (int c : s.children(i)) {
      String r = s.relation(c);
      boolean plainAdjective = r.equals("amod") && Character.isLowerCase(s.words.get(c).text().charAt(0));
      if (!NEUTRAL.contains(r) && !plainAdjective && !r.equals("acl") && !r.equals("conj")) {
        return false;
      }
    }
    return true;
  }

  /** The armed group named before word i, when the sentence names exactly one such group there; else null. */
  private static ActorMention onlyGroupBefore(int i, Map<Integer, ActorMention> byHead) {
    Set<String> codes = new LinkedHashSet<>();
    ActorMention group = null;
    for (Map.Entry<Integer, ActorMention> e : byHead.entrySet()) {
      if (e.getKey() < i && armedGroup(e.getValue().code())) {
        codes.add(e.getValue().code());
        group = e.getValue();
      }
    }
    return codes.size() == 1 ? group : null;
  }

  /** Non-state armed groups: the Islamic State, al-Qaeda (IMG...), rebels of a country (LBNREB, PSEREBHMS). */
  private static boolean armedGroup(String code) {
    return code.startsWith("IMG") || (code.length() >= 6 && code.startsWith("REB", 3));
  }
}
