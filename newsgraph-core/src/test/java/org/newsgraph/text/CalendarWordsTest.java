package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalendarWordsTest {
  @Test
  void weekdaysMonthsAndTheirNewsAbbreviations() {
    assertTrue(CalendarWords.ENGLISH.containsAll(java.util.List.of("monday", "sunday", "may", "september", "sept.", "dec.")));
    assertFalse(CalendarWords.ENGLISH.contains("Monday"), "lower-case only");
    assertFalse(CalendarWords.ENGLISH.contains("today"));
    assertEquals(7 + 12 + 8, CalendarWords.ENGLISH.size());
  }
}
