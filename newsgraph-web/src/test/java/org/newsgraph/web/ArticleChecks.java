package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.testing.SchemaCheck;

/** Assertions about an article read from a page, with messages that show the text. */
final class ArticleChecks {
  private ArticleChecks() {}

  static void bodyHas(Article a, String... phrases) {
    String body = a.body();
    for (String p : phrases) {
      assertTrue(body.contains(p), () -> "body lacks \"" + p + "\"; body:\n" + body);
    }
  }

  static void bodyLacks(Article a, String... phrases) {
    String body = a.body();
    for (String p : phrases) {
      assertFalse(body.contains(p), () -> "body has furniture \"" + p + "\"; body:\n" + body);
    }
  }

  static void textLacks(Article a, String... phrases) {
    for (String p : phrases) {
      assertFalse(a.text().contains(p), () -> "text has \"" + p + "\"; text:\n" + a.text());
    }
  }

  /** The segment that holds the phrase has this kind. */
  static void kindOf(Article a, String phrase, SegmentKind kind) {
    for (Segment s : a.segments()) {
      if (a.textOf(s).contains(phrase)) {
        assertEquals(kind, s.kind(), () -> "kind of \"" + phrase + "\"");
        return;
      }
    }
    throw new AssertionError("no segment holds \"" + phrase + "\"; text:\n" + a.text());
  }

  /**
   * What every article from the reader must be: segments in order, each one paragraph of the
   * text, the headline first, reader "html", and valid newsgraph/1 JSON.
   */
  static void wellFormed(Article a) {
    assertEquals(HtmlReader.NAME, a.reader());
    List<Segment> segments = a.segments();
    assertFalse(segments.isEmpty(), "no segments");
    int at = 0;
    for (Segment s : segments) {
      assertTrue(s.start() >= at, () -> "segments overlap or are out of order at " + s);
      String t = a.textOf(s);
      assertEquals(t.strip(), t, () -> "segment with outer white space: " + s);
      assertFalse(t.isEmpty() || t.contains("\n\n"), () -> "segment empty or spanning paragraphs: " + s);
      at = s.end();
    }
    assertTrue(segments.stream().anyMatch(s -> s.kind().isArticleText()), "no article text");
    SchemaCheck.assertValid(ArticleJson.toPrettyString(a));
  }

  static void headlineIs(Article a, String headline) {
    Segment first = a.segments().get(0);
    assertEquals(SegmentKind.HEADLINE, first.kind());
    assertEquals(headline, a.textOf(first));
  }
}
