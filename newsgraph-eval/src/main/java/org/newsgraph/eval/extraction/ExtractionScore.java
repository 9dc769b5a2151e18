package org.newsgraph.eval.extraction;

import java.util.List;
import org.newsgraph.eval.extraction.ShingleMatch.Counts;

/**
 * Precision, recall and F1 over pages, as the benchmark computes them: precision is the mean of
 * the pages' precisions (over pages where something was predicted), recall the mean of their
 * recalls (over pages with a true text), and F1 the harmonic mean of those two means.
 */
public record ExtractionScore(double precision, double recall, double f1) {

  public static ExtractionScore of(List<Counts> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (Counts c : pages) {
      if (c.tp() + c.fp() > 0) {
        p += precision(c);
        np++;
      }
      if (c.tp() + c.fn() > 0) {
        r += recall(c);
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ExtractionScore(precision, recall, f1);
  }

  public static double precision(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
  }

  public static double recall(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
  }

  /** One page's F1 from its own precision and recall, for the per-page listing. */
  public static double f1(Counts c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
