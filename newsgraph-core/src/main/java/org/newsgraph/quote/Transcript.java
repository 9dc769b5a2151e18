package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Span;
import org.newsgraph.quote.Words.Token;

/**
 * The turns of an interview transcript: paragraphs that open with a speaker's label and a colon,
 * as news sites print exchanges ("PENCE: Well, look, ...", "WALLACE: ...", "Chris Matthews: ...",
 * "Frage: ..."), also where each paragraph opens with a quotation mark (a transcript quoted
 * whole). A label in capitals is a turn wherever it stands; a label in ordinary case only inside
 * an exchange, where at least two different labels open paragraphs and one of them comes back
 * ("Matthews:", "Lopez:", "Matthews:"), so that a headline such as "Paul Ryan: FBI decision defies
 * explanation" stays a line of its own.
 */
final class Transcript {
  /** Labels of the two sides of an interview, which name nobody by themselves. */
  private static final Set<String> ROLES = Set.of("q", "a", "question", "answer", "frage", "antwort", "f");

  /** The most paragraphs from one turn to the next in ordinary case: further apart, two labelled lines are no exchange. */
  static final int MAX_GAP = 3;

  /** The most words a label has ("JAKE TAPPER", "Alex Seitz-Wald"). */
  private static final int MAX_LABEL_WORDS = 4;

  /**
   * One turn: the paragraph it opens ({@code para}), the label as written, the colon after it,
   * and its first token after the colon; {@code role} where the label names a side of an
   * interview only ("Q", "Antwort"), which marks where a turn ends but is no speaker's.
   */
  record Turn(int para, Span label, Span colon, int contentStart, boolean role, boolean firstPerson) {}

  /** Words of someone speaking for themselves or to someone: what a turn says and a list's line does not. */
  private static final Set<String> PERSONAL =
      Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "us", "our", "you", "you're", "your",
          "ich", "mich", "mir", "mein", "meine", "wir", "uns", "unser", "unsere");

  private static boolean speaks(List<Token> t, int from) {
    for (int i = from; i < t.size(); i++) {
      if (PERSONAL.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private Transcript() {}

  /**
   * The turns among the paragraphs, given the tokens of each paragraph's first sentence (null
   * where a paragraph has none).
   */
  static List<Turn> turns(String text, List<List<Token>> firstSentences, SpeakerFinder speakers) {
    List<Turn> caps = new ArrayList<>();
    List<Turn> mixed = new ArrayList<>();
    for (int p = 0; p < firstSentences.size(); p++) {
      List<Token> t = firstSentences.get(p);
      if (t == null) {
        continue;
      }
      int from = !t.isEmpty() && t.get(0).isMark() ? 1 : 0;
      int colon = from;
      while (colon < t.size() && colon - from < MAX_LABEL_WORDS && t.get(colon).isWord()) {
        colon++;
      }
      if (colon == from || colon + 1 >= t.size() || !t.get(colon).isPunct(':') || t.get(colon).start() != t.get(colon - 1).end()) {
        continue;
      }
      if (words(t, colon + 1) < 2) {
        continue; // "Clinton: 547."
      }
      boolean role = colon - from == 1 && ROLES.contains(t.get(from).lower());
      Turn turn = new Turn(p, new Span(t.get(from).start(), t.get(colon - 1).end()), t.get(colon).span(), colon + 1, role, speaks(t, colon + 1));
      if (allUpper(t, from, colon) && !role) {
        caps.add(turn);
      } else if (capitalised(t, from, colon, speakers) || role) {
        mixed.add(turn);
      }
    }
    List<Turn> out = new ArrayList<>(caps);
    int from = 0;
    for (int i = 1; i <= mixed.size(); i++) {
      if (i == mixed.size() || mixed.get(i).para() - mixed.get(i - 1).para() > MAX_GAP) {
        List<Turn> run = mixed.subList(from, i);
        if (isExchange(text, run)) {
          out.addAll(run);
        }
        from = i;
      }
    }
    out.sort(java.util.Comparator.comparingInt(Turn::para));
    return out;
  }

  /**
   * At least two different labels, and one of them twice: people taking turns; or three turns at
   * least, most of them in the first or second person: people answering one after another.
   */
  private static boolean isExchange(String text, List<Turn> turns) {
    Map<String, Integer> counts = new HashMap<>();
    int personal = 0;
    for (Turn t : turns) {
      counts.merge(lastWord(t.label().of(text)), 1, Integer::sum);
      personal += t.firstPerson() ? 1 : 0;
    }
    return counts.size() >= 2 && (counts.values().stream().anyMatch(n -> n >= 2) || turns.size() >= 3 && personal * 2 > turns.size());
  }

  /**
   * The name an earlier line gives a label that is a surname or a name in capitals ("Chris
   * Wallace" for "WALLACE", "Jake Tapper" for "JAKE TAPPER"): the last run of capitalised words
   * before the label that ends in the label's last word; null where there is none, or where the
   * label is written as that name already.
   */
  static Span nameBefore(String text, Span label, List<List<Token>> sentencesBefore, SpeakerFinder speakers) {
    String labelText = label.of(text);
    String last = lastWord(labelText);
    Span best = null;
    for (List<Token> t : sentencesBefore) {
      for (int i = 0; i < t.size(); i++) {
        Token w = t.get(i);
        if (w.start() >= label.start() || !w.isWord() || !w.isCapitalized() || !w.lower().equals(last) || w.isAllCaps() && w.text().length() > 1) {
          continue;
        }
        int from = i;
        while (from > 0 && t.get(from - 1).isWord() && t.get(from - 1).isCapitalized() && !speakers.isStop(t.get(from - 1))
            && !speakers.isDeterminer(t.get(from - 1)) && !speakers.isTitle(t.get(from - 1)) && !speakers.isRole(t.get(from - 1))) {
          from--;
        }
        Span name = new Span(t.get(from).start(), w.end());
        if (from < i || labelText.equals(labelText.toUpperCase(Locale.ROOT))) {
          best = name;
        }
      }
    }
    return best == null || best.of(text).equals(labelText) ? null : best;
  }

  private static int words(List<Token> t, int from) {
    int n = 0;
    for (int i = from; i < t.size(); i++) {
      n += t.get(i).isWord() ? 1 : 0;
    }
    return n;
  }

  private static boolean allUpper(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!t.get(i).isAllCaps() || t.get(i).text().length() < 2) {
        return false;
      }
    }
    return true;
  }

  /** Capitalised words that could be a name: no determiner, pronoun or other word of the sentence's grammar. */
  private static boolean capitalised(List<Token> t, int from, int to, SpeakerFinder speakers) {
    Set<String> seen = new HashSet<>();
    for (int i = from; i < to; i++) {
      Token w = t.get(i);
      if (!w.isCapitalized() || speakers.isStop(w) || speakers.isDeterminer(w) || !seen.add(w.lower())) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String label) {
    String[] w = label.strip().split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
