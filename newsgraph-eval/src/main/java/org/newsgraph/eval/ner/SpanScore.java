package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of entity spans, as conlleval counts them: a predicted chunk is correct
 * when a gold chunk has the same type and both boundaries; micro-averaged over all chunks. Tags are
 * IOB1 or IOB2 ({@code B-X}, {@code I-X}, {@code O}); a bare {@code X} counts as {@code I-X}.
 */
public final class SpanScore {
  /** A chunk: tokens [start, end) of one type. */
  public record Chunk(int start, int end, String type) {}

  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, gold, predicted}
  private long tokens;
  private long tokensCorrect;

  /** Adds one sentence's gold and predicted tags. */
  public SpanScore add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " tags, prediction " + predicted.size());
    }
    List<Chunk> g = chunks(gold);
    List<Chunk> p = chunks(predicted);
    for (Chunk c : g) {
      counts.computeIfAbsent(c.type(), k -> new int[3])[1]++;
    }
    for (Chunk c : p) {
      counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
      if (g.contains(c)) {
        counts.get(c.type())[0]++;
      }
    }
    tokens += gold.size();
    for (int i = 0; i < gold.size(); i++) {
      if (Objects.equals(gold.get(i), predicted.get(i))) {
        tokensCorrect++;
      }
    }
    return this;
  }

  /** The chunks of a tag sequence, by conlleval's start and end rules. */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String openType = null;
    int openStart = -1;
    String previousPrefix = "O";
    String previousType = "";
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix;
      String type;
      if (tag.equals("O") || tag.isEmpty()) {
        prefix = "O";
        type = "";
      } else if (tag.length() > 2 && tag.charAt(1) == '-') {
        prefix = tag.substring(0, 1);
        type = tag.substring(2);
      } else {
        prefix = "I";
        type = tag;
      }
      boolean start = !prefix.equals("O")
          && (prefix.equals("B") || prefix.equals("S") || previousPrefix.equals("O") || previousPrefix.equals("E")
              || previousPrefix.equals("S") || !previousType.equals(type));
      boolean endPrevious = openType != null
          && (prefix.equals("O") || prefix.equals("B") || prefix.equals("S") || previousPrefix.equals("E")
              || previousPrefix.equals("S") || !previousType.equals(type));
      if (endPrevious) {
        out.add(new Chunk(openStart, i, openType));
        openType = null;
      }
      if (start) {
        openType = type;
        openStart = i;
      }
      previousPrefix = prefix;
      previousType = type;
    }
    return out;
  }

  public SpanScore addAll(SpanScore other) {
    other.counts.forEach((t, c) -> {
      int[] mine = counts.computeIfAbsent(t, k -> new int[3]);
      for (int i = 0; i < 3; i++) {
        mine[i] += c[i];
      }
    });
    tokens += other.tokens;
    tokensCorrect += other.tokensCorrect;
    return this;
  }

  public List<String> types() {
    return List.copyOf(counts.keySet());
  }

  public int correct(String type) {
    return type == null ? sum(0) : get(type)[0];
  }

  public int gold(String type) {
    return type == null ? sum(1) : get(type)[1];
  }

  public int predicted(String type) {
    return type == null ? sum(2) : get(type)[2];
  }

  /** Precision of one type, or overall for null. */
  public double precision(String type) {
    int p = predicted(type);
    return p == 0 ? 0 : (double) correct(type) / p;
  }

  public double recall(String type) {
    int g = gold(type);
    return g == 0 ? 0 : (double) correct(type) / g;
  }

  public double f1(String type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double tokenAccuracy() {
    return tokens == 0 ? 0 : (double) tokensCorrect / tokens;
  }

  public long tokens() {
    return tokens;
  }

  private int[] get(String type) {
    return counts.getOrDefault(type, new int[3]);
  }

  private int sum(int i) {
    return counts.values().stream().mapToInt(c -> c[i]).sum();
  }

  /** A conlleval-like report: one line per type and one overall. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "pred", "correct", "P", "R", "F1"));
    for (String t : types()) {
      b.append(line(t, t));
    }
    b.append(line("overall", null));
    return b.toString();
  }

  private String line(String label, String type) {
    return String.format(Locale.ROOT, "%-8s %6d %6d %6d  %7.4f %7.4f %7.4f%n",
        label, gold(type), predicted(type), correct(type), precision(type), recall(type), f1(type));
  }
}
