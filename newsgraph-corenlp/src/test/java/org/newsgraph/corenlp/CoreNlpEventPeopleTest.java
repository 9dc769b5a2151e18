package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People told by a count (docs/events.md, "events-recall-people"), one invented sentence each, with
 * CoreNLP's parser: the rows marked "stays" guard what the rule must not take away or add.
 */
class CoreNlpEventPeopleTest {
  /**
   * A count of a state's people that an act is done to is that state, as a number of them is ("killed 52
   * Palestinians"): the object of the active, the subject of the passive, a count of a count. As the
   * subject of an active they stay the public.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Chilean troops killed dozens of Peruvians near the border.     # Chilean=CHL;Peruvians=PER # CHL PER 190 asserted",
      "Bolivia arrested hundreds of Chileans after the protest.       # Bolivia=BOL;Chileans=CHL # BOL CHL 173 asserted",
      "Thousands of Peruvians were killed by Chilean forces in the war. # Peruvians=PER;Chilean=CHL # CHL PER 190 asserted",
      "Chile detained tens of thousands of Peruvians last year.      # Chile=CHL;Peruvians=PER # CHL PER 173 asserted",
      // stays: the count as the doer, the public
      "Thousands of Peruvians criticized Chile on Sunday.             # Peruvians=PER;Chile=CHL # none",
      "The majority of Chileans oppose Bolivia's claim.               # Chileans=CHL;Bolivia=BOL # none",
  })
  void aCountOfPeopleDoneToIsTheirState(String text, String actors, String expected) {
    assertEquals(expected.strip().equals("none") ? List.of() : expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
