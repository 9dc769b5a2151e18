package org.newsgraph.story;

import java.util.Arrays;
import java.util.Map;

/** Feature hashes (sorted, distinct) with their counts. */
public record SparseVector(int[] keys, float[] counts) {
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  public static SparseVector of(Map<Integer, Integer> counts) {
    int[] keys = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] values = new float[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = counts.get(keys[i]);
    }
    return new SparseVector(keys, values);
  }

  public int size() {
    return keys.length;
  }

  /**
   * Cosine of the two vectors weighted by (1 + log tf) * idf; 0 when either is empty.
   */
  public static double cosine(SparseVector a, SparseVector b, DocumentFrequencies df) {
    if (a.size() == 0 || b.size() == 0) {
      return 0;
    }
    double dot = dot(a, b, df);
    return dot == 0 ? 0 : dot / (a.norm(df) * b.norm(df));
  }

  /** The dot product of the two weighted vectors. */
  static double dot(SparseVector a, SparseVector b, DocumentFrequencies df) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.keys.length && j < b.keys.length) {
      int ka = a.keys[i];
      int kb = b.keys[j];
      if (ka == kb) {
        double idf = df.idf(ka);
        dot += tf(a.counts[i]) * tf(b.counts[j]) * idf * idf;
        i++;
        j++;
      } else if (ka < kb) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  double norm(DocumentFrequencies df) {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      double w = tf(counts[i]) * df.idf(keys[i]);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  private static double tf(float count) {
    return 1 + Math.log(count);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(keys, v.keys) && Arrays.equals(counts, v.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys);
  }
}
