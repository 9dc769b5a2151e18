package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Actors misread on unseen text (events-precision-actors, docs/events.md), with CoreNLP's parser, on
 * invented sentences. Each positive row codes a wrong actor on main; the rows marked "stays" guard.
 */
class CoreNlpEventPrecisionActorsTest {

  @Test
  void alliesAreNotTheStateTheyAreAlliedTo() {
    Map<String, String> a = actors("Syrian", "SYR", "United States", "USA");
    assertEquals(List.of(), events("en", "Syrian allies condemned the United States on Tuesday.", a));
    assertEquals(List.of(), events("en", "Russia's allies criticized the European Union on Friday.",
        actors("Russia", "RUS", "European Union", "IGOEUREEC")));
    assertEquals(List.of(), events("en", "The allies of Venezuela accused Colombia of meddling.",
        actors("Venezuela", "VEN", "Colombia", "COL")));
    assertEquals(List.of("RUSGOV null 111 asserted"), events("en", "Putin criticized the leaders of American allies.",
        actors("Putin", "RUSGOV", "American", "USA"), "Putin"));
  }

  @Test
  void anAppositionOrAnOwnedNationalityStillNamesThem() {
    // stays: the apposition is the ally, the possessor only whose ally it is
    assertEquals(List.of("CHN USA 111 asserted"), events("en", "North Korea's main ally, China, criticized the United States.",
        actors("North Korea", "PRK", "China", "CHN", "United States", "USA")));
    assertEquals(List.of("CHN USA 111 asserted"), events("en", "North Korea's main ally, the Chinese government, criticized the United States.",
        actors("North Korea", "PRK", "Chinese", "CHN", "United States", "USA")));
    // stays: "its Iraqi allies" are Iraqi
    assertEquals(List.of("IRQ IMGMUSISI 190 asserted", "USA IMGMUSISI 190 asserted"),
        events("en", "The United States and its Iraqi allies attacked Islamic State fighters near Mosul.",
            actors("United States", "USA", "Iraqi", "IRQ", "Islamic State", "IMGMUSISI")));
  }

  @Test
  void membersOfAnInternationalOrganisationAreNotIt() {
    assertEquals(List.of(), events("en", "The members of the U.N. Security Council met with Iranian diplomats in Vienna.",
        actors("U.N. Security Council", "IGOUNO", "Iranian", "IRN")));
    assertEquals(List.of(), events("en", "NATO members condemned Russia on Monday.", actors("NATO", "IGOWSTNAT", "Russia", "RUS")));
    assertEquals(List.of("DEU IRN 046 asserted"), events("en", "The members of the U.N. Security Council and Germany negotiated with Iran.",
        actors("U.N. Security Council", "IGOUNO", "Germany", "DEU", "Iran", "IRN")));
    // stays: members of a state's body act for it
    assertEquals(List.of("IRQ TUR 040 asserted"), events("en", "Members of the Iraqi government met with Turkish officials.",
        actors("Iraqi", "IRQ", "Turkish", "TUR")));
  }
}
