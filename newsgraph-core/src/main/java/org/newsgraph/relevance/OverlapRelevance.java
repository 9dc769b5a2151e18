package org.newsgraph.relevance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Stage;

/**
 * How well each segment fits the article: the weighted share of its content words (names count
 * double) that the rest of the article also uses, more when the article uses them often. Every
 * segment gets its score; appended paragraphs below a threshold are marked off topic. Body
 * paragraphs are not judged: word overlap cannot tell a digression from a new turn of the story.
 * A first, honest measure; it sees words, not meaning.
 */
public final class OverlapRelevance implements Stage {
  /** Chosen on the English off-topic evaluation (newsgraph eval offtopic). */
  public static final double DEFAULT_THRESHOLD = 0.2;
  /** Paragraphs with fewer content words than this are too short to judge. */
  private static final int MIN_WORDS = 6;

  private final ContentWords words = ContentWords.bundled();
  private final double threshold;

  public OverlapRelevance() {
    this(DEFAULT_THRESHOLD);
  }

  public OverlapRelevance(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Article apply(Article article) {
    // Count the article's words once; each segment is scored against the rest by subtracting its own.
    Map<String, Integer> whole = new HashMap<>();
    for (Segment s : article.segments()) {
      if (isArticleOwn(s)) {
        words.counts(article.textOf(s)).forEach((w, c) -> whole.merge(w, c, Integer::sum));
      }
    }
    List<Segment> scored = new ArrayList<>(article.segments().size());
    for (Segment segment : article.segments()) {
      String own = article.textOf(segment);
      Map<String, Integer> rest = whole;
      if (isArticleOwn(segment)) {
        rest = new HashMap<>(whole);
        for (Map.Entry<String, Integer> e : words.counts(own).entrySet()) {
          rest.merge(e.getKey(), -e.getValue(), Integer::sum);
        }
      }
      Map<String, Double> weights = words.weights(own);
      double relevance = score(weights, rest);
      boolean judged = segment.kind() == SegmentKind.APPENDIX && weights.size() >= MIN_WORDS;
      scored.add(segment.withRelevance(relevance, judged && relevance < threshold));
    }
    return article.toBuilder().segments(scored).build();
  }

  /** Relevance of {@code paragraph} to {@code article}, 0..1. */
  public double score(String paragraph, String article) {
    return score(words.weights(paragraph), words.counts(article));
  }

  private static double score(Map<String, Double> own, Map<String, Integer> context) {
    if (own.isEmpty()) {
      return 0;
    }
    double total = 0;
    double shared = 0;
    for (Map.Entry<String, Double> e : own.entrySet()) {
      total += e.getValue();
      int count = context.getOrDefault(e.getKey(), 0);
      if (count > 0) {
        shared += e.getValue() * Math.min(1.0, 0.6 + 0.2 * count);
      }
    }
    return Math.round(shared / total * 1000) / 1000.0;
  }

  /** The article's own text: headlines, lead, body, subheadings. */
  private static boolean isArticleOwn(Segment s) {
    return s.kind().isArticleText() || s.kind() == SegmentKind.HEADLINE || s.kind() == SegmentKind.SUBTITLE;
  }
}
