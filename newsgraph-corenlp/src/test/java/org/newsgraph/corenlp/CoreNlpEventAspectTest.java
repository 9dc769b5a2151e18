package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acts told as stopped, and verbs whose particle makes another verb of them (events-aspect,
 * docs/events.md), with CoreNLP's parser, on invented sentences. Each reading codes otherwise on
 * main; the rows marked "stays" guard what must not change.
 */
class CoreNlpEventAspectTest {

  @Test
  void cooperationStoppedReducesRelations() {
    Map<String, String> a = actors("Peru", "PER", "Chile", "CHL");
    assertEquals(List.of("PER CHL 160 asserted"), events("en", "Peru has ceased cooperating with Chile on fisheries.", a));
    // stays: cooperation that goes on
    assertEquals(List.of("PER CHL 050 asserted"), events("en", "Peru has been cooperating with Chile on fisheries.", a));
    assertEquals(List.of("BRA ARG 160 asserted"),
        events("en", "Brazil quit buying soybeans from Argentina.", actors("Brazil", "BRA", "Argentina", "ARG")));
  }

  @Test
  void aidStoppedIsAidReduced() {
    assertEquals(List.of("NOR GHA 1622 asserted"),
        events("en", "Norway stopped sending weapons to Ghana.", actors("Norway", "NOR", "Ghana", "GHA")));
    assertEquals(List.of("CAN HTI 1622 asserted"),
        events("en", "Canada ended its practice of training the Haitian army.", actors("Canada", "CAN", "Haitian", "HTI")));
  }

  @Test
  void aGerundSetOffByACommaIsNoStoppedAct() {
    // stays: the accusation is made, the aid halted
    assertEquals(List.of("CAN HTI 1121 asserted", "CAN HTI 1621 asserted"),
        events("en", "Canada halted funding for Haiti, accusing it of fraud.", actors("Canada", "CAN", "Haiti", "HTI")));
  }

  @Test
  void forceStoppedIsNoEvent() {
    assertEquals(List.of(), events("en", "Israel stopped attacking Syria on Monday.", actors("Israel", "ISR", "Syria", "SYR")));
  }

  @Test
  void stoppingIsAsFactualAsItsVerb() {
    assertEquals(List.of("PAK AFG 160 negated"),
        events("en", "Pakistan did not stop supporting Afghanistan.", actors("Pakistan", "PAK", "Afghanistan", "AFG")));
    // announced, a reduction of relations is conflictual intent (evaluation/README.md, settled doubts)
    assertEquals(List.of("USA TUR 1313 asserted"),
        events("en", "The United States said it would stop cooperating with Turkey.", actors("United States", "USA", "Turkey", "TUR")));
  }

  @Test
  void aParticleMakesAnotherVerb() {
    assertEquals(List.of(), events("en", "Trump called off the strike on Iran.", actors("Trump", "USA", "Iran", "IRN"), "Trump"));
    assertEquals(List.of(), events("en", "Trump signed off on the deal with Canada.", actors("Trump", "USA", "Canada", "CAN"), "Trump"));
    Map<String, String> a = actors("Brazil", "BRA", "Peru", "PER");
    assertEquals(List.of(), events("en", "Brazil backed out of the deal with Peru.", a));
    assertEquals(List.of(), events("en", "Iran hit back at Saudi Arabia over the killing.", actors("Iran", "IRN", "Saudi Arabia", "SAU")));
    // stays: lines that name the particle
    assertEquals(List.of("RUS JPN 164 asserted"), events("en", "Russia broke off talks with Japan.", actors("Russia", "RUS", "Japan", "JPN")));
    assertEquals(List.of("USA PRK 160 asserted"),
        events("en", "Trump called off the summit with North Korea.", actors("Trump", "USA", "North Korea", "PRK"), "Trump"));
  }

  @Test
  void phrasalVerbsOfTheLexicon() {
    assertEquals(List.of("USA UKR 070 asserted"),
        events("en", "The United States stepped up aid to Ukraine.", actors("United States", "USA", "Ukraine", "UKR")));
    assertEquals(List.of("CHN PRK 085 asserted"),
        events("en", "China eased up on sanctions against North Korea.", actors("China", "CHN", "North Korea", "PRK")));
    assertEquals(List.of("IRN FRA 164 asserted"), events("en", "Iran stopped talks with France in May.", actors("Iran", "IRN", "France", "FRA")));
    // stays: lines that took the particle as a gap word name it now
    assertEquals(List.of("JOR SYR 195 asserted"), events("en", "Jordan carried out airstrikes against Syria.", actors("Jordan", "JOR", "Syria", "SYR")));
  }
}
