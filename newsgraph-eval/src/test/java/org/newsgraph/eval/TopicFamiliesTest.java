package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicFamiliesTest {
  private final TopicFamilies families = TopicFamilies.bundled();

  @Test
  void closeTopicsAreNotDistant() {
    assertFalse(families.distant("politics", "elections"));
    assertFalse(families.distant("elections", "white_house"));
    assertFalse(families.distant("middle_east", "israel"));
    assertFalse(families.distant("trade", "china")); // near: trade wars
    assertFalse(families.distant("fbi", "russia")); // near: the Russia investigation
    assertFalse(families.distant("world", "coronavirus")); // broad
    assertFalse(families.distant("north_korea", "north_korea"));
  }

  @Test
  void topicsOfUnrelatedFamiliesAreDistant() {
    assertTrue(families.distant("north_korea", "immigration"));
    assertTrue(families.distant("elections", "middle_east"));
    assertTrue(families.distant("coronavirus", "isis"));
    assertTrue(families.distant("media_bias", "nuclear_weapons"));
  }

  @Test
  void distanceIsSymmetricAndUnknownTopicsAreNeverDistant() {
    assertEquals(families.distant("isis", "coronavirus"), families.distant("coronavirus", "isis"));
    assertFalse(families.distant("no_such_topic", "isis"));
    assertTrue(families.family("no_such_topic").isEmpty());
    assertEquals("broad", families.family("politics").orElseThrow());
  }

  @Test
  void malformedListsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TopicFamilies.parse("family a: x\nfamily b: x\n"));
    assertThrows(IllegalArgumentException.class, () -> TopicFamilies.parse("family a: x\nnear a c\n"));
    assertThrows(IllegalArgumentException.class, () -> TopicFamilies.parse("what is this\n"));
  }
}
