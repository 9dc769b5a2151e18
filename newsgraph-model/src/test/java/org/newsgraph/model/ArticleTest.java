package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static final String TEXT = "Storm closes port\nThe port closed.\nRead more: Ferries\nIt reopens Monday.";

  private static Article segmented() {
    return Article.builder(TEXT)
        .segments(
            List.of(
                new Segment(SegmentKind.HEADLINE, new Span(0, 17)),
                new Segment(SegmentKind.LEAD, new Span(18, 34)),
                new Segment(SegmentKind.TEASER, new Span(35, 53)),
                new Segment(SegmentKind.BODY, new Span(54, 72))))
        .build();
  }

  @Test
  void bodyIsLeadBodyAndSubheadingsJoinedByBlankLines() {
    assertEquals("The port closed.\n\nIt reopens Monday.", segmented().body());
  }

  @Test
  void titleFallsBackToHeadlineSegmentButPrefersMetadata() {
    assertEquals("Storm closes port", segmented().title());
    assertEquals("Port closed", segmented().toBuilder().title("Port closed").build().title());
    assertNull(Article.builder(TEXT).build().title());
  }

  @Test
  void toBuilderKeepsEveryField() {
    Article a =
        segmented().toBuilder().input("a.txt").reader("text").url("https://example.org/a").published("2024-01-02")
            .language("en").credit(new Credit("Example", List.of("A B"), List.of("dpa"))).build();
    Article copy = a.toBuilder().build();
    assertEquals(a.input(), copy.input());
    assertEquals(a.url(), copy.url());
    assertEquals(a.published(), copy.published());
    assertEquals(a.language(), copy.language());
    assertEquals(a.credit(), copy.credit());
    assertEquals(a.segments(), copy.segments());
  }

  @Test
  void spansMustLieInsideTheText() {
    assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    assertThrows(
        IllegalArgumentException.class,
        () -> Article.builder("short").segments(List.of(new Segment(SegmentKind.BODY, new Span(0, 6)))));
  }

  @Test
  void kindsHaveLowerCaseLabels() {
    for (SegmentKind kind : SegmentKind.values()) {
      assertEquals(kind, SegmentKind.fromLabel(kind.label()));
    }
    assertEquals("appendix", SegmentKind.APPENDIX.label());
  }

  @Test
  void thePublishedDayIsReadFromADateOrADateTime() {
    assertEquals(LocalDate.of(2024, 1, 2), Article.builder("x").published("2024-01-02T09:30:00Z").build().publishedDay());
    assertEquals(LocalDate.of(2024, 1, 2), Article.builder("x").published("2024-01-02").build().publishedDay());
    assertNull(Article.builder("x").published("4/4/17").build().publishedDay());
    assertNull(Article.builder("x").build().publishedDay());
  }
}
