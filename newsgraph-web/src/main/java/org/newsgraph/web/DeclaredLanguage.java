package org.newsgraph.web;

import java.util.Locale;
import java.util.Set;

/**
 * Checks the language a page declares against its article's text, for the two languages whose
 * pages most often declare the wrong one (an English article on a German site keeps the site's
 * {@code lang="de"}): when the text's function words are plainly of the other language, the
 * declaration is dropped and the language is left to be detected from the text.
 */
final class DeclaredLanguage {
  private static final Set<String> ENGLISH =
      Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "have", "from", "which", "would", "their", "it", "on");
  private static final Set<String> GERMAN =
      Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "den", "dem", "auch", "sich", "wird", "ein", "eine", "auf", "zu");
  private static final int SAMPLE = 3000;
  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

  private DeclaredLanguage() {}

  /** The declared code, or null when the text says otherwise. */
  static String check(String declared, String text) {
    if (declared == null || !(declared.equals("en") || declared.equals("de"))) {
      return declared;
    }
    int en = 0;
    int de = 0;
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    for (String word : NON_LETTERS.split(sample.toLowerCase(Locale.ROOT))) {
      if (ENGLISH.contains(word)) {
        en++;
      } else if (GERMAN.contains(word)) {
        de++;
      }
    }
    if (declared.equals("de") && en >= 5 && en > 3 * de) {
      return null;
    }
    if (declared.equals("en") && de >= 5 && de > 3 * en) {
      return null;
    }
    return declared;
  }
}
