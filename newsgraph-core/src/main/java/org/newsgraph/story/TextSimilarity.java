package org.newsgraph.story;

/**
 * How much two texts are about the same story, 0 (unrelated) to 1: the mean of the cosine of
 * their character 4-grams and the cosine of their names, numbers and countries (both weighted by
 * (1 + log tf) * idf over the collection). Across languages the 4-grams weigh more (0.7), because
 * the capitalised German nouns that the names view holds have no English counterpart.
 */
public final class TextSimilarity {
  private final DocumentFrequencies df;

  public TextSimilarity(DocumentFrequencies df) {
    this.df = df;
  }

  /** A text's features weighted and normalised once, so that comparing two is one merge. */
  public record Prepared(String language, int[] gramKeys, float[] gramWeights, int[] nameKeys, float[] nameWeights) {}

  public Prepared prepare(TextFeatures f) {
    float[] g = weights(f.grams());
    float[] n = weights(f.names());
    return new Prepared(f.language(), f.grams().keys(), g, f.names().keys(), n);
  }

  private float[] weights(SparseVector v) {
    int[] keys = v.keys();
    float[] w = new float[keys.length];
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      double x = (1 + Math.log(v.counts()[i])) * df.idf(keys[i]);
      w[i] = (float) x;
      sum += x * x;
    }
    float norm = (float) Math.sqrt(sum);
    for (int i = 0; i < w.length && norm > 0; i++) {
      w[i] /= norm;
    }
    return w;
  }

  public double similarity(TextFeatures a, TextFeatures b) {
    return similarity(prepare(a), prepare(b));
  }

  public double similarity(Prepared a, Prepared b) {
    double grams = dot(a.gramKeys(), a.gramWeights(), b.gramKeys(), b.gramWeights());
    double names = dot(a.nameKeys(), a.nameWeights(), b.nameKeys(), b.nameWeights());
    boolean crossLingual = a.language() != null && b.language() != null && !a.language().equals(b.language());
    double w = crossLingual ? 0.7 : 0.5;
    return w * grams + (1 - w) * names;
  }

  private static double dot(int[] ka, float[] wa, int[] kb, float[] wb) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ka.length && j < kb.length) {
      int x = ka[i];
      int y = kb[j];
      if (x == y) {
        dot += wa[i++] * wb[j++];
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }
}
