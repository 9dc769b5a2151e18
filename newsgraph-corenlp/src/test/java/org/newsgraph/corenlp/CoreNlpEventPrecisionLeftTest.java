package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wrong triples left on unseen text (events-precision-left, docs/events.md), with CoreNLP's parser, on
 * invented sentences. Each positive row codes otherwise on main; the rows marked "stays" guard.
 */
class CoreNlpEventPrecisionLeftTest {

  @Test
  void aCommitmentToActAgainstTheTargetIsAThreat() {
    assertEquals(List.of("IRN ISR 130 asserted"), events("en", "Iran vowed to expand its missile program to counter Israel's threats.",
        actors("Iran", "IRN", "Israel", "ISR")));
    assertEquals(List.of("JPN PRK 130 asserted"), events("en", "Japan promised to keep up its pressure on North Korea.",
        actors("Japan", "JPN", "North Korea", "PRK")));
    assertEquals(List.of("CAN CUB 130 asserted"), events("en", "Canada pledged to deepen the isolation of the Cuban government.",
        actors("Canada", "CAN", "Cuban", "CUB")));
  }

  @Test
  void aCommitmentToActWithTheTargetStaysCooperative() {
    // stays: the target is the partner of what is committed to
    assertEquals(List.of("RUS EGY 0333 asserted"), events("en", "Russia pledged to deliver food aid to Egypt.",
        actors("Russia", "RUS", "Egypt", "EGY")));
    assertEquals(List.of("GBR UKR 0332 asserted"), events("en", "Britain promised to send weapons to Ukraine to counter the threat.",
        actors("Britain", "GBR", "Ukraine", "UKR")));
  }
}
