package org.newsgraph.text;

/**
 * A token: the word as a tagger should see it and its span [start, end) in the original text. The
 * word may differ from the text it covers where a tokenizer normalises (quotes, for instance).
 */
public record Token(String word, int start, int end) {
  public Token {
    if (word == null || word.isEmpty()) {
      throw new IllegalArgumentException("empty token");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }
}
