package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsTest {
  private final Authors authors = new Authors();

  @Test
  void splitsListsAndDropsRolesOutletsAndJunk() {
    Authors.Names n = authors.clean(
        List.of("By TOM KRISHER, AP Auto Writer", "Jill Disis, CNN Business", "Carrie Arnold Contributing Writer",
            "admin", "humans.txt", "Ilana Muhlstein, MS, RDN", "Madeline Fry, November 18", "https://x.example/jane"),
        "CNN");
    assertEquals(List.of("TOM KRISHER", "Jill Disis", "Carrie Arnold", "Ilana Muhlstein", "Madeline Fry"), n.authors());
    assertEquals(List.of("AP"), n.agencies());
  }

  @Test
  void germanBylines() {
    Authors.Names n = authors.clean(List.of("Von Katrin Müller und Jan Schröder", "dpa"), "Tagespost");
    assertEquals(List.of("Katrin Müller", "Jan Schröder"), n.authors());
    assertEquals(List.of("dpa"), n.agencies());
  }
}
