package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plainer reading of an English sentence whose parse joined none of its actors: the same words
 * without brackets around the whole sentence, without an opening phrase set off by a comma before
 * the subject ("In welcoming remarks, Mr Trump thanked France"), without the second of two
 * coordinated participles ("a statement condemning Syrian hostility and affirming its support for
 * Israel") and without the preposition of time before a gerund set off by a comma ("..., after
 * urging Trump to end ..." read as "..., urging Trump"). The parser reads such sentences right once
 * shortened and misreads them whole; the words keep their offsets into the article's text.
 */
final class Shortening {
  private Shortening() {}

  /** Openings that make the rest of the sentence a condition, which the opening must keep: "If Iran attacks, ...". */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");

  /** Prepositions of time or means before a gerund: "after urging", "while visiting", "by sending". */
  private static final Set<String> BEFORE_GERUND = Set.of("after", "before", "since", "while", "upon", "when", "by");

  /** Words an opening phrase may span before its comma: a longer one is as often the sentence's own clause. */
  private static final int LONGEST_OPENING = 12;

  /** The words of the shorter sentence, or null where the sentence has nothing to leave out. */
  static List<Word> of(ParsedSentence s) {
    if (s.german) {
      return null;
    }
    boolean[] drop = new boolean[s.size()];
    int first = 0;
    int close = closingBracket(s);
    if (close > 0) {
      drop[0] = true;
      drop[close] = true;
      first = 1;
    }
    int comma = openingComma(s, first);
    for (int i = first; i <= comma; i++) {
      drop[i] = true;
    }
    for (int i = 0; i < s.size(); i++) {
      if (secondParticiple(s, i)) {
        int[] e = s.extent(i);
        int from = e[0] > 0 && s.lower(e[0] - 1).equals(",") ? e[0] - 1 : e[0];
        for (int j = from; j <= e[1]; j++) {
          drop[j] = true;
        }
      }
      if (i > 0 && i + 1 < s.size() && s.lower(i - 1).equals(",") && BEFORE_GERUND.contains(s.lower(i)) && s.tag(i + 1).equals("VBG")) {
        drop[i] = true;
      }
    }
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (!drop[i]) {
        out.add(s.words.get(i));
      }
    }
    return out.size() == s.size() || out.size() < 3 ? null : out;
  }

  /** The ")" that closes a "(" opening the sentence at its end (before a last stop), or -1. */
  private static int closingBracket(ParsedSentence s) {
    int last = s.size() - 1;
    if (last > 0 && Set.of(".", "!", "?").contains(s.lower(last)) && s.lower(last - 1).equals(")")) {
      last--;
    }
    if (!s.lower(0).equals("(") || !s.lower(last).equals(")")) {
      return -1;
    }
    for (int i = 1; i < last; i++) {
      if (s.lower(i).equals("(") || s.lower(i).equals(")")) {
        return -1; // brackets inside: the first one may close before the end
      }
    }
    return last;
  }

  /**
   * The comma that ends a phrase opening the sentence at word first: a prepositional phrase ("In the
   * House of Commons on Monday,"), an adverb's or a participle's ("Speaking in Moscow,"), where at
   * least a clause of four words follows; else -1.
   */
  private static int openingComma(ParsedSentence s, int first) {
    String tag = s.tag(first);
    boolean opening = (tag.equals("IN") && !CONDITIONS.contains(s.lower(first))) || tag.startsWith("RB")
        || tag.equals("VBG") || tag.equals("VBN");
    if (!opening) {
      return -1;
    }
    for (int i = first + 1; i <= first + LONGEST_OPENING && i < s.size(); i++) {
      if (s.lower(i).equals(",")) {
        return s.size() - i > 4 ? i : -1;
      }
    }
    return -1;
  }

  /** Whether word i is a participle coordinated with an earlier one: "condemning ... and affirming ...". */
  private static boolean secondParticiple(ParsedSentence s, int i) {
    int h = s.head(i);
    return s.relation(i).equals("conj") && h >= 0 && h < i
        && (s.tag(i).equals("VBG") && s.tag(h).equals("VBG") || s.tag(i).equals("VBN") && s.tag(h).equals("VBN"));
  }
}
