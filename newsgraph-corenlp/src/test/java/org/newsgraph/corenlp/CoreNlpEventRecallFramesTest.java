package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Intent, threats and weighed steps told in other words (events-recall-frames, docs/events.md), with CoreNLP's
 * parser, on invented sentences. Each reading codes otherwise on main; the rows marked "stays" guard
 * what must not change.
 */
class CoreNlpEventRecallFramesTest {
  private static final Map<String, String> PERU_CHILE = actors("Peru", "PER", "Chile", "CHL");

  @Test
  void readinessSaidIsIntent() {
    assertEquals(List.of("PER CHL 036 asserted"), events("en", "Peru said it is ready to hold talks with Chile.", PERU_CHILE));
    assertEquals(List.of("PER CHL 138 asserted"), events("en", "Peru said it was willing to attack Chile.", PERU_CHILE));
    // announced by one side, the act is that side's word alone: no reply from the partner
    assertEquals(List.of("PER CHL 030 asserted"),
        events("en", "Peru is ready to restore relations with Chile, its foreign minister said.", PERU_CHILE));
  }

  @Test
  void readinessUnsaidOrDeniedStays() {
    // stays: the writer's own "is ready to" expresses nothing, and a readiness denied is none
    assertEquals(List.of("PER CHL 040 hypothetical"), events("en", "Peru is ready to hold talks with Chile.", PERU_CHILE));
    assertEquals(List.of("PER CHL 040 hypothetical"), events("en", "Peru said it is not ready to hold talks with Chile.", PERU_CHILE));
  }

  @Test
  void weighingAStepAgainstAnotherIsConsideringIt() {
    assertEquals(List.of("PER CHL 014 asserted"), events("en", "Peru is considering new sanctions against Chile.", PERU_CHILE));
    assertEquals(List.of("PER CHL 014 asserted"),
        events("en", "Peru is weighing tariffs on Chile after the vote.", PERU_CHILE));
    // stays: weighed only in a forecast, it is none done
    assertEquals(List.of("PER CHL 014 hypothetical"), events("en", "Peru might consider sanctions against Chile.", PERU_CHILE));
  }

  @Test
  void aWarningOfOnesOwnActIsMadeToItsTarget() {
    Map<String, String> a = actors("Lima", "PERGOV", "Peru", "PER", "Chile", "CHL");
    assertEquals(List.of("PERGOV CHL 130 asserted"),
        events("en", "Lima warned that Peru would totally destroy Chile if the raids went on.", a));
  }

  @Test
  void encouragingAnotherToActIsAnAppeal() {
    assertEquals(List.of("PER CHL 020 asserted"), events("en", "Peru encouraged Chile to join the trade pact.", PERU_CHILE));
    // a hedge puts the act in doubt: a claim, not told as done
    assertEquals(List.of("PER CHL 020 reported"), events("en", "Peru purportedly encouraged Chile to join the trade pact.", PERU_CHILE));
    assertEquals(List.of("PER CHL 190 reported"), events("en", "Peru allegedly attacked Chile in May.", PERU_CHILE));
  }
}
