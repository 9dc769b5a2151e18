package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Force told by where its weapons came from, and regions that stand for their state (docs/events.md, "events-recall-actors"), one invented
 * sentence each, with CoreNLP's parser: the row marked "stays" guards what the rule must not change.
 */
class CoreNlpEventOriginsTest {
  /**
   * Rockets, missiles or attacks "from" a state, fired by no named actor, are that state's force
   * (evaluation/README.md codes "rocket and mortar attacks from Gaza" as Palestine's).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Rockets fired from Peru hit the Chilean town of Arica on Tuesday. # Peru=PER;Chilean=CHL # PER CHL 190 asserted",
      "Missiles launched from Peru struck a Chilean oil depot.       # Peru=PER;Chilean=CHL # PER CHL 190 asserted",
      "Two Chilean soldiers were killed by mortar attacks from Peru last month. # Chilean=CHLMIL;Peru=PER # PER CHLMIL 190 asserted",
      // stays: the user of the weapons named as the subject
      "Bolivia struck Chilean positions with rockets from Peru.     # Bolivia=BOL;Peru=PER;Chilean=CHL # BOL CHL 190 asserted",
  })
  void forceComesFromItsPlacesState(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /** Gaza and the West Bank stand for Palestine (places.txt), as the doer's place and as the place hit. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Rockets fired from Gaza hit the Israeli city of Ashkelon on Monday. # Israeli=ISR # PSE ISR 190 asserted",
      "Jordan struck a training camp in the Gaza Strip overnight.      # Jordan=JOR # JOR PSE 190 asserted",
      "Egypt sent medical aid to the West Bank on Thursday.            # Egypt=EGY # EGY PSE 073 asserted",
  })
  void palestinianPlaces(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
