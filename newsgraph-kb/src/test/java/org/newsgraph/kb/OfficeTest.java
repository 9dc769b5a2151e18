package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficeTest {
  @Test
  void anOpenOfficeIsConfirmedOnlyUpToItsLastListedDay() {
    Office o = Office.parse("FM:TUR:2015-11-24::2022-12-11");
    assertEquals(LocalDate.of(2022, 12, 11), o.listedUntil());
    assertTrue(o.confirmedOn(LocalDate.of(2022, 12, 11)));
    assertFalse(o.confirmedOn(LocalDate.of(2022, 12, 12)));
    assertTrue(o.heldOn(LocalDate.of(2024, 1, 1)), "open for the person's own name");
    assertFalse(o.confirmedOn(LocalDate.of(2015, 11, 23)), "not before the start");
    assertEquals("FM:TUR:2015-11-24::2022-12-11", o.toString());
  }

  @Test
  void withoutAListedDayConfirmedIsHeld() {
    Office o = Office.parse("FM:CHN:2023-07-25:");
    assertTrue(o.confirmedOn(LocalDate.of(2026, 1, 1)));
    assertEquals("FM:CHN:2023-07-25:", o.toString());
  }

  @Test
  void anEndAndAListedDayTogetherAreAnError() {
    assertThrows(IllegalArgumentException.class, () -> Office.parse("FM:TUR:2015-11-24:2023-06-04:2022-12-11"));
    assertThrows(IllegalArgumentException.class, () -> Office.parse("FM:TUR:2015-11-24"));
  }
}
