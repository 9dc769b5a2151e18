package org.newsgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShapeTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"14:05 GMT", "+++ 16:40 Uhr +++", "9.15 Uhr", "12.03., 9:15 Uhr", "10:42", "— 8:30 a.m. —", "*** 22:10 ***"})
  void timestamps(String line) {
    assertTrue(new Shape(line).isTimestamp(), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"12.50 Euro", "Trade first, alliance second?", "1:1 gegen Freiburg", "14:05 Uhr: Der Pegel steigt.", "2024"})
  void noTimestamps(String line) {
    assertFalse(new Shape(line).isTimestamp(), line);
  }

  @Test
  void prose() {
    assertTrue(new Shape("Grain prices rose by four percent after the talks stalled.").isProse());
    assertFalse(new Shape("Trade first, alliance second?").isProse());
    assertFalse(new Shape("Quelle: beispiel-nachrichten.de, Anna Roth, Felix Wagner, dpa").isProse());
  }

  @Test
  void stemsAreLongWordsCutToFive() {
    assertEquals(Set.of("radwe", "bleib", "flick"), new Shape("Radwege bleiben Flickwerk").stems());
    assertTrue(new Shape("Viele Radwege enden").stems().contains("radwe"));
  }

  @Test
  void titleCase() {
    assertTrue(new Shape("More Than 400 Ships Stuck: What the Blockade Costs the World").titleCaseShare() >= 0.75);
    assertTrue(new Shape("Retailers warn of empty shelves").titleCaseShare() < 0.75);
  }
}
