package org.newsgraph.event;

import java.util.Set;

/**
 * Documents that act for whoever issued them ("Trump's order barred ...", "a resolution that
 * declared settlements illegal"), and their author where the sentence names it outside the
 * document's own phrase: in a participle's "by"-phrase ("the decree, issued by Moscow, barred ..."),
 * or, for an entry ban, as the state whose entry it bars ("the order barred people from seven
 * countries from entering the US": only the state whose border it is can bar entry to it). A
 * document with no author named ("the new law bans imports") acts for no one.
 */
final class Documents {
  /** Nouns of documents: "an executive order that imposed a ban". */
  static final Set<String> NOUNS = Set.of(
      "order", "orders", "resolution", "resolutions", "decree", "directive", "law", "bill", "legislation",
      "measure", "statement", "declaration", "proclamation", "memorandum", "ruling",
      "anordnung", "dekret", "erlass", "gesetz", "erklärung");
  /** Participles by which a document's phrase names its author with "by": "the decree issued by Moscow". */
  private static final Set<String> AUTHORED = Set.of(
      "issued", "signed", "adopted", "passed", "approved", "drafted", "introduced", "sponsored", "written", "enacted",
      "proposed", "authored", "unveiled", "declared");
  /** Gerunds of entry, after "from", whose object is the state an entry ban guards: "from entering the US". */
  private static final Set<String> ENTRIES = Set.of("entering", "visiting");
  /** CAMEO's class of bans on entry and travel (172, "impose restrictions on freedoms"). */
  private static final String ENTRY_BAN = "172";

  private Documents() {}

  /**
   * The word whose actor authored the document that is the subject of v, coded as {@code code}, where
   * the sentence names it outside the document's phrase: the "by"-phrase of an authoring participle,
   * else, for an entry ban, the object of "from entering"; -1 where v's subject is no document or its
   * author is not named so.
   */
  static int author(ParsedSentence s, int v, String code) {
    for (int d : s.children(v, "nsubj")) {
      if (!NOUNS.contains(s.lower(d))) {
        continue;
      }
      for (int p : s.children(d)) {
        if (s.relation(p).equals("acl") && AUTHORED.contains(s.lower(p))) {
          for (int by : s.children(p, "obl")) {
            if (s.children(by, "case").stream().anyMatch(c -> s.lower(c).equals("by"))) {
              return by;
            }
          }
        }
      }
      if (code.startsWith(ENTRY_BAN)) {
        return enteredState(s, v);
      }
    }
    return -1;
  }

  /**
   * The object of "from entering" in v's clause ("barred people from Iran from entering the US"), read
   * from the words, as the parser hangs the gerund on the verb or on its object alike; -1 where none.
   */
  private static int enteredState(ParsedSentence s, int v) {
    int[] extent = s.extent(v);
    for (int i = v + 2; i <= extent[1]; i++) {
      if (ENTRIES.contains(s.lower(i)) && s.lower(i - 1).equals("from")) {
        // "from entering Canada" may be read with the gerund as an adjective of the name
        if (s.relation(i).equals("amod") && s.head(i) > i) {
          return s.head(i);
        }
        for (int o : s.children(i, "obj")) {
          return o;
        }
      }
    }
    return -1;
  }
}
