package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;

/**
 * Writes the article's text: the headline, then each kept block, a blank line between, and a
 * segment for each. Offsets point into this text.
 */
final class ArticleAssembler {
  /** The text and its segments. */
  record Assembled(String text, List<Segment> segments) {}

  private ArticleAssembler() {}

  static Assembled assemble(String headline, List<BlockClassifier.Piece> pieces) {
    StringBuilder text = new StringBuilder();
    List<Segment> segments = new ArrayList<>();
    if (headline != null && !headline.isBlank()) {
      add(text, segments, headline.strip(), SegmentKind.HEADLINE);
    }
    for (BlockClassifier.Piece p : pieces) {
      add(text, segments, p.block().text, p.kind());
    }
    return new Assembled(text.toString(), segments);
  }

  private static void add(StringBuilder text, List<Segment> segments, String paragraph, SegmentKind kind) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(paragraph);
    segments.add(new Segment(kind, new Span(start, text.length())));
  }
}
