package org.newsgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;

/** Single rules of the segmenter; the test articles check them together. */
class SegmenterTest {
  private final Segmenter segmenter = new Segmenter();

  private String kinds(String language, String... lines) {
    Article a = segmenter.apply(Article.builder(String.join("\n", lines)).language(language).build());
    return String.join(" ", a.segments().stream().map(s -> s.kind().label()).toList());
  }

  @Test
  void aPictureCreditEarlyOnDoesNotEndTheArticle() {
    assertEquals(
        "headline lead credit body body body",
        kinds(
            "en",
            "Harbour reopens after storm",
            "The harbour reopened on Monday after three days of closure, the port authority said.",
            "(Thomas Peter/Reuters)",
            "Ferries resumed their normal timetable in the afternoon, and the first cargo ship of the week berthed shortly after six in the evening, ahead of a backlog of eleven vessels.",
            "Port workers spent the weekend clearing debris from the quays and checking the cranes for damage, which the authority said had been slight across all three terminals.",
            "Fishermen, who had kept their boats in the inner basin during the storm, said they would go out again on Tuesday if the forecast held."));
  }

  @Test
  void aCreditLineAfterTheTextEndsTheArticle() {
    assertEquals(
        "headline lead body credit appendix",
        kinds(
            "de",
            "Hafen wieder geöffnet",
            "Der Hafen ist nach drei Tagen Sperrung wieder geöffnet worden, teilte die Hafenbehörde am Montag mit.",
            "Die Fähren fahren seit dem Nachmittag wieder nach dem regulären Fahrplan.",
            "(dpa)",
            "Der Hafen gehört zu den größten an der Ostseeküste."));
  }

  @Test
  void aSentenceThatLeadsIntoAListIsText() {
    assertEquals(
        "headline lead body body",
        kinds(
            "en",
            "Council sets out its budget",
            "The council published its budget for next year on Tuesday, with cuts in three departments.",
            "The main changes, according to the finance committee, are the following three:",
            "Libraries lose two mobile vans, parks lose a ranger post and the youth service closes one of its four centres."));
  }

  @Test
  void aWordOfPromotionsInsideAQuestionIsNoAdvert() {
    assertEquals(
        "headline lead subheading body",
        kinds(
            "de",
            "Die Wahl im Norden",
            "Die Partei liegt in den Umfragen zwei Wochen vor der Wahl deutlich hinter der Konkurrenz.",
            "Kann die Partei die Wahl noch gewinnen?",
            "Die Parteiführung setzt auf die letzten Tage und auf die Briefwähler."));
  }

  @Test
  void timestampsHeadLiveBlogEntriesEvenRightUnderTheHeadline() {
    assertEquals(
        "headline subheading lead subheading body",
        kinds(
            "en",
            "Election night as it happened",
            "22:40 BST",
            "The first result is in from Sunderland, where the turnout was lower than five years ago.",
            "22:15 BST",
            "Polls have closed and the counting has started in all constituencies."));
  }

  @Test
  void anArticleThatAReaderSegmentedPassesUnchanged() {
    Article a =
        Article.builder("Headline\nText.")
            .segments(List.of(new Segment(SegmentKind.HEADLINE, new Span(0, 8)), new Segment(SegmentKind.BODY, new Span(9, 14))))
            .build();
    assertSame(a, segmenter.apply(a));
  }
}
