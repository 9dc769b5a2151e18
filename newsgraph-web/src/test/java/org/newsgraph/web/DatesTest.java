package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void isoForms() {
    assertEquals("2019-11-18T15:31:00Z", Dates.iso("2019-11-18T15:31:00Z"));
    assertEquals("2019-11-18T15:31:00Z", Dates.iso("2019-11-18T15:31:00.000Z"));
    assertEquals("2019-11-18T15:31:00-05:00", Dates.iso("2019-11-18T15:31:00-0500"));
    assertEquals("2019-11-18T15:31:00", Dates.iso("2019-11-18 15:31:00"));
    assertEquals("2019-11-18", Dates.iso("2019-11-18"));
  }

  @Test
  void writtenForms() {
    assertEquals("2019-11-18T15:31:00Z", Dates.iso("Mon, 18 Nov 2019 15:31:00 GMT"));
    assertEquals("2019-11-18", Dates.iso("November 18, 2019"));
    assertEquals("2019-11-18", Dates.iso("Nov. 18, 2019 10:32 a.m."));
    assertEquals("2019-10-18", Dates.iso("Freitag, 18. Oktober 2019"));
    assertEquals("2019-10-18", Dates.iso("18.10.2019, 14:32 Uhr"));
    assertEquals("2020-03-01", Dates.iso("1 March 2020"));
    assertEquals("2019-11-19T08:00:00Z", Dates.iso("1574150400"));
  }

  @Test
  void notDates() {
    assertNull(Dates.iso(null));
    assertNull(Dates.iso(""));
    assertNull(Dates.iso("yesterday"));
    assertNull(Dates.iso("2019-02-30"));
  }
}
