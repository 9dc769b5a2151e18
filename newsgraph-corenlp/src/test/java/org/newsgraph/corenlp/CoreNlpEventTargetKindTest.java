package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verbs that code one way for a person and another for a state (events-targetkind, docs/events.md),
 * with CoreNLP's parser, on invented sentences: the verb lexicon's (person) and (state) lines.
 * Each case has beside it the one that must stay as it was.
 */
class CoreNlpEventTargetKindTest {

  @Test
  void oneInOfficeOrAnOrganisationAttackedIsCriticisedAStateAttackedIsStruck() {
    assertEquals(List.of("BRA ARG 111 asserted"), events("en", "Bolsonaro attacked his Argentine counterpart at the summit.",
        actors("Bolsonaro", "BRA", "Argentine", "ARG"), "Bolsonaro"));
    assertEquals(List.of("BRA ARG 111 asserted"), events("en", "Bolsonaro attacked Fernandez in a long speech.",
        actors("Bolsonaro", "BRA", "Fernandez", "ARG"), "Bolsonaro", "Fernandez"));
    assertEquals(List.of("BRA IGOUNO 111 asserted"), events("en", "Brazil attacked the WHO over its slow response to the outbreak.",
        actors("Brazil", "BRA", "WHO", "IGOUNO")));
    assertEquals(List.of("BRA ARG 190 asserted"), events("en", "Brazil attacked Argentina on Monday.", actors("Brazil", "BRA", "Argentina", "ARG")));
    Map<String, String> a = actors("Brazil", "BRA", "Argentine", "ARG");
    assertEquals(List.of("BRA ARG 190 asserted"), events("en", "Brazil attacked Argentine positions near the river.", a));
    assertEquals(List.of("BRA ARG 190 asserted"), events("en", "Brazil attacked the Argentine president with drones.", a));
  }

  @Test
  void aStateChargedWithADeedIsAccusedPeopleAreChargedInCourt() {
    Map<String, String> a = actors("Chile", "CHL", "Peru", "PER");
    assertEquals(List.of("CHL PER 112 asserted"), events("en", "Chile charged Peru with sheltering the rebels in the north.", a));
    assertEquals(List.of("CHL PER 112 asserted"), events("en", "Chile charged Peru with espionage.", a));
    assertEquals(List.of("CHL PER 173 asserted"), events("en", "Chilean prosecutors charged two Peruvian nationals with espionage.",
        actors("Chilean", "CHL", "Peruvian", "PER")));
  }

  @Test
  void goodsTargetedAreSanctioned() {
    Map<String, String> a = actors("Chile", "CHL", "Peruvian", "PER");
    assertEquals(List.of("CHL PER 163 asserted"), events("en", "Chile targeted Peruvian goods worth two billion dollars.", a));
    assertEquals(List.of("CHL PER 190 asserted"), events("en", "Chile targeted Peruvian militants near the border.", a));
  }
}
