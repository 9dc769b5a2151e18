package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frames of the `## set11` block of verbs-en.txt (evaluation/events-tuning-en-11.txt's misses;
 * docs/events.md, "events-set11"), one invented sentence each, with CoreNLP's parser.
 */
class CoreNlpEventSet11Test {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // diplomatic protests lodged or delivered, in the plural and in China's words
      "Brazil lodged strong protests with Argentina on Friday.        | Brazil | BRA | Argentina | ARG | BRA ARG 111 asserted",
      "Chile delivered a formal protest to Peru.                      | Chile  | CHL | Peru      | PER | CHL PER 111 asserted",
      "China lodged solemn representations with Japan.                | China  | CHN | Japan     | JPN | CHN JPN 111 asserted",
      // an application turned down is a request rejected
      "Norway denied an application from Russia.                      | Norway | NOR | Russia    | RUS | NOR RUS 120 asserted",
      // persuading another back to the table is an appeal to negotiate
      "Japan persuaded China to return to the negotiating table.      | Japan  | JPN | China     | CHN | JPN CHN 026 asserted",
  })
  void aFrameOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }

  /**
   * A deed of force that a speaker says another did to the speaker's side, or without its victim, is
   * the speaker's accusation of the doer (112), beside the deed (VerblessStatements.deedsInSpeech); not
   * when the doer is the speaker's own side, nor a third party's, nor when the deed is only possible,
   * nor when officials tell it to the press.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Tbilisi says Azerbaijan attacked Georgian villages. # Tbilisi=GEOGOV;Azerbaijan=AZE;Georgian=GEO # AZE GEO 190 asserted|GEOGOV AZE 112 asserted",
      "Washington said Iran shot down the drone.     # Washington=USAGOV;Iran=IRN # IRN null 190 asserted|USAGOV IRN 112 asserted",
      "Russia said its forces struck Georgia.        # Russia=RUS;Georgia=GEO # RUS GEO 190 asserted",
      "Armenia said Azerbaijan could attack Georgia. # Armenia=ARMGOV;Azerbaijan=AZE;Georgia=GEO # AZE GEO 190 hypothetical",
      "Armenian officials told the newspaper that Azerbaijan shot down the drone. # Armenian=ARMGOV;Azerbaijan=AZE # AZE null 190 asserted",
      "Armenia says Azerbaijan attacked Georgia.     # Armenia=ARMGOV;Azerbaijan=AZE;Georgia=GEO # AZE GEO 190 asserted",
  })
  void aDeedOfForceSaidOfAnotherIsAnAccusation(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
