package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General constructions among the misses of evaluation/events-tuning-en-10.txt (docs/events.md,
 * "events-set10b"), one invented sentence each, with CoreNLP's parser.
 */
class CoreNlpEventSet10bTest {
  /** An actor's own "said it would ..." announces the step: intent by IntentRules (evaluation/README.md, settled doubts). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Brazil said it would impose tariffs on Argentine steel.      | Brazil | BRA | Argentine | ARG | BRA ARG 1312 asserted",
      "Chile said it will expel two Peruvian diplomats next week.   | Chile  | CHL | Peruvian  | PER | CHL PER 1313 asserted",
  })
  void aStepTheSpeakerSaysItWillTakeIsAnnounced(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }

  /** Under a condition the step is no announcement: "said it would retaliate if ..." stays hypothetical. */
  @Test
  void aConditionalStepIsNotAnnounced() {
    assertEquals(List.of("BRA ARG 163 hypothetical"),
        events("en", "Brazil said it would impose tariffs on Argentine steel if the talks failed.", actors("Brazil", "BRA", "Argentine", "ARG")));
  }

  /** "the two" alone stands for the two actors named before it in the sentence, as "the two countries" does. */
  @Test
  void theTwoAloneAreTheTwoNamedBefore() {
    assertEquals(List.of("CHL PER 057 asserted", "PER CHL 057 asserted"),
        events("en", "Chile and Peru ended their dispute, and the two signed a fishing agreement in May.", actors("Chile", "CHL", "Peru", "PER")));
  }
}
