package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Factuality;
import org.newsgraph.model.QuadClass;
import org.newsgraph.model.Span;

class SentenceInArticleTest {
  private static final String TEXT = "Secretary of State Rex Tillerson flew to Moscow.\n\n"
      + "Tillerson  criticized Russia on Monday. Russia rejected the criticism.";

  private static Event event(String sentence, String source, String target, String code) {
    int start = TEXT.indexOf(sentence);
    return new Event(new Span(start, start + sentence.length()), source, target, code, -2.0,
        QuadClass.VERBAL_CONFLICT, null, null, null, Factuality.ASSERTED);
  }

  @Test
  void takesOnlyTheEventsOfTheSentenceFoundByItsText() {
    Event visit = event("Secretary of State Rex Tillerson flew to Moscow.", "USAGOV", "RUSGOV", "042");
    Event criticism = event("Tillerson  criticized Russia on Monday.", "USAGOV", "RUS", "111");
    Event rejection = event("Russia rejected the criticism.", "RUS", "USAGOV", "120");
    Article a = Article.builder(TEXT).events(List.of(visit, criticism, rejection)).build();
    assertEquals(List.of(criticism), SentenceInArticle.events(a, "Tillerson criticized Russia on Monday."));
    assertEquals(List.of(), SentenceInArticle.events(a, "Iran criticized Russia on Monday."));
  }

  @Test
  void aSentenceTheSegmenterSplitKeepsTheEventsOfItsParts() {
    Event criticism = event("Tillerson  criticized Russia on Monday.", "USAGOV", "RUS", "111");
    Event rejection = event("Russia rejected the criticism.", "RUS", "USAGOV", "120");
    Article a = Article.builder(TEXT).events(List.of(criticism, rejection)).build();
    assertEquals(List.of(criticism, rejection),
        SentenceInArticle.events(a, "Tillerson criticized Russia on Monday. Russia rejected the criticism."));
  }

  @Test
  void findsASentenceWhoseWhitespaceDiffers() {
    assertTrue(SentenceInArticle.occursIn(TEXT, "Tillerson criticized  Russia on Monday."));
    assertFalse(SentenceInArticle.occursIn(TEXT, "Tillerson praised Russia on Monday."));
  }
}
