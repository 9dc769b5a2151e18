package org.newsgraph.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What every text of a language has in common for an embedding model: the mean embedding of
 * sentences that share no topic ({@code neutral-en.txt}: news sentences on every kind of subject, so
 * that the news register itself is taken away; {@code neutral-de.txt}: everyday sentences). Two
 * texts in the same language are close for that reason alone (for an English-trained model, German
 * texts are all somewhat alike), so the topic model compares embeddings with it taken away.
 * Computed once per embedder and language.
 */
final class NeutralText {
  private static final Map<TextEmbedder, Map<String, float[]>> CACHE = new WeakHashMap<>();

  private NeutralText() {}

  /** The mean embedding of the neutral sentences of the language (German for "de", else English). */
  static float[] of(TextEmbedder embedder, String language) {
    String lang = "de".equals(language) ? "de" : "en";
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(embedder, e -> new HashMap<>()).computeIfAbsent(lang, l -> mean(embedder.embed(sentences(l))));
    }
  }

  private static float[] mean(List<float[]> vectors) {
    float[] m = new float[vectors.get(0).length];
    for (float[] v : vectors) {
      for (int i = 0; i < m.length; i++) {
        m[i] += v[i] / vectors.size();
      }
    }
    return m;
  }

  private static List<String> sentences(String lang) {
    String name = "neutral-" + lang + ".txt";
    List<String> lines = new ArrayList<>();
    try (InputStream in = NeutralText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + NeutralText.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
