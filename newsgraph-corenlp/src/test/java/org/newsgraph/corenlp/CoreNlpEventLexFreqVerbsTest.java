package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The entries of the "## lex-freq" block of verbs-en.txt (verbs and frames frequent between two
 * actors in corpus sentences the coder left uncoded), one invented sentence each, with CoreNLP's parser.
 */
class CoreNlpEventLexFreqVerbsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Japan's foreign minister travelled to Brazil on Monday.            | Japan   | JPNGOV | Brazil      | BRA | JPNGOV BRA 042 asserted",
      "Canada's prime minister traveled to Mexico for talks on trade.      | Canada  | CANGOV | Mexico      | MEX | CANGOV MEX 042 asserted",
      "China bought Brazilian soybeans worth two billion dollars.          | China   | CHN    | Brazilian   | BRA | CHN BRA 061 asserted",
      "Egypt purchased French jetliners in March.                          | Egypt   | EGY    | French      | FRA | EGY FRA 061 asserted",
      "India bought missiles from Russia last year.                        | India   | IND    | Russia      | RUS | RUS IND 072 asserted",
      "Ghana engaged in talks with Nigeria on Friday.                      | Ghana   | GHA    | Nigeria     | NGA | GHA NGA 040 asserted",
      "Italy withdrew from its trade agreement with Tunisia.               | Italy   | ITA    | Tunisia     | TUN | ITA TUN 160 asserted",
      "Peru pulled out of the bilateral treaty with Bolivia.               | Peru    | PER    | Bolivia     | BOL | PER BOL 160 asserted",
  })
  void anEntryOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source, sourceCode, target, targetCode)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ghana and Nigeria renegotiated their gas contract last year. | GHA NGA 046 asserted | NGA GHA 046 asserted",
      "Ghana and Nigeria engaged in talks on Friday.                | GHA NGA 040 asserted | NGA GHA 040 asserted",
  })
  void coordinatedActorsNegotiateWithEachOther(String text, String oneWay, String otherWay) {
    assertEquals(List.of(oneWay, otherWay), events("en", text.strip(), actors("Ghana", "GHA", "Nigeria", "NGA")));
  }

  @Test
  void aClimateAgreementNamedAfterACityIsNoDealWithItsState() {
    assertEquals(List.of(), events("en", "Chile withdrew from the Paris climate agreement.", actors("Chile", "CHL", "Paris", "FRAGOV")));
  }
}
