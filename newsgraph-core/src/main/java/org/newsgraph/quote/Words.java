package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Span;

/**
 * The words and punctuation of a stretch of text, with their offsets: what the cue lexicon and the
 * speaker finder read. A word keeps inner apostrophes and hyphens (Trump’s, Ko-Vorsitzende) and
 * the period of an abbreviation or initial (Sen., U.S., F.); every other character that is not
 * white space is a token of its own.
 */
final class Words {
  /** One token. {@code lower} is its text in lower case, with ’ written as '. */
  record Token(int start, int end, String text, String lower) {
    Span span() {
      return new Span(start, end);
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    /** Letters and no lower case: a label or shouted word ("PENCE", "U.S."). */
    boolean isAllCaps() {
      boolean letter = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letter |= Character.isLetter(c);
      }
      return letter;
    }

    boolean isLower() {
      return Character.isLowerCase(text.charAt(0));
    }

    boolean is(String s) {
      return lower.equals(s);
    }

    boolean isPunct(char c) {
      return text.length() == 1 && text.charAt(0) == c;
    }

    /** Whether this is a quotation mark. */
    boolean isMark() {
      return text.length() == 1 && QuoteMarks.isMark(text.charAt(0));
    }

    /** "Trump’s", "Clinton's", "Sanders’" as a possessive. */
    boolean isPossessive() {
      return lower.endsWith("'s") && lower.length() > 2;
    }
  }

  private Words() {}

  static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00ad') {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '‐' || d == '.' || d == '&' || d == ',' && Character.isDigit(text.charAt(j - 1)))
              && j + 1 < to
              && Character.isLetterOrDigit(text.charAt(j + 1))
              && !(d == ',' && !Character.isDigit(text.charAt(j + 1)))
              && !(d == '.' && Character.isUpperCase(text.charAt(j + 1)) && Character.isLowerCase(text.charAt(j - 1)))) {
            j += 2;
          } else {
            break;
          }
        }
        // the period of an abbreviation or an initial belongs to the word
        if (j < to && text.charAt(j) == '.' && isAbbreviation(text.substring(i, j))) {
          j++;
        }
        out.add(token(text, i, j));
        i = j;
      } else {
        out.add(token(text, i, i + 1));
        i++;
      }
    }
    return out;
  }

  private static Token token(String text, int start, int end) {
    String t = text.substring(start, end);
    return new Token(start, end, t, t.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  private static boolean isAbbreviation(String w) {
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      return true; // an initial
    }
    if (w.indexOf('.') > 0) {
      return true; // U.S, z.B
    }
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "sens",
          "reps", "st", "jr", "sr", "rev", "adm", "cmdr", "supt", "fr", "hr", "nr", "bzw", "ca", "inc", "corp", "co",
          "ltd", "vs" -> true;
      default -> false;
    };
  }
}
