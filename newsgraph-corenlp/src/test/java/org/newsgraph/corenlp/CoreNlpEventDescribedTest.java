package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Actors told by a place or a national modifier (docs/events.md,
 * "events-described"), one invented sentence each, with CoreNLP's parser; the rows marked "stays"
 * guard what the rules must not take.
 */
class CoreNlpEventDescribedTest {
  /** A state's bodies and voices "in" the state act for it; others there do not. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Authorities in Chile arrested two Peruvian journalists.      # Chile=CHL;Peruvian=PER # CHL PER 173 asserted",
      "Newspapers in Chile and Bolivia condemned Peru on Monday.    # Chile=CHL;Bolivia=BOL;Peru=PER # BOL PER 111 asserted|CHL PER 111 asserted",
      "Lawmakers in Lima accused Chile of aggression.               # Lima=PERGOV;Chile=CHL # PERGOV CHL 1123 asserted",
      // stays: a body with its own state named; people who speak for no state there
      "Peruvian officials in Chile criticized Bolivia.              # Peruvian=PER;Chile=CHL;Bolivia=BOL # PER BOL 111 asserted",
      "Religious leaders in Chile criticized Peru.                  # Chile=CHL;Peru=PER # ",
      "Diplomats in Lima criticized Chile.                          # Lima=PERGOV;Chile=CHL # ",
  })
  void bodiesInTheirState(String text, String actors, String expected) {
    assertEquals(expected == null ? List.of() : expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /**
   * A passive whose subject is its frame's object reads as the active; what a state gives or imposes,
   * told by its national modifier in such a passive without agent, is the state's act.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "The Chilean duties were levied on Peruvian imports.          # Chilean=CHL;Peruvian=PER # CHL PER 163 asserted",
      "Millions in Chilean aid to Peru had been frozen.             # Chilean=CHL;Peru=PER # CHL PER 1621 asserted",
      // the passive's subject as the frame's object, with an agent
      "Sanctions on Peru were lifted by Chile.                      # Peru=PER;Chile=CHL # CHL PER 085 asserted",
      "Peruvian assets were frozen by Chile.                        # Peruvian=PER;Chile=CHL # CHL PER 1711 asserted",
      // stays: a word said about the measure; a patient that is no measure
      "Chilean tariffs on Peru were criticized.                     # Chilean=CHL;Peru=PER # ",
      "Chilean soldiers were attacked in Peru.                      # Chilean=CHL;Peru=PER # ",
      "Chilean assets were frozen in Peru.                          # Chilean=CHL;Peru=PER # ",
  })
  void givenByItsState(String text, String actors, String expected) {
    assertEquals(expected == null ? List.of() : expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
