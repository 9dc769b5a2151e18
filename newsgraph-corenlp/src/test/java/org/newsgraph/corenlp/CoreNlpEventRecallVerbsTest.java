package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts in their own news words and deeds told by a noun after a light verb (the `## events-recall-verbs`
 * block of verbs-en.txt and the nouns of event-nouns-en.txt; docs/events.md, "events-recall-verbs"), one
 * invented sentence each, with CoreNLP's parser. Each row codes nothing on main.
 */
class CoreNlpEventRecallVerbsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // lobbying another to act is an appeal to it
      "Brazil lobbied Argentina to lower its tariffs on Brazilian cars.             | Brazil  | BRA | Argentina | ARG | BRA ARG 020 asserted",
      // contacting another's officials is consultation
      "Chile contacted Peruvian officials about the missing fishermen.              | Chile   | CHL | Peruvian  | PER | CHL PER 040 asserted",
      // a case brought against another is a suit
      "Mexico brought a trade case against Canada at the World Trade Organization. | Mexico  | MEX | Canada    | CAN | MEX CAN 115 asserted",
      // arms sales halted or a sale of arms nixed stop military aid
      "Germany halted arms sales to Egypt after the coup.                           | Germany | DEU | Egypt     | EGY | DEU EGY 1622 asserted",
      "Sweden nixed the sale of missiles to Turkey.                                 | Sweden  | SWE | Turkey    | TUR | SWE TUR 1622 asserted",
      // strikes or an offensive begun or resumed are force
      "Egypt began airstrikes against Libya on Monday.                              | Egypt   | EGY | Libya     | LBY | EGY LBY 195 asserted",
      "Turkey resumed its offensive against Syria.                                  | Turkey  | TUR | Syria     | SYR | TUR SYR 190 asserted",
      "Egypt continued its airstrikes on Libya.                                     | Egypt   | EGY | Libya     | LBY | EGY LBY 195 asserted",
      // strikes ordered are the orderer's
      "Kenya ordered airstrikes on Somalia last week.                               | Kenya   | KEN | Somalia   | SOM | KEN SOM 195 asserted",
      "Ethiopia ordered a drone strike on Eritrea.                                  | Ethiopia | ETH | Eritrea  | ERI | ETH ERI 195 asserted",
      // tariff increases imposed are tariffs imposed
      "Japan imposed tariff increases on South Korea.                               | Japan   | JPN | South Korea | KOR | JPN KOR 163 asserted",
      // a killing, an arrest, an invasion or an assassination ordered, announced or authorised
      "Egypt ordered the killing of a Libyan commander.                             | Egypt   | EGY | Libyan    | LBY | EGY LBY 190 asserted",
      "Vietnam announced the arrest of two Chinese citizens.                        | Vietnam | VNM | Chinese   | CHN | VNM CHN 173 asserted",
      "Iraq ordered the invasion of Kuwait in 1990.                                 | Iraq    | IRQ | Kuwait    | KWT | IRQ KWT 192 asserted",
      "Peru authorized the assassination of a Bolivian colonel.                     | Peru    | PER | Bolivian  | BOL | PER BOL 186 asserted",
  })
  void aLineOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }

  @Test
  void aPhaseVerbWithAVerbOfItsOwnHasNoFrameOfItsOwn() {
    // the strikes are what Iraq condemns, not what it continues (Aspect.phaseOfAnotherVerb)
    assertTrue(events("en", "Iraq continued to condemn the Saudi strikes on Yemen.", actors("Iraq", "IRQ", "Saudi", "SAU", "Yemen", "YEM"))
        .stream().noneMatch(e -> e.startsWith("IRQ") && e.contains(" 19")));
  }
}
