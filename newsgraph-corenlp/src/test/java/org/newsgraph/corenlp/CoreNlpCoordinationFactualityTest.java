package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb in a finite tense that the parser coordinates with an infinitive of appeal is an act of
 * its own, as factual as the appeal; an infinitive coordinated with the infinitive stays part of
 * what was asked (evaluation/events-tuning-en-4.txt, "North Korea has urged Moon's government not
 * to meddle ... and slammed Seoul").
 */
class CoreNlpCoordinationFactualityTest {
  @Test
  void aPastTenseVerbAfterAnAppealIsAsserted() {
    // the parser hangs "slammed" on "meddle"
    List<String> e = events("en",
        "North Korea has urged Japan's government not to meddle in its diplomacy with China and slammed Seoul for failing to break away from Washington.",
        actors("North Korea", "PRK", "Japan", "JPN", "China", "CHN", "Seoul", "KORGOV", "Washington", "USAGOV"));
    assertTrue(e.contains("PRK KORGOV 111 asserted"), e.toString());
  }

  @Test
  void aParticipleThatSharesThePerfectOfTheAppealIsAsserted() {
    // the parser hangs "condemned" on "meddle"
    List<String> e = events("en",
        "China has asked Japan not to meddle in its dispute with Vietnam and condemned Australia for its naval patrols.",
        actors("China", "CHN", "Japan", "JPN", "Vietnam", "VNM", "Australia", "AUS"));
    assertTrue(e.contains("CHN AUS 111 asserted"), e.toString());
  }

  @Test
  void anInfinitiveCoordinatedWithTheAppealsInfinitiveIsWhatWasAsked() {
    List<String> e = events("en", "Iran urged Iraq to stay out of the talks and to criticize Saudi Arabia on Monday.",
        actors("Iran", "IRN", "Iraq", "IRQ", "Saudi Arabia", "SAU"));
    assertTrue(e.contains("IRN SAU 111 hypothetical"), e.toString());
  }
}
