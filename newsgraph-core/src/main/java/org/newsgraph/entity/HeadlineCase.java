package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.text.Token;

/**
 * Undoes English headline capitalisation before recognition ("Will Erdogan Walk Away From the
 * Grain Corridor Once More?"), which taggers trained on running text read as one long name. In a
 * sentence in title case, a capitalised word is given to the tagger in lower case unless the
 * article's running text capitalises it inside a sentence ("Erdogan", "Black Sea" stay), or at the
 * start of one and never writes it in lower case: names in a headline come back in the text.
 * Without running text to learn from, only function words are lowered. Only the words the tagger sees change; offsets, and so mentions, still point into the
 * original text.
 */
final class HeadlineCase {
  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "in", "on", "at", "to", "from", "for", "with", "by", "about", "into", "over", "under",
      "after", "before", "against", "between", "through", "during", "without", "within", "amid", "as", "up", "down",
      "out", "off", "away", "and", "or", "but", "nor", "so", "yet", "if", "than", "then", "once", "more", "most", "less",
      "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "can", "could", "shall", "should", "may",
      "might", "must", "do", "does", "did", "has", "have", "had", "not", "no", "what", "who", "whom", "whose", "why",
      "how", "when", "where", "which", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
      "your", "my", "he", "she", "they", "we", "you", "them", "him", "us", "all", "any", "some", "new", "just",
      "now", "still", "again", "says", "say", "said");

  /** Words the running text writes in lower case. */
  private final Set<String> lower = new HashSet<>();
  private final Set<String> capitalisedInside = new HashSet<>();
  private final Set<String> capitalisedFirst = new HashSet<>();

  private HeadlineCase() {}

  /** Whether this language's headlines are recased: English only (German capitalises every noun). */
  static boolean appliesTo(String language) {
    return "en".equals(language);
  }

  /** Learns from the sentences that are not in title case how the article writes its words. */
  static HeadlineCase learn(List<List<Token>> sentences) {
    HeadlineCase c = new HeadlineCase();
    for (List<Token> s : sentences) {
      if (isTitleCase(s)) {
        continue;
      }
      for (int i = 0; i < s.size(); i++) {
        String w = s.get(i).word();
        if (isCapitalised(w)) {
          (i == 0 ? c.capitalisedFirst : c.capitalisedInside).add(w);
        } else if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          c.lower.add(w);
        }
      }
    }
    return c;
  }

  /** At least three words after the first, and at least 60% of those that start with a letter capitalised. */
  static boolean isTitleCase(List<Token> sentence) {
    int words = 0;
    int capitalised = 0;
    for (int i = 1; i < sentence.size(); i++) {
      String w = sentence.get(i).word();
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised >= 0.6 * words;
  }

  /** The sentence as the tagger should see it: recased if it is in title case, else unchanged. */
  List<Token> recase(List<Token> sentence) {
    if (!isTitleCase(sentence)) {
      return sentence;
    }
    boolean hasRunningText = !lower.isEmpty();
    List<Token> out = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      String w = t.word();
      String lw = w.toLowerCase(Locale.ROOT);
      boolean name = capitalisedInside.contains(w) || (capitalisedFirst.contains(w) && !lower.contains(lw));
      if (isCapitalised(w) && !name && (hasRunningText || ENGLISH_FUNCTION_WORDS.contains(lw))) {
        out.add(new Token(lw, t.start(), t.end()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Starts with a capital and goes on in lower case ("Grain", not "NATO" or "grain"). */
  private static boolean isCapitalised(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
