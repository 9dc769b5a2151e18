package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.text.DependencyParser.Node;

/** A sentence's words with their dependency parse, and the children of each word. */
final class ParsedSentence {
  final List<Word> words;
  final List<Node> nodes;
  final boolean german;
  private final List<List<Integer>> children;

  ParsedSentence(List<Word> words, List<Node> nodes, boolean german) {
    if (words.size() != nodes.size()) {
      throw new IllegalArgumentException("a parse of " + nodes.size() + " nodes for " + words.size() + " words");
    }
    this.words = words;
    this.nodes = german ? GermanCase.read(words, nodes) : nodes;
    this.german = german;
    this.children = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < this.nodes.size(); i++) {
      int h = this.nodes.get(i).head();
      if (h >= 0 && h < words.size() && h != i) {
        children.get(h).add(i);
      }
    }
  }

  int size() {
    return words.size();
  }

  String lower(int i) {
    return words.get(i).lower();
  }

  String tag(int i) {
    return nodes.get(i).tag();
  }

  int head(int i) {
    return nodes.get(i).head();
  }

  /** The relation to the head without its subtype ("obl" for "obl:agent"). */
  String relation(int i) {
    String r = nodes.get(i).relation();
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  String fullRelation(int i) {
    return nodes.get(i).relation();
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The children of i with the given relation (with or without a subtype). */
  List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (relation(c).equals(relation) || fullRelation(c).equals(relation)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether word i is a verb (or a German auxiliary that acts as the main verb). */
  boolean isVerb(int i) {
    String t = tag(i);
    return german ? t.equals("VERB") || t.startsWith("VV") : t.startsWith("VB");
  }

  /**
   * Whether word i is a gerund clause set off by a comma that the parser hung on a verb as a bare
   * dependent, as it does with participial clauses of manner ("went on to use fiery rhetoric, accusing
   * Tokyo of ..."); without the comma it is as often the verb's object ("raised investigating Biden").
   */
  boolean isBareGerund(int i) {
    int h = head(i);
    int before = extent(i)[0] - 1;
    if (before > 0 && Set.of("\"", "”", "'").contains(lower(before))) {
      before--; // "... a good deal,” threatening to ..."
    }
    // under another gerund it is as often a misread phrase ("criticised China following North Korea's
    // test, condemning it": "China following" read as a clause)
    return !german && relation(i).equals("dep") && tag(i).equals("VBG") && h >= 0 && isVerb(h) && !tag(h).equals("VBG")
        && before >= 0 && Set.of(",", "—", "–").contains(lower(before));
  }

  /** The first and last word of i's subtree. */
  int[] extent(int i) {
    int[] e = {i, i};
    extend(i, e, 0);
    return e;
  }

  private void extend(int i, int[] e, int depth) {
    if (depth > size()) {
      return; // a cycle in a broken parse
    }
    for (int c : children.get(i)) {
      e[0] = Math.min(e[0], c);
      e[1] = Math.max(e[1], c);
      extend(c, e, depth + 1);
    }
  }
}
