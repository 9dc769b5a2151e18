package org.newsgraph.event;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * Common nouns that stand for actors named before them in the same sentence, as pronouns do
 * ({@link Pronouns}). Nouns for the members of an armed group stand for the group: "Isis has not
 * left Mosul: several thousand fighters remain there and are fighting the coalition" (the fighters
 * are the Islamic State's). Only where the sentence names one armed non-state group before the
 * noun and the noun names nobody itself: "Kurdish fighters", "fighters from al-Qaeda" and "its
 * fighters" are read as written.
 */
final class AnaphoricNouns {
  private static final Set<String> MEMBERS = Set.of(
      "fighters", "militants", "gunmen", "insurgents", "jihadists",
      "kämpfer", "milizionäre", "dschihadisten", "islamisten");

  /** Modifiers that leave a noun nobody's: "several thousand fighters", "the militants", "armed gunmen". */
  private static final Set<String> NEUTRAL = Set.of("det", "nummod", "case", "punct", "cc");

  private AnaphoricNouns() {}

  /** The actors by head word, with the members' nouns that stand for the one armed group named before them. */
  static Map<Integer, ActorMention> withMembers(ParsedSentence s, Map<Integer, ActorMention> byHead) {
    Map<Integer, ActorMention> out = null;
    for (int i = 0; i < s.size(); i++) {
      if (!MEMBERS.contains(s.lower(i)) || byHead.containsKey(i) || !noun(s, i) || !nobodys(s, i)) {
        continue;
      }
      ActorMention group = onlyGroupBefore(i, byHead);
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
