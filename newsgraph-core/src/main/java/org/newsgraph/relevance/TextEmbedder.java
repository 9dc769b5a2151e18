package org.newsgraph.relevance;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Turns texts into sentence embeddings whose cosine says how close their meanings are. An engine
 * module (newsgraph-embed) implements it and registers it in {@code META-INF/services}; the model
 * loads once, on first use, and one instance serves all threads.
 */
public interface TextEmbedder {
  /** One unit-length vector per text, in order. */
  List<float[]> embed(List<String> texts);

  /** The first embedder registered on the class path, or null when none is. */
  static TextEmbedder installed() {
    return ServiceLoader.load(TextEmbedder.class, TextEmbedder.class.getClassLoader()).findFirst().orElse(null);
  }

  /** The cosine of two unit-length vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
