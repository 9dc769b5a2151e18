package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark of a sentence with its offsets. {@code lower} is its text in lower
 * case with ’ written as '; "n't" and a possessive "'s" are words of their own, as in treebanks.
 */
record Word(int start, int end, String text, String lower) {

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  /** The words and punctuation of text[from, to). */
  static List<Word> tokenize(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00ad') {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        out.add(word(text, i, i + 1));
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        boolean joiner = (d == '\'' || d == '’' || d == '-' || d == '.') && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1));
        if (Character.isLetterOrDigit(d) || joiner) {
          j++;
        } else {
          break;
        }
      }
      // "U.S." keeps its final period
      if (j < to && text.charAt(j) == '.' && text.substring(i, j).matches("\\p{L}(\\.\\p{L})+")) {
        j++;
      }
      String w = text.substring(i, j).replace('’', '\'');
      String lw = w.toLowerCase(Locale.ROOT);
      if (lw.endsWith("n't") && lw.length() > 3) {
        out.add(word(text, i, j - 3));
        out.add(word(text, j - 3, j));
      } else if (lw.endsWith("'s") && lw.length() > 2) {
        out.add(word(text, i, j - 2));
        out.add(word(text, j - 2, j));
      } else {
        out.add(word(text, i, j));
      }
      i = j;
    }
    return out;
  }

  private static Word word(String text, int start, int end) {
    String t = text.substring(start, end);
    return new Word(start, end, t, t.replace('’', '\'').toLowerCase(Locale.ROOT));
  }
}
