package org.newsgraph.event;

/** Small readings of the dependency tree that more than one coder of the event package needs. */
final class Trees {
  private Trees() {}

  /** Whether the phrase headed by word n has one of the given words as its preposition ("case"). */
  static boolean hasCase(ParsedSentence s, int n, String... words) {
    for (int c : s.children(n, "case")) {
      for (String w : words) {
        if (s.lower(c).equals(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
