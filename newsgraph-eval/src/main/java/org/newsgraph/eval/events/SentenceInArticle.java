package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;

/**
 * The events an analysed article codes in one of its sentences, found by the sentence's text: a
 * hand-coded sentence is scored within its whole article, as the product meets it, so that a
 * surname, "the administration" or a country named earlier is known to the entity stages as a
 * reader of the article knows it. Whitespace runs count as one space, as in the gold's text.
 */
public final class SentenceInArticle {
  private SentenceInArticle() {}

  /** Whether {@code sentence} occurs in {@code text}, whitespace runs as one space. */
  public static boolean occursIn(String text, String sentence) {
    return normal(text).contains(normal(sentence));
  }

  /**
   * The events of {@code analysed} whose sentence span holds {@code sentence}, or lies inside it
   * (a sentence the pipeline's segmenter split in two).
   */
  public static List<Event> events(Article analysed, String sentence) {
    String wanted = normal(sentence);
    List<Event> out = new ArrayList<>();
    for (Event e : analysed.events() == null ? List.<Event>of() : analysed.events()) {
      String spanned = normal(e.span().of(analysed.text()));
      if (!spanned.isEmpty() && (spanned.contains(wanted) || wanted.contains(spanned))) {
        out.add(e);
      }
    }
    return out;
  }

  private static String normal(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
