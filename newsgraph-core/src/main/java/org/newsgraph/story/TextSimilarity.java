package org.newsgraph.story;

/**
 * How much two texts are about the same story, 0 (unrelated) to 1: the mean of the cosine of
 * their character 4-grams and the cosine of their names, numbers and countries (both weighted by
 * tf-idf over the collection). Across languages the 4-grams weigh more (0.7), because the
 * capitalised German nouns that the names view holds have no English counterpart.
 */
public final class TextSimilarity {
  private final DocumentFrequencies df;
  private final java.util.Map<SparseVector, Double> norms =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  public TextSimilarity(DocumentFrequencies df) {
    this.df = df;
  }

  public double similarity(TextFeatures a, TextFeatures b) {
    double grams = cosine(a.grams(), b.grams());
    double names = cosine(a.names(), b.names());
    boolean crossLingual = a.language() != null && b.language() != null && !a.language().equals(b.language());
    double w = crossLingual ? 0.7 : 0.5;
    return w * grams + (1 - w) * names;
  }

  private double cosine(SparseVector a, SparseVector b) {
    if (a.size() == 0 || b.size() == 0) {
      return 0;
    }
    double dot = SparseVector.dot(a, b, df);
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private double norm(SparseVector v) {
    Double n = norms.get(v);
    if (n == null) {
      n = v.norm(df);
      norms.put(v, n);
    }
    return n;
  }
}
