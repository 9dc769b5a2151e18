package org.newsgraph.eval.quotes;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * One attribution of the gold standard: its content, source and cue, each possibly in pieces.
 *
 * @param direct whether the content, trimmed of white space, begins or ends with a quotation mark
 *     (the definition this evaluation uses for direct speech; mixed quotes that end in a quotation
 *     count as direct)
 */
record GoldQuote(List<Span> content, List<Span> source, List<Span> cue, boolean direct) {
  static final String MARKS = "\"“”„‟«»‹›'‘’‚`";

  static boolean isDirect(String text, List<Span> content) {
    StringBuilder b = new StringBuilder();
    for (Span s : content) {
      b.append(s.of(text));
    }
    String c = b.toString().strip();
    return !c.isEmpty() && (MARKS.indexOf(c.charAt(0)) >= 0 || MARKS.indexOf(c.charAt(c.length() - 1)) >= 0);
  }

  int length() {
    return content.stream().mapToInt(Span::length).sum();
  }
}
