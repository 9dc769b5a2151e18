package org.newsgraph.story;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of word shingles, for near-copies: the same text re-published with small
 * edits. The share of equal positions of two signatures estimates the Jaccard similarity of the
 * two texts' shingle sets; locality-sensitive hashing over {@link #BANDS} bands of {@link #ROWS}
 * rows finds the candidate pairs without comparing every pair.
 */
public final class MinHash {
  public static final int SHINGLE = 5;
  public static final int HASHES = 64;
  public static final int BANDS = 16;
  public static final int ROWS = HASHES / BANDS;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /** A signature and the number of distinct shingles it was made of. */
  public record Signature(int[] values, int shingles) {
    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(Signature o) {
      if (shingles == 0 || o.shingles == 0) {
        return 0;
      }
      int same = 0;
      for (int i = 0; i < values.length; i++) {
        if (values[i] == o.values[i]) {
          same++;
        }
      }
      return same / (double) values.length;
    }

    /**
     * Estimated share of the smaller text's shingles that the other holds: the measure for a copy
     * that was cut or had a paragraph added.
     */
    public double containment(Signature o) {
      double j = jaccard(o);
      int small = Math.min(shingles, o.shingles);
      if (small == 0) {
        return 0;
      }
      double union = (shingles + o.shingles) / (1 + j);
      return Math.min(1, j * union / small);
    }

    /** The LSH band keys: two texts that share one are candidates. */
    public long[] bands() {
      long[] keys = new long[BANDS];
      for (int b = 0; b < BANDS; b++) {
        long h = b * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
          h = Hashing.mix64(h ^ values[b * ROWS + r]);
        }
        keys[b] = h;
      }
      return keys;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && s.shingles == shingles && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  public static Signature of(String text) {
    int[] min = new int[HASHES];
    Arrays.fill(min, Integer.MAX_VALUE);
    long[] window = new long[SHINGLE];
    int n = 0;
    java.util.HashSet<Long> distinct = new java.util.HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      window[n % SHINGLE] = Hashing.hash64(m.group());
      n++;
      if (n >= SHINGLE) {
        long h = 0;
        for (int i = 0; i < SHINGLE; i++) {
          h = Hashing.mix64(h * 31 + window[(n + i) % SHINGLE]);
        }
        if (distinct.add(h)) {
          for (int k = 0; k < HASHES; k++) {
            int v = (int) (Hashing.mix64(h ^ SEEDS[k]) >>> 33);
            if (v < min[k]) {
              min[k] = v;
            }
          }
        }
      }
    }
    return new Signature(min, distinct.size());
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x243F6A8885A308D3L;
    for (int i = 0; i < HASHES; i++) {
      x = Hashing.mix64(x + 0x9E3779B97F4A7C15L);
      s[i] = x;
    }
    return s;
  }
}
