package org.newsgraph.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The most recently used embeddings, by text, so that a text is embedded once however many
 * stages ask for it: relevance and fact selection both embed the article's paragraphs, and every
 * article's candidate facts come from the same few thousand statements. Bounded (least recently
 * used out first) and safe for threads; the embedding itself runs outside the lock.
 */
final class EmbeddingCache {
  private final int capacity;
  private final Map<String, float[]> recent;

  EmbeddingCache(int capacity) {
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > EmbeddingCache.this.capacity;
      }
    };
  }

  /**
   * The embeddings of the texts, in order: those held from before, the others from {@code embed}
   * (called once, with the missing texts, each once, in order of first appearance). Each caller
   * gets its own copies.
   */
  List<float[]> get(List<String> texts, Function<List<String>, List<float[]>> embed) {
    float[][] found = new float[texts.size()][];
    Set<String> wanted = new LinkedHashSet<>();
    synchronized (recent) {
      for (int i = 0; i < texts.size(); i++) {
        found[i] = recent.get(texts.get(i));
        if (found[i] == null) {
          wanted.add(texts.get(i));
        }
      }
    }
    if (!wanted.isEmpty()) {
      List<String> missing = new ArrayList<>(wanted);
      List<float[]> fresh = embed.apply(missing);
      Map<String, float[]> byText = new LinkedHashMap<>();
      for (int k = 0; k < missing.size(); k++) {
        byText.put(missing.get(k), fresh.get(k));
      }
      synchronized (recent) {
        recent.putAll(byText);
      }
      for (int i = 0; i < texts.size(); i++) {
        if (found[i] == null) {
          found[i] = byText.get(texts.get(i));
        }
      }
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (float[] v : found) {
      out.add(v.clone());
    }
    return out;
  }
}
