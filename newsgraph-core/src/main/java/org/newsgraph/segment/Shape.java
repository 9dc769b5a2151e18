package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a paragraph looks like: its words, its punctuation, its capitalisation. */
final class Shape {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final String CLOSERS = "\"'”’“»«)]";

  final String text;
  final List<String> words;

  Shape(String text) {
    this.text = text;
    this.words = words(text);
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  int wordCount() {
    return words.size();
  }

  /** The last character that is not a closing quote or bracket. */
  static char lastMark(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 ? ' ' : text.charAt(i);
  }

  static boolean endsSentence(String text) {
    char c = lastMark(text);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
  }

  boolean endsWithPeriod() {
    char c = lastMark(text);
    return c == '.' || c == '…' || c == ';';
  }

  boolean endsWithQuestion() {
    return lastMark(text) == '?';
  }

  /**
   * Running text: a finished sentence of some length, or simply long. Headlines, subheadings,
   * teasers and credit lines are not.
   */
  boolean isProse() {
    int n = wordCount();
    if (n >= 30) {
      return true;
    }
    char c = lastMark(text);
    if (c == '.' || c == '!' || c == '…') {
      return n >= 6;
    }
    return c == '?' && n >= 16;
  }

  /** Short and without a full stop: what headlines look like. */
  boolean isHeadlineLike() {
    return wordCount() >= 1 && wordCount() <= 30 && !endsWithPeriod();
  }

  /**
   * Share of words of four or more letters after the first that start with a capital letter.
   * English headlines in title case score high; English sentences low. German capitalises nouns,
   * so callers use this for English only.
   */
  double titleCaseShare() {
    int long4 = 0;
    int capital = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        long4++;
        if (Character.isUpperCase(w.charAt(0))) {
          capital++;
        }
      }
    }
    return long4 == 0 ? 0 : (double) capital / long4;
  }

  int longWords() {
    int n = 0;
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).length() >= 4) {
        n++;
      }
    }
    return n;
  }
}
