package org.newsgraph.eval.events;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micro precision, recall and F1 of (source, target, root) triples over sentences, with the counts
 * per root.
 */
public final class EventScore {
  /** True positives, false positives and false negatives. */
  public static final class Counts {
    public int tp;
    public int fp;
    public int fn;

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Counts all = new Counts();
  private final Map<String, Counts> byRoot = new TreeMap<>();

  /** Adds one sentence; returns whether it was coded without error. */
  public boolean add(Set<EventTriple> predicted, Set<EventTriple> gold) {
    Set<EventTriple> hit = new HashSet<>(predicted);
    hit.retainAll(gold);
    for (EventTriple t : predicted) {
      Counts c = byRoot.computeIfAbsent(t.root(), k -> new Counts());
      if (hit.contains(t)) {
        all.tp++;
        c.tp++;
      } else {
        all.fp++;
        c.fp++;
      }
    }
    for (EventTriple t : gold) {
      if (!hit.contains(t)) {
        all.fn++;
        byRoot.computeIfAbsent(t.root(), k -> new Counts()).fn++;
      }
    }
    return hit.size() == predicted.size() && hit.size() == gold.size();
  }

  public Counts all() {
    return all;
  }

  public Map<String, Counts> byRoot() {
    return byRoot;
  }
}
