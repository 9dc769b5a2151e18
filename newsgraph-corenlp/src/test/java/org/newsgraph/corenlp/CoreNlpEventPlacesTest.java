package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Targets told by a place (docs/events.md, "events-places2"), one invented sentence each, with
 * CoreNLP's parser: the rows marked "stays" guard what the rule must not take away.
 */
class CoreNlpEventPlacesTest {
  /**
   * Force against something in a place is against the place's state (evaluation/README.md, settled
   * doubts), also where the place is inside what was hit, and a capital there is the state, not its
   * government.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Chile struck military positions in Lima and Cusco.          # Chile=CHL;Lima=PERGOV;Cusco=PER # CHL PER 190 asserted",
      "Chile struck an arms depot near Lima.                       # Chile=CHL;Lima=PERGOV # CHL PER 190 asserted",
      "Chile struck depots and barracks linked to the army in Cusco. # Chile=CHL;Cusco=PER # CHL PER 190 asserted",
      "Chile attacked the airfield, which serves as an outpost for Bolivian troops stationed in Peru. # Chile=CHL;Bolivian=BOL;Peru=PER # CHL PER 190 asserted",
      "Military positions in Cusco were struck by Chile.           # Chile=CHL;Cusco=PER # CHL PER 190 asserted",
      "Chile struck targets in Lima.                               # Chile=CHL;Lima=PERGOV # CHL PER 190 asserted",
      // stays: an actor of what was hit, a place of the source's own state, a place of no force
      "Chile struck a Bolivian convoy in Peru.                     # Chile=CHL;Bolivian=BOL;Peru=PER # CHL BOL 190 asserted",
      "Chile struck rebel positions in Santiago.                   # Chile=CHL;Santiago=CHLGOV # CHL null 190 asserted",
      "Chile criticized the arms factory in Lima.                  # Chile=CHL;Lima=PERGOV # CHL null 111 asserted",
      // stays: a place told by an apposition or a clause with its own doer is not where the force was used
      "Chile struck the convoy, a unit of the army that Peru keeps in Bolivia. # Chile=CHL;Peru=PER;Bolivia=BOL # CHL null 190 asserted",
      "Chile struck sites critical to Peru's arms industry, including a depot in Cusco. # Chile=CHL;Peru=PER;Cusco=PER # CHL PER 190 asserted",
      // stays: the sentence names the group it hit there; a figure of speech
      "Chile carried out most of the strikes against Hezbollah in Peru. # Chile=CHL;Hezbollah=LBNREB;Peru=PER # CHL null 190 asserted",
      "Chilean protests strike a nerve in Peru.                    # Chilean=CHL;Peru=PER # CHL null 190 asserted",
  })
  void forceTakesThePlacesState(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
