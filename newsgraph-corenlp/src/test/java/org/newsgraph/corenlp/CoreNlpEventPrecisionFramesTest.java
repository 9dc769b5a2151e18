package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events that unseen news text does not report as acts (events-precision-frames, docs/events.md), with
 * CoreNLP's parser, on invented sentences. Each removed reading codes 05x, 06x or 07x on main; the rows with
 * an event stay as they were.
 */
class CoreNlpEventPrecisionFramesTest {

  @Test
  void supportInTheSimplePresentIsAStandingRelation() {
    Map<String, String> a = actors("Chile", "CHL", "Peru", "PER");
    assertEquals(List.of(), events("en", "Chile supports the government of Peru in its quarrel over fishing rights.", a));
    assertEquals(List.of(), events("en", "The quarrel deepened, and Chile still backs Peru.", a));
    assertEquals(List.of(), events("en", "The police of Chile and Peru often work together on smuggling cases.", a));
    assertEquals(List.of("CHL PER 050 asserted"), events("en", "Chile backed Peru in the dispute last year.", a));
    assertEquals(List.of("CHL PER 050 asserted"), events("en", "Chile said on Monday that it supports Peru.", a));
    assertEquals(List.of("CHL PER 050 asserted"), events("en", "Chile supports the claims of Peru, the ambassador of Chile said.", a));
  }

  @Test
  void aidInTheSimplePresentIsAStandingFlow() {
    Map<String, String> a = actors("Chile", "CHL", "Peru", "PER");
    assertEquals(List.of(), events("en", "Chile provides weapons and fuel to the army of Peru.", a));
    assertEquals(List.of(), events("en", "The fuel that Chile sells to Peru is cheap.", a));
    assertEquals(List.of(), events("en", "Chile sells copper to Peru, a trader said.", a));
    assertEquals(List.of("CHL PER 072 asserted"), events("en", "Chile provided weapons and fuel to the army of Peru.", a));
  }
}
