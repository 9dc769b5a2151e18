package org.newsgraph.story;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In how many texts of a collection each feature occurs, for inverse document frequency. Built
 * from the collection at hand (the articles of a store, the texts of an evaluation set): no
 * outside model. Thread-safe.
 */
public final class DocumentFrequencies {
  private final Map<Integer, Integer> counts = new ConcurrentHashMap<>();
  private int documents;

  /** Counts one text: each of its features once. */
  public synchronized void add(TextFeatures f) {
    documents++;
    for (int k : f.grams().keys()) {
      counts.merge(k, 1, Integer::sum);
    }
    for (int k : f.names().keys()) {
      counts.merge(k, 1, Integer::sum);
    }
  }

  public synchronized int documents() {
    return documents;
  }


  /** log((N + 1) / (df + 1)), at least a small positive floor so that no feature is ignored. */
  public double idf(int key) {
    int n;
    synchronized (this) {
      n = documents;
    }
    int df = counts.getOrDefault(key, 0);
    return Math.max(0.05, Math.log((n + 1.0) / (df + 1.0)));
  }
}
