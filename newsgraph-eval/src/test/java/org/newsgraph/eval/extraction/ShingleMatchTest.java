package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.extraction.ShingleMatch.Counts;

/** The benchmark's metric, checked on cases worked out by hand. */
class ShingleMatchTest {
  private static final double EPS = 1e-9;

  @Test
  void identicalTextsMatchFully() {
    Counts c = ShingleMatch.compare("one two three four five", "One two three four five".replace("One", "one"));
    assertEquals(1.0, c.tp(), EPS);
    assertEquals(0.0, c.fp(), EPS);
    assertEquals(0.0, c.fn(), EPS);
  }

  @Test
  void tokensAreWordCharactersAndCaseCounts() {
    // "a-b c, d! e" is the tokens a b c d e: shingles "a b c d", "b c d e"
    Counts c = ShingleMatch.compare("a-b c, d! e", "A b c d e");
    // predicted shingles "A b c d" (false) and "b c d e" (true); truth's "a b c d" is missed
    assertEquals(1.0 / 3, c.tp(), EPS);
    assertEquals(1.0 / 3, c.fp(), EPS);
    assertEquals(1.0 / 3, c.fn(), EPS);
  }

  @Test
  void repeatedShinglesAreCounted() {
    // truth has "w x y z" once, the prediction twice: one true positive, one false positive
    Counts c = ShingleMatch.compare("w x y z", "w x y z w x y z");
    // prediction shingles: wxyz, xyzw, yzwx, zwxy, wxyz -> tp 1, fp 4, fn 0
    assertEquals(1.0 / 5, c.tp(), EPS);
    assertEquals(4.0 / 5, c.fp(), EPS);
    assertEquals(0.0, c.fn(), EPS);
  }

  @Test
  void shortTextsAreOneShorterShingle() {
    Counts c = ShingleMatch.compare("Hello world", "Hello world");
    assertEquals(1.0, c.tp(), EPS);
    Counts none = ShingleMatch.compare("Hello world", "");
    assertEquals(0.0, none.tp(), EPS);
    assertEquals(1.0, none.fn(), EPS);
  }

  @Test
  void unicodeLettersAndDigitsAreWordCharacters() {
    assertEquals(List.of("Grüße", "aus", "Köln", "2019", "東京"), ShingleMatch.tokens("Grüße aus Köln (2019) — 東京!"));
  }

  @Test
  void scoreIsTheF1OfMeanPrecisionAndMeanRecall() {
    Counts perfect = new Counts(1, 0, 0);
    Counts half = new Counts(0.5, 0.5, 0); // precision 0.5, recall 1
    Counts empty = new Counts(0, 0, 1); // nothing predicted: recall 0, no precision
    ExtractionScore s = ExtractionScore.of(List.of(perfect, half, empty));
    assertEquals(0.75, s.precision(), EPS); // (1 + 0.5) / 2: the empty prediction has no precision
    assertEquals(2.0 / 3, s.recall(), EPS); // (1 + 1 + 0) / 3
    assertEquals(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), s.f1(), EPS);
  }
}
