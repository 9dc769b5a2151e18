package org.newsgraph.eval.ner;

import java.util.List;

/**
 * One sentence of a CoNLL-style column file.
 *
 * @param before lines before its tokens that are no tokens: {@code -DOCSTART-} lines, GermEval's
 *     {@code #} lines
 * @param lines the token lines as read
 * @param words the tokens
 * @param gold the gold tags in IOB2 over PER, ORG, LOC, MISC ({@code O} outside)
 */
public record ConllSentence(List<String> before, List<String> lines, List<String> words, List<String> gold) {
  public ConllSentence {
    before = List.copyOf(before);
    lines = List.copyOf(lines);
    words = List.copyOf(words);
    gold = List.copyOf(gold);
    if (lines.size() != words.size() || words.size() != gold.size()) {
      throw new IllegalArgumentException("lines, words and tags differ in number");
    }
  }

  public int size() {
    return words.size();
  }
}
