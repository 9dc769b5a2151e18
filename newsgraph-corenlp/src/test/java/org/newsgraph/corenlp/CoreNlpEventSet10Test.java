package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The causes of evaluation/events-tuning-en-10.txt that were fixed (docs/events.md, "events-set10"),
 * one invented sentence each, with CoreNLP's parser.
 */
class CoreNlpEventSet10Test {
  /** The parser reads "on Japan to change" as a clause with Japan its subject; Japan is still the one appealed to. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "China called on Japan to change its approach.                     | China  | CHN | Japan  | JPN | CHN JPN 020 asserted",
      "Nigeria has called on the United States to reconsider its policy. | Nigeria | NGA | United States | USA | NGA USA 020 asserted",
  })
  void theAddresseeOfCallOnIsTheTarget(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Brazil quit the Iran nuclear deal last year.         | Brazil | BRA | Iran                      | IRN    | BRA IRN 160 asserted",
      "Argentina quit the UN Human Rights Council in June.  | Argentina | ARG | UN Human Rights Council | IGOUNO | ARG IGOUNO 160 asserted",
  })
  void quittingADealOrABodyReducesRelations(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Brazil made accusations against Argentina on Monday.               | Brazil | BRA | Argentina | ARG | BRA ARG 112 asserted",
      "Sweden levelled an allegation against Russia.                      | Sweden | SWE | Russia    | RUS | SWE RUS 112 asserted",
      "Canada pressed Saudi Arabia on human rights.                       | Canada | CAN | Saudi Arabia | SAU | CAN SAU 0243 asserted",
      "France ordered the withdrawal of its troops from Mali.             | France | FRA | Mali      | MLI | FRA MLI 0874 asserted",
  })
  void aFrameOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }
}
