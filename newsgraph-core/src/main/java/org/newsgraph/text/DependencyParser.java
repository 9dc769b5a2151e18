package org.newsgraph.text;

import java.util.List;

/**
 * Parses a sentence into part-of-speech tags and a dependency tree in Universal Dependencies. An
 * engine module (newsgraph-corenlp) implements it; core only reads the result.
 */
public interface DependencyParser {
  /**
   * The parse of one sentence. {@code words} are the tokens as the caller split them (treebank
   * style: "n't" and "'s" apart); the parse has one {@link Node} per word, in order.
   */
  List<Node> parse(List<String> words);

  /**
   * One word of a parse.
   *
   * @param tag its part of speech as the engine's tagger gives it (Penn Treebank for English,
   *     Universal POS for German)
   * @param head the index of its head word, -1 for the root
   * @param relation the Universal Dependencies relation to the head ({@code nsubj}, {@code
   *     obl:agent}, {@code conj}), lower case, {@code root} for the root
   */
  record Node(String tag, int head, String relation) {}
}
