package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readings that unseen news text made the coder get wrong (events-precision4, docs/events.md), with
 * CoreNLP's parser, on invented sentences: a warning that states what is read as a threat; a
 * retaliation in tariffs read as force. Each case has beside it the one that must stay as it was.
 * Captions and video titles are the segmenter's (SegmenterTest).
 */
class CoreNlpEventPrecision4Test {

  @Test
  void aWarningThatStatesWhatIsIsNoThreat() {
    Map<String, String> a = actors("Denmark", "DNK", "Russia", "RUS");
    assertEquals(List.of(), events("en", "Denmark warned that Russia continued to spread lies in Europe.", a));
    assertEquals(List.of(), events("en", "Denmark warned on Monday that Russia is spreading lies in Europe.", a));
    assertEquals(List.of("DNK RUS 130 asserted"), events("en", "Denmark warned that Russia would pay a heavy price.", a));
    assertEquals(List.of("DNK RUS 130 asserted"), events("en", "Denmark warned Russia that it is going to have to be careful.", a));
    assertEquals(List.of("DNK RUS 130 asserted"), events("en", "Denmark warned Russia that it faces consequences.", a));
  }

  @Test
  void aRetaliationWithTariffsIsNoForce() {
    Map<String, String> a = actors("Chile", "CHL", "Peru", "PER");
    assertEquals(List.of("CHL PER 163 asserted"), events("en", "Chile retaliated against Peru's new steel and copper tariffs with tariffs of its own.", a));
    assertEquals(List.of("CHL PER 163 asserted"), events("en", "Chile retaliated against Peru by imposing duties on its fish.", a));
    assertEquals(List.of("CHL PER 190 asserted"), events("en", "Chile retaliated against Peru with artillery fire.", a));
  }
}
