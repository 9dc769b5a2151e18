package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AucTest {
  @Test
  void perfectReversedAndChance() {
    assertEquals(1.0, Auc.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2, 0.3}));
    assertEquals(0.0, Auc.of(new double[] {0.1}, new double[] {0.5, 0.6}));
    assertEquals(0.5, Auc.of(new double[] {0.4, 0.4}, new double[] {0.4, 0.4, 0.4}));
  }

  @Test
  void tiesCountOneHalf() {
    // Pairs: 0.8 beats both; each 0.5 ties 0.5 (1/2) and beats 0.2: (2 + 1.5 + 1.5) / 6.
    assertEquals(5.0 / 6, Auc.of(new double[] {0.8, 0.5, 0.5}, new double[] {0.5, 0.2}), 1e-12);
    // One positive tied with one of two negatives and below the other: 0.5 / 2.
    assertEquals(0.25, Auc.of(new double[] {0.3}, new double[] {0.3, 0.7}), 1e-12);
  }

  @Test
  void agreesWithCountingEveryPair() {
    Random random = new Random(42);
    for (int trial = 0; trial < 50; trial++) {
      double[] pos = new double[1 + random.nextInt(20)];
      double[] neg = new double[1 + random.nextInt(20)];
      for (int i = 0; i < pos.length; i++) {
        pos[i] = random.nextInt(6) / 5.0; // few distinct values: many ties
      }
      for (int i = 0; i < neg.length; i++) {
        neg[i] = random.nextInt(6) / 5.0;
      }
      double pairs = 0;
      for (double p : pos) {
        for (double n : neg) {
          pairs += p > n ? 1 : p == n ? 0.5 : 0;
        }
      }
      assertEquals(pairs / (pos.length * neg.length), Auc.of(pos, neg), 1e-12);
    }
  }

  @Test
  void needsBothClassesAndNumbers() {
    assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[0], new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[] {1}, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[] {Double.NaN}, new double[] {1}));
  }
}
