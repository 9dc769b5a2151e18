package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named by a plural demonym ("the Russians", "seven Iranians") act for their state as the
 * doer or the one done to, not as the public or a class named in passing; a gerund set off from
 * the object goes on about the clause (invented sentences).
 */
class CoreNlpEventNationalsTest {
  @Test
  void theRussiansActForRussia() {
    List<String> e = events("en", "The Russians attacked Ukrainian positions near Donetsk on Monday.", actors("Russians", "RUS", "Ukrainian", "UKR"));
    assertTrue(e.stream().anyMatch(x -> x.startsWith("RUS UKR 19")), e.toString());
  }

  @Test
  void citizensAsObjectAreTheirState() {
    List<String> e = events("en", "Iran detained seven Americans on Monday.", actors("Iran", "IRN", "Americans", "USA"));
    assertTrue(e.stream().anyMatch(x -> x.startsWith("IRN USA 17")), e.toString());
  }

  @Test
  void thePublicIsNoState() {
    List<String> most = events("en", "Most Germans condemned Russia on Monday.", actors("Germans", "DEU", "Russia", "RUS"));
    assertTrue(most.stream().noneMatch(x -> x.startsWith("DEU ")), most.toString());
    List<String> majority = events("en", "The majority of Americans condemned Russia on Monday.", actors("Americans", "USA", "Russia", "RUS"));
    assertTrue(majority.stream().noneMatch(x -> x.startsWith("USA ")), majority.toString());
  }

  @Test
  void aClassNamedInPassingActsForNoState() {
    List<String> e = events("en", "The threat rose mainly due to Australians joining militias to fight in Syria.",
        actors("Australians", "AUS", "Syria", "SYR"));
    assertTrue(e.stream().noneMatch(x -> x.startsWith("AUS ")), e.toString());
  }

  @Test
  void aPossessorNamesWhoseThingItIs() {
    List<String> e = events("en", "Britain criticised the Saudis' war on Monday.", actors("Britain", "GBR", "Saudis", "SAU"));
    assertTrue(e.stream().noneMatch(x -> x.contains(" SAU ")), e.toString());
  }

  @Test
  void aGerundSetOffFromTheObjectHasTheClausesSubject() {
    // the parser hangs "protesting" on "Embassy"
    List<String> e = events("en", "Students have surrounded the Iranian Embassy in Berlin, protesting for Germany's #FreeIran campaign.",
        actors("Iranian Embassy", "IRNGOV", "Germany", "DEU"));
    assertTrue(e.stream().noneMatch(x -> x.startsWith("IRNGOV ")), e.toString());
  }

  @Test
  void groupsAndGuardsOfTheBundledListsAct() {
    String[][] cases = {
        {"The Revolutionary Guards seized a British tanker on Friday.", "British", "GBR", "IRNMIL GBR 17"},
        {"The IRGC seized a British tanker on Friday.", "British", "GBR", "IRNMIL GBR 17"},
        {"The Quds Force attacked Israeli troops on Friday.", "Israeli", "ISR", "IRNMIL ISR 19"},
        {"Houthi rebels attacked Saudi Arabia on Friday.", "Saudi Arabia", "SAU", "YEMREB SAU 19"},
        {"The Houthis attacked Saudi Arabia on Friday.", "Saudi Arabia", "SAU", "YEMREB SAU 19"},
        {"The PKK attacked Iraqi soldiers on Friday.", "Iraqi", "IRQ", "TURREB IRQ 19"},
        {"The Nusra Front attacked Lebanese soldiers on Friday.", "Lebanese", "LBN", "SYRREBMUS LBN 19"},
    };
    for (String[] c : cases) {
      List<String> e = events("en", c[0], actors(c[1], c[2]));
      assertTrue(e.stream().anyMatch(x -> x.startsWith(c[3])), c[0] + " " + e);
    }
    // "pkk" in lower case is no group's initials
    assertTrue(events("en", "The pkk attacked Iraqi soldiers on Friday.", actors("Iraqi", "IRQ")).stream().noneMatch(x -> x.startsWith("TURREB")));
  }
}
