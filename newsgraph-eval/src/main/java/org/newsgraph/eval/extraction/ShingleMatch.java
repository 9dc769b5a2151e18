package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's comparison of two texts: both are split into word tokens
 * (Python's {@code \w+}: letters, digits and the underscore, case kept), each text counts its
 * 4-token shingles, true positives are the shared counts and false positives and negatives the
 * excess on either side; the three counts are then normalised to sum to 1, so that a long page
 * weighs no more than a short one. A text of fewer than four tokens is one shorter shingle.
 */
public final class ShingleMatch {
  /** Python's {@code \w} in Unicode mode: letters, numbers (all three categories), underscore. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  public static final int SHINGLE = 4;

  private ShingleMatch() {}

  /** One page's normalised counts; all zero when neither text has a token. */
  public record Counts(double tp, double fp, double fn) {}

  public static Counts compare(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Set<String> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    for (String key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }
}
