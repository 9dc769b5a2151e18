package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arrests told by their place (docs/events.md, "events-recall-actors"), one invented sentence each, with
 * CoreNLP's parser: the rows marked "stays" guard what the rule must not take away or add.
 */
class CoreNlpEventArrestsTest {
  /**
   * An arrest with no detainer named is the place's state's (evaluation/README.md: "arrested in Turkey",
   * the Turkish authorities), in the passive, in a participle on the noun of those arrested, and by a
   * body that names no state ("police").
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "A Bolivian journalist was arrested in Chile on Tuesday.       # Bolivian=BOL;Chile=CHL # CHL BOL 173 asserted",
      "Two Chilean engineers detained in Peru were sent to trial on Monday. # Chilean=CHL;Peru=PER # PER CHL 173 asserted",
      "Three Peruvians detained in Bolivia spoke to reporters after their release. # Peruvians=PER;Bolivia=BOL # BOL PER 173 asserted",
      "The Chilean teacher, who was imprisoned in Peru for a year, returned home. # Chilean=CHL;Peru=PER # PER CHL 173 asserted",
      "Police arrested two Chilean tourists in Peru on Sunday.       # Chilean=CHL;Peru=PER # PER CHL 173 asserted",
      // stays: a detainer named by the "by"-phrase or as the subject, an active with its subject elsewhere
      "A Chilean engineer was detained in Peru by Bolivian agents.   # Chilean=CHL;Peru=PER;Bolivian=BOL # BOL CHL 173 asserted",
      "Peru arrested two Chilean tourists in Bolivia.                # Chilean=CHL;Peru=PER;Bolivia=BOL # PER CHL 173 asserted",
      "Peruvian police raided the house and detained two Chileans in Bolivia. # Peruvian=PER;Chileans=CHL;Bolivia=BOL # PER CHL 173 asserted|PER null 190 asserted",
  })
  void arrestTakesThePlacesState(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
