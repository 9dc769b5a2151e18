package org.newsgraph.text;

import java.util.List;

/** Splits a stretch of text into sentences of tokens. Implementations are thread-safe. */
public interface Tokenizer {
  /**
   * The sentences of {@code text} between {@code start} and {@code end}, each a list of tokens whose
   * offsets point into {@code text} itself.
   */
  List<List<Token>> sentences(String text, int start, int end);
}
