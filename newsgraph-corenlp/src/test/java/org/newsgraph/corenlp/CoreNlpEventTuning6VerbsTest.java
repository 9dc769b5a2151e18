package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The entries of the "## tuning6" block of verbs-en.txt, one invented sentence each, with CoreNLP's parser. */
class CoreNlpEventTuning6VerbsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Egypt appreciates the efforts of Jordan to end the crisis.       | Egypt  | EGY | Jordan    | JOR | EGY JOR 051 asserted",
      "Canada panned Russia's proposal on Monday.                       | Canada | CAN | Russia    | RUS | CAN RUS 111 asserted",
      "Japan canceled its prime minister's visit to China.              | Japan  | JPN | China     | CHN | JPN CHN 160 asserted",
      "Italy informed Libya of the decision on Friday.                  | Italy  | ITA | Libya     | LBY | ITA LBY 010 asserted",
  })
  void aVerbOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source, sourceCode, target, targetCode)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Brazil and Argentina coordinated their positions before the summit.",
      "Brazil and Argentina had managed to coordinate their policies for years.",
  })
  void coordinatingPolicyIsMutualCooperation(String text) {
    assertEquals(List.of("ARG BRA 050 asserted", "BRA ARG 050 asserted"),
        events("en", text.strip(), actors("Brazil", "BRA", "Argentina", "ARG")));
  }
}
