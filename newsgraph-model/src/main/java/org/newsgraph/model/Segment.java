package org.newsgraph.model;

/**
 * A paragraph of the article's text with its kind. {@code relevance} is how well it fits the
 * article (0..1, null until scored); {@code offTopic} marks text that does not belong.
 */
public record Segment(SegmentKind kind, Span span, Double relevance, boolean offTopic) {

  public Segment(SegmentKind kind, Span span) {
    this(kind, span, null, false);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public Segment withRelevance(double relevance, boolean offTopic) {
    return new Segment(kind, span, relevance, offTopic);
  }

  public Segment withKind(SegmentKind kind) {
    return new Segment(kind, span, relevance, offTopic);
  }
}
