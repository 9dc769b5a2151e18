package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frames of the `## set12` block of verbs-en.txt (evaluation/events-tuning-en-12.txt's misses;
 * docs/events.md, "events-set12"), one invented sentence each, with CoreNLP's parser.
 */
class CoreNlpEventSet12Test {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a summit or meeting canceled or called off reduces relations with the partner
      "Chile canceled its planned summit with Peru.                   | Chile  | CHL | Peru      | PER | CHL PER 160 asserted",
      "Brazil called off the meeting with Argentina on Friday.        | Brazil | BRA | Argentina | ARG | BRA ARG 160 asserted",
      // weighing tariffs on another is considering a policy option
      "Japan is considering higher tariffs on Chinese steel.          | Japan  | JPN | Chinese   | CHN | JPN CHN 014 asserted",
  })
  void aFrameOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }
}
