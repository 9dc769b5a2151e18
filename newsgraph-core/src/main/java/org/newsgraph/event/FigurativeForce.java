package org.newsgraph.event;

import java.util.Set;

/**
 * Words of force used for what is no force: "waging a trade war against China", "a Russian
 * cyberattack took control of ...", "strikes back at China's policy". The conventions code neither
 * trade measures as force nor cyber operations at all (evaluation/README.md, "Not events"), and a
 * policy or a decision is no thing one fires at. English only.
 */
final class FigurativeForce {
  /** Modifiers that make a war or an attack one of trade, money, words or computers: "a trade war", "cyber attacks". */
  private static final Set<String> NOT_ARMED = Set.of(
      "trade", "tariff", "currency", "price", "economic", "propaganda", "information", "media", "legal",
      "political", "diplomatic", "verbal", "rhetorical", "psychological", "cultural", "cyber");

  /** Nouns that name a kind of what their "of"-phrase names: "a new sort of war". */
  private static final Set<String> KINDS = Set.of("sort", "kind", "type", "form");

  /** What is hit only in words: a policy, a decision, an economy. */
  private static final Set<String> ABSTRACT = Set.of(
      "policy", "policies", "practice", "practices", "decision", "decisions", "plan", "plans", "proposal",
      "proposals", "idea", "ideas", "notion", "claim", "claims", "rhetoric", "presumption", "stance", "economy");

  /** Prepositions of what is hit ("at China's policy"), not of when or amid what ("amid political turmoil"). */
  private static final String[] AIMED = {"at", "against", "on", "upon", "into"};

  private FigurativeForce() {}

  /**
   * Whether the verb at v, of a code of force, names a figure of speech: its subject, object, object
   * of "at", "against" or "on" or means ("struck back with cyberattacks") is a cyber operation or a
   * war or attack of trade or words, or what it is done to an abstract thing ("at China's policy").
   */
  static boolean of(ParsedSentence s, int v) {
    if (s.german) {
      return false;
    }
    for (int c : s.children(v)) {
      String r = s.relation(c);
      boolean acted = r.equals("obj") || r.equals("obl") && Trees.hasCase(s, c, AIMED);
      boolean means = r.equals("obl") && Trees.hasCase(s, c, "with");
      if ((acted || means || r.equals("nsubj")) && notArmed(s, c) || acted && ABSTRACT.contains(s.lower(c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun at n is a cyber operation or hacker, or has a modifier of trade, money, words or computers. */
  private static boolean notArmed(ParsedSentence s, int n) {
    if (cyber(s.lower(n))) {
      return true;
    }
    for (int c : s.children(n)) {
      String r = s.relation(c);
      if ((r.equals("compound") || r.equals("amod")) && (NOT_ARMED.contains(s.lower(c)) || cyber(s.lower(c)))) {
        return true;
      }
      // "a war of words"
      if (r.equals("nmod") && s.lower(c).equals("words")) {
        return true;
      }
      // "a different sort of trade war": the kind's noun
      if (r.equals("nmod") && KINDS.contains(s.lower(n)) && Trees.hasCase(s, c, "of") && notArmed(s, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cyber(String w) {
    return w.startsWith("cyber") || w.startsWith("hacker") || w.equals("hacking") || w.equals("hack") || w.equals("hacks");
  }
}
