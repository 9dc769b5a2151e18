package org.newsgraph.relevance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Factuality;
import org.newsgraph.model.QuadClass;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;
import org.newsgraph.testing.Built;
import org.newsgraph.testing.FakeEmbedder;

class TopicRelevanceTest {
  private static final String BACKGROUND =
      "Rotterdam's dockworkers last struck in 2016, when the union won a guarantee against job cuts "
          + "from automation at the port's container terminals.";
  private static final String FILLER =
      "Households will need a separate container for glass and paper from next spring, the municipal "
          + "waste department announced, and collection fees will rise.";

  private static Built strike() {
    return new Built()
        .segment(SegmentKind.HEADLINE, "Rotterdam dockworkers strike over automated cranes")
        .segment(SegmentKind.LEAD, "Dockworkers at the port of Rotterdam walked out on Tuesday, halting container traffic.")
        .segment(SegmentKind.BODY, "The union says the automated cranes will cost hundreds of dockworkers their jobs at the port.")
        .segment(SegmentKind.BODY, "Port management offered to retrain dockworkers, but the union rejected the offer and the strike goes on.")
        .segment(SegmentKind.CREDIT, "Source: harbour-times.example")
        .segment(SegmentKind.APPENDIX, BACKGROUND)
        .segment(SegmentKind.APPENDIX, FILLER);
  }

  @Test
  void appendedBackgroundBelongsAndKeywordFillerDoesNot() {
    Article a = new TopicRelevance(new FakeEmbedder()).apply(strike().entity("Q34370", 0.9, "Rotterdam").build());
    Segment background = segment(a, BACKGROUND);
    Segment filler = segment(a, FILLER);
    assertFalse(background.offTopic(), "relevance " + background.relevance());
    assertTrue(filler.offTopic(), "relevance " + filler.relevance());
    assertTrue(background.relevance() > filler.relevance() + 0.2);
    for (Segment s : a.segments()) {
      assertTrue(s.relevance() != null && (s.kind() == SegmentKind.APPENDIX || !s.offTopic()), a.textOf(s));
    }
  }

  @Test
  void namingTheArticlesActorsRaisesTheScoreAcrossLanguages() {
    String named = "In Rotterdam legten die Hafenarbeiter schon einmal die Arbeit nieder.";
    String unnamed = "In Antwerpen legten die Hafenarbeiter schon einmal die Arbeit nieder.";
    Article a = strike().segment(SegmentKind.APPENDIX, named).segment(SegmentKind.APPENDIX, unnamed)
        .entity("Q34370", 0.9, "Rotterdam").build();
    ArticleTopic topic = ArticleTopic.of(a, new FakeEmbedder());
    ArticleTopic.Fit[] f = topic.fit(List.of(named, unnamed), List.of(List.of(), List.of()));
    double[] s = {f[0].score(), f[1].score()};
    assertTrue(s[0] > s[1] + 0.1, s[0] + " vs " + s[1]);
  }

  @Test
  void aPairThatActsOnEachOtherWeighsMoreThanTwoActorsApart() {
    Built b = new Built()
        .segment(SegmentKind.HEADLINE, "Talks on the northern quay")
        .segment(SegmentKind.BODY, "Valdoria asked for naval escorts for its ships.")
        .segment(SegmentKind.BODY, "Ostmark said it was weighing its answer to the request.")
        .entity("Q1", 0.8, "Valdoria")
        .entity("Q2", 0.8, "Ostmark")
        .entity("Q3", 1.0, "northern quay");
    String fact = "Valdoria and Ostmark signed a treaty of friendship.";
    List<List<String>> about = List.of(List.of("Q1", "Q2"));
    double apart = ArticleTopic.of(b.build(), new FakeEmbedder()).fit(List.of(fact), about)[0].score();
    Article withEvent = b.builder()
        .events(List.of(new Event(new Span(0, 10), "VAL", "OST", "0233", 3.0, QuadClass.VERBAL_COOPERATION, "e1", "e2", null, Factuality.ASSERTED)))
        .build();
    double acting = ArticleTopic.of(withEvent, new FakeEmbedder()).fit(List.of(fact), about)[0].score();
    assertTrue(acting > apart + 0.05, acting + " vs " + apart);
  }

  @Test
  void aHugeInputIsEmbeddedOnlyUpToTheBudget() {
    Built b = new Built().segment(SegmentKind.HEADLINE, "Harbour statistics for the year");
    String paragraph = "The harbour authority counted ships and cargo on every quay of the port again. ".repeat(13);
    int n = ArticleTopic.BUDGET / paragraph.length() + 20;
    for (int i = 0; i < n; i++) {
      b.segment(SegmentKind.BODY, paragraph);
    }
    Article a = new TopicRelevance(new FakeEmbedder()).apply(b.build());
    assertTrue(a.segments().get(1).relevance() != null);
    assertTrue(a.segments().get(n).relevance() == null, "beyond the budget");
  }

  private static Segment segment(Article a, String text) {
    return a.segments().stream().filter(s -> a.textOf(s).equals(text)).findFirst().orElseThrow();
  }
}
