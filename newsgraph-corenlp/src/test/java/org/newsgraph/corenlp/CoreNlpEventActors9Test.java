package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors that no entity stage gives and that name one state (institutions.txt) or armed group
 * (armed-groups.txt): American departments, Congress and its committees, China's ruling party,
 * al-Shabaab; and the names left out because other states have them too (invented sentences).
 */
class CoreNlpEventActors9Test {
  @Test
  void americanDepartmentsStandForTheUs() {
    List<String> j = events("en", "The Treasury Department accused Iran of financing attacks on Monday.", actors("Iran", "IRN"));
    assertTrue(j.stream().anyMatch(x -> x.startsWith("USAGOV IRN 112")), j.toString());
    List<String> d = events("en", "The Defense Department criticized Turkey on Monday.", actors("Turkey", "TUR"));
    assertTrue(d.stream().anyMatch(x -> x.startsWith("USAMIL TUR 11")), d.toString());
  }

  @Test
  void congressAndItsCommitteesAreTheUsLegislature() {
    List<String> b = events("en", "Congress imposed sanctions on Russia on Monday.", actors("Russia", "RUS"));
    assertTrue(b.stream().anyMatch(x -> x.startsWith("USALEG RUS 163")), b.toString());
    List<String> c = events("en", "The Senate Foreign Relations Committee condemned Saudi Arabia on Tuesday.",
        actors("Saudi Arabia", "SAU"));
    assertTrue(c.stream().anyMatch(x -> x.startsWith("USALEG SAU 11")), c.toString());
    List<String> h = events("en", "Lawmakers from both parties on Capitol Hill condemned Saudi Arabia on Tuesday.",
        actors("Saudi Arabia", "SAU"));
    assertTrue(h.stream().noneMatch(x -> x.startsWith("USALEG")), "a place of the lawmakers is not their actor: " + h);
  }

  @Test
  void chinasRulingPartyStandsForItsGovernment() {
    List<String> e = events("en", "The Chinese Communist Party accused Washington of meddling on Friday.",
        actors("Washington", "USAGOV"));
    assertTrue(e.stream().anyMatch(x -> x.startsWith("CHNGOV USAGOV 112")), e.toString());
  }

  @Test
  void alShabaabIsASomaliInsurgency() {
    List<String> e = events("en", "Al-Shabaab attacked Kenya on Tuesday.", actors("Kenya", "KEN"));
    assertTrue(e.stream().anyMatch(x -> x.startsWith("SOMREB KEN 19")), e.toString());
  }

  @Test
  void namesThatOtherStatesShareStayNobodys() {
    List<String> e = events("en", "Brazil's Congress criticized China on Monday, and the Joint Chiefs of Staff accused Japan of lying.",
        actors("Brazil", "BRA", "China", "CHN", "Japan", "JPN"));
    assertTrue(e.stream().noneMatch(x -> x.startsWith("USA")), e.toString());
  }
}
