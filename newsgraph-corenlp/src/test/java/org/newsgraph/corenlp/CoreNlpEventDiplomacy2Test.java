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
 * Diplomatic and cooperative acts in their news words (the `## events-diplomacy2` block of
 * verbs-en.txt, {@code Coordination}; docs/events.md, "events-diplomacy2"), one invented sentence
 * each, with CoreNLP's parser.
 */
class CoreNlpEventDiplomacy2Test {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // recognition switched to a government grants it recognition
      "Panama switched its diplomatic recognition to China in June.      | Panama   | PAN | China     | CHN | PAN CHN 054 asserted",
      // people of another state ordered to leave are expelled
      "Poland ordered nine Russians to leave within a week.              | Poland   | POL | Russians  | RUS | POL RUS 174 asserted",
      // aid raised or stepped up is aid given
      "Spain upped its humanitarian aid to Morocco.                      | Spain    | ESP | Morocco   | MAR | ESP MAR 070 asserted",
      "Greece stepped up its military aid to Cyprus.                     | Greece   | GRC | Cyprus    | CYP | GRC CYP 072 asserted",
      // an incursion into another's airspace is force
      "Syrian helicopters incurred into Lebanese airspace last week.     | Syrian   | SYR | Lebanese  | LBN | SYR LBN 190 asserted",
      // a reception got from a host is a visit to it
      "The Peruvian president received a cool reception from Chile.     | Peruvian | PER | Chile     | CHL | PER CHL 042 asserted",
  })
  void aLineOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }

  @Test
  void workingTogetherIsCooperationWithEachOtherNotWithWhatItIsAbout() {
    assertEquals(List.of("IRN IRQ 060 asserted", "IRQ IRN 060 asserted"),
        events("en", "Iran and Iraq are working together to stop attacks on Kuwait.", actors("Iran", "IRN", "Iraq", "IRQ", "Kuwait", "KWT")));
    assertEquals(List.of("IRN IRQ 050 asserted", "IRQ IRN 050 asserted"),
        events("en", "Iran is working together with Iraq on Kuwait.", actors("Iran", "IRN", "Iraq", "IRQ", "Kuwait", "KWT")));
  }

  @Test
  void sanctionsAgreedToAreDoneToWhomTheyHitNotToTheirIssuer() {
    assertEquals(List.of("CHL BOL 1312 asserted"),
        events("en", "Chile agreed to U.N. sanctions on Bolivia.", actors("Chile", "CHL", "U.N.", "IGOUNO", "Bolivia", "BOL")));
  }

  @Test
  void aPartnerInCoordinationCooperatesAndIsNoTarget() {
    assertEquals(List.of("JOR SAU 062 asserted", "JOR null 190 asserted", "SAU JOR 062 asserted"),
        events("en", "Jordanian jets struck the camp in coordination with Saudi forces.", actors("Jordanian", "JOR", "Saudi", "SAU")));
    assertEquals(List.of("FRA GBR 050 asserted", "GBR FRA 050 asserted", "GBR IRN 163 asserted"),
        events("en", "Britain imposed sanctions on Iran in coordination with France.", actors("Britain", "GBR", "Iran", "IRN", "France", "FRA")));
  }

  @Test
  void troopsOrderedToLeaveAPlaceAreNotExpelledFromIt() {
    assertTrue(events("en", "American troops ordered to leave Syria were sent to Iraq.", actors("American", "USA", "Syria", "SYR", "Iraq", "IRQ"))
        .stream().noneMatch(e -> e.contains("SYR")));
  }
}
