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

  @Test
  void anOfficialsOfficeHasASectorAndATitle() {
    Office closed = Office.parse("MIL:RUS:2012-11-09:2020-01-01::Chief of the General Staff");
    assertTrue(closed.official());
    assertEquals("MIL", closed.sector());
    assertEquals("Chief of the General Staff", closed.title());
    assertEquals("MIL:RUS:2012-11-09:2020-01-01::Chief of the General Staff", closed.toString());
    Office open = Office.parse("GOV:RUS:2015-08-10::2022-08-02:Foreign Ministry Spokeperson");
    assertEquals(LocalDate.of(2022, 8, 2), open.listedUntil());
    assertEquals("GOV:RUS:2015-08-10::2022-08-02:Foreign Ministry Spokeperson", open.toString());
    Office leader = Office.parse("FM:TUR:2015-11-24:");
    assertFalse(leader.official());
    assertEquals("GOV", leader.sector(), "a leader acts for the government");
    // a sector needs its title, and a leader's role takes none
    assertThrows(IllegalArgumentException.class, () -> Office.parse("GOV:RUS:2015-08-10:2020-01-01:"));
    assertThrows(IllegalArgumentException.class, () -> Office.parse("FM:TUR:2015-11-24:::Foreign Minister"));
  }
}
