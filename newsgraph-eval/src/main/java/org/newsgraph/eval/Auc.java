package org.newsgraph.eval;

import java.util.Arrays;

/**
 * Area under the ROC curve by the Mann-Whitney U statistic: the chance that a randomly drawn
 * positive scores higher than a randomly drawn negative, ties counting one half. Equal scores get
 * the mean of the ranks they span.
 */
public final class Auc {
  private Auc() {}

  /**
   * AUC of scores that should be higher for {@code positives} than for {@code negatives}; 0.5 is
   * chance, 1 a perfect ranking.
   *
   * @throws IllegalArgumentException when either class is empty or a score is NaN
   */
  public static double of(double[] positives, double[] negatives) {
    int p = positives.length;
    int n = negatives.length;
    if (p == 0 || n == 0) {
      throw new IllegalArgumentException("AUC needs at least one positive and one negative");
    }
    double[][] all = new double[p + n][];
    for (int i = 0; i < p; i++) {
      all[i] = new double[] {check(positives[i]), 1};
    }
    for (int i = 0; i < n; i++) {
      all[p + i] = new double[] {check(negatives[i]), 0};
    }
    Arrays.sort(all, (a, b) -> Double.compare(a[0], b[0]));
    double positiveRankSum = 0;
    for (int i = 0; i < all.length; ) {
      int j = i;
      while (j < all.length && all[j][0] == all[i][0]) {
        j++;
      }
      double meanRank = (i + 1 + j) / 2.0; // ranks i+1 .. j, 1-based
      for (int k = i; k < j; k++) {
        if (all[k][1] == 1) {
          positiveRankSum += meanRank;
        }
      }
      i = j;
    }
    double u = positiveRankSum - p * (p + 1) / 2.0;
    return u / ((double) p * n);
  }

  private static double check(double score) {
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score is NaN");
    }
    return score;
  }
}
