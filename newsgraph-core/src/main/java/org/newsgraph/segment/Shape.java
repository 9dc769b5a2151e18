package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a paragraph looks like: its words, its punctuation, its capitalisation. */
final class Shape {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final String CLOSERS = "\"'”’“»«)]";
  /** A time stamp of a live blog or ticker: "14:05 GMT", "+++ 16:40 Uhr +++", "12.03., 9.15 Uhr". */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[+*#•|–—\\s-]*(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?,?\\s*)?\\d{1,2}[:.]\\d{2}"
              + "(?:\\s*(?:Uhr|h|[A-Z]{2,4}|[ap]\\.?m\\.?))?[+*#•|–—\\s-]*");

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

  /** Time stamps head the entries of a live blog. */
  boolean isTimestamp() {
    return TIMESTAMP.matcher(text).matches();
  }

  /**
   * The words of five or more letters, cut to their first five, so that "Radwege" meets "Radweg"
   * and "retailers" meets "Retail": what a line can share with the rest of the text.
   */
  Set<String> stems() {
    Set<String> stems = new HashSet<>();
    for (String w : words) {
      if (w.length() >= 5 && Character.isLetter(w.charAt(0))) {
        stems.add(w.substring(0, 5).toLowerCase(Locale.ROOT));
      }
    }
    return stems;
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
   * Running text: a finished sentence of some length, or simply long, or a sentence that leads
   * into a quote or a list with a colon. Headlines, subheadings, teasers and credit lines are not.
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
    return (c == '?' && n >= 16) || (c == ':' && n >= 10);
  }

  /** Short and without a full stop: what headlines look like. */
  boolean isHeadlineLike() {
    return wordCount() >= 1 && wordCount() <= 30 && !endsWithPeriod();
  }

  /** English title case: "More Than 400 Ships Stuck". German capitalises nouns; English only. */
  boolean isTitleCase() {
    return longWords() >= 3 && titleCaseShare() >= 0.75;
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
