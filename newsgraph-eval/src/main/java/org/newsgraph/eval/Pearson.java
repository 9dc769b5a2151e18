package org.newsgraph.eval;

import java.util.List;

/** Pearson's correlation coefficient. */
final class Pearson {
  private Pearson() {}

  /** r of the first value of each pair against the second; NaN for fewer than two pairs. */
  static double of(List<double[]> xy) {
    int n = xy.size();
    if (n < 2) {
      return Double.NaN;
    }
    double mx = xy.stream().mapToDouble(p -> p[0]).average().orElse(0);
    double my = xy.stream().mapToDouble(p -> p[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : xy) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
