package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tree readings of the target (docs/events.md, "events-trees"), one invented sentence each, with
 * CoreNLP's parser: the rows marked "stays" guard what the rules must not take away.
 */
class CoreNlpEventTreesTest {
  /**
   * "Along with" or "together with" before the verb's object or complement names whom the actor acts
   * beside, never the target, though the parser hangs it on the verb.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Brazil, along with Chile, Peru and Uruguay, has been backing the opposition. # Brazil=BRA;Chile=CHL # BRA null 050 asserted",
      "The United States, along with Britain and France, has been arming the rebels. # United States=USA;Britain=GBR;France=FRA # USA null 072 asserted",
      // stays: a target named beside the companion, a partner named by "with" alone, a fight alongside
      "Brazil, together with Chile, criticized Argentina.           # Brazil=BRA;Chile=CHL;Argentina=ARG # BRA ARG 111 asserted",
      "Brazil signed a trade deal with Chile.                       # Brazil=BRA;Chile=CHL # BRA CHL 057 asserted|CHL BRA 057 asserted",
      "Brazil fought alongside Chile against Peru.                  # Brazil=BRA;Chile=CHL;Peru=PER # BRA PER 190 asserted",
  })
  void aCompanionIsNoTarget(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /**
   * A domestic affair named by the country it is about ("the Russia hoax", "the Ukraine scandal", a
   * "witch hunt") is judged, not the country, and an inquiry "attacked" is attacked in words, not the
   * country it looks into; the country's own act, or the country itself, stays the target.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Brazil condemned the Argentina scandal.             # Brazil=BRA;Argentina=ARG # BRA null 111 asserted",
      "Brazil slammed the Argentine witch hunt.            # Brazil=BRA;Argentine=ARG # BRA null 111 asserted",
      "Brazil criticized the Argentina collusion scandal.  # Brazil=BRA;Argentina=ARG # BRA null 111 asserted",
      "The president denounced the Venezuela hoax.         # president=BRAGOV;Venezuela=VEN # BRAGOV null 111 asserted",
      "The president attacked the investigation into Argentine interference. # president=BRAGOV;Argentine=ARG # BRAGOV null 190 asserted",
      "Brazil criticized the investigation into Argentine interference. # Brazil=BRA;Argentine=ARG # BRA null 111 asserted",
      "Brazil attacked the Argentina probe.                # Brazil=BRA;Argentina=ARG # BRA null 190 asserted",
      // stays: an embassy attacked, allegations by the country, the country's handling, the country over an affair
      "Brazil attacked the Argentine embassy.              # Brazil=BRA;Argentine=ARG # BRA ARG 190 asserted",
      "Brazil rejected the Argentine allegations.          # Brazil=BRA;Argentine=ARG # BRA ARG 120 asserted",
      "Brazil praised Argentina's handling of the scandal. # Brazil=BRA;Argentina=ARG # BRA ARG 051 asserted",
      "Brazil criticized Argentina over the scandal.       # Brazil=BRA;Argentina=ARG # BRA ARG 111 asserted",
  })
  void aDomesticAffairIsNoTarget(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
