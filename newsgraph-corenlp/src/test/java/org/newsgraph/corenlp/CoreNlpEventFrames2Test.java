package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs and frames of the tuning sets' misses (docs/events.md, "events-frames2"), one invented
 * sentence each, with CoreNLP's parser: each codes nothing, or another code, without its line of
 * the {@code ## frames2} block of verbs-en.txt or the date rule of {@code VerbLexicon}.
 */
class CoreNlpEventFrames2Test {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a date between the verb and its frame is no part of the gap: a phone call, not an appeal or nothing
      "Chile called Argentine President Juan Carlos Ortega Ruiz on Saturday to discuss the border dispute. | Chile | CHL | Argentine | ARG | CHL ARG 041 asserted",
      "Chile downed an Argentine surveillance drone over the Andes.   | Chile | CHL | Argentine | ARG | CHL ARG 190 asserted",
      "Venezuela demanded relief from crippling American sanctions.  | Venezuela | VEN | American | USA | VEN USA 1054 asserted",
      "Chile extended an invitation to Argentina for a state visit.  | Chile | CHL | Argentina | ARG | CHL ARG 036 asserted",
      "Chile voiced support for Argentina in the dispute.            | Chile | CHL | Argentina | ARG | CHL ARG 051 asserted",
      "Chile reiterated its support for Argentina in the dispute.    | Chile | CHL | Argentina | ARG | CHL ARG 051 asserted",
      "Chile issued a stern warning to Argentina over the border.    | Chile | CHL | Argentina | ARG | CHL ARG 130 asserted",
  })
  void aFrameOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }
}
