package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.relevance.TextEmbedder;

/**
 * A stand-in for a sentence-embedding model in tests of core: each word of four letters or more
 * (its first six letters, so "ships" meets "shipping") hashed into one of 512 dimensions. Texts
 * that share words are close; texts that do not are orthogonal.
 */
public final class FakeEmbedder implements TextEmbedder {
  private static final int DIMENSIONS = 512;

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      float[] v = new float[DIMENSIONS];
      for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 4) {
          v[Math.floorMod(w.substring(0, Math.min(6, w.length())).hashCode(), DIMENSIONS)] += 1;
        }
      }
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      for (int i = 0; i < v.length && norm > 0; i++) {
        v[i] /= (float) Math.sqrt(norm);
      }
      out.add(v);
    }
    return out;
  }
}
