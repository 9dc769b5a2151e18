package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Frames of CAMEO roots 10-20 from {@code verbs-en.txt} through the parser: the phrasal verbs and
 * light verbs find their actors as the plain verbs do ({@code ConflictVerbsTest} of the core checks
 * the lexicon alone).
 */
class CoreNlpConflictVerbsTest {
  @Test
  void summoningAnEnvoyIsAnOfficialComplaintAgainstHisState() {
    assertEquals(List.of("IRNGOV GBR 114 asserted"),
        events("en", "Tehran summoned the British ambassador on Sunday.", actors("Tehran", "IRNGOV", "British", "GBR")));
  }

  @Test
  void describingADeedAsHostileCriticisesItsAuthor() {
    assertEquals(List.of("PRK USA 111 asserted"),
        events("en", "North Korea described the drills as acts of American hostility.", actors("North Korea", "PRK", "American", "USA")));
  }

  @Test
  void phrasalCriticismAndBlameFindTheirTarget() {
    assertEquals(List.of("TUR GRC 111 asserted"),
        events("en", "Turkey took aim at Greece on Tuesday.", actors("Turkey", "TUR", "Greece", "GRC")));
    assertEquals(List.of("FRA SYR 112 asserted"),
        events("en", "France held Syria responsible for the attack.", actors("France", "FRA", "Syria", "SYR")));
  }

  @Test
  void anExchangeOfFireIsMutual() {
    assertEquals(List.of("IND PAK 193 asserted", "PAK IND 193 asserted"),
        events("en", "India exchanged fire with Pakistan across the border.", actors("India", "IND", "Pakistan", "PAK")));
  }

  @Test
  void aBareThreatAndAVowOfRevengeAreThreats() {
    assertEquals(List.of("USA IRN 130 asserted"),
        events("en", "The United States threatened Iran on Sunday.", actors("United States", "USA", "Iran", "IRN")));
    assertEquals(List.of("IRN USA 138 asserted"),
        events("en", "Iran vowed revenge on the United States.", actors("United States", "USA", "Iran", "IRN")));
  }

  @Test
  void takingControlOfAPlaceIsOccupation() {
    assertEquals(List.of("IMGMUSISI IRQ 192 asserted"),
        events("en", "The Islamic State took control of large parts of Iraq.", actors("Islamic State", "IMGMUSISI", "Iraq", "IRQ")));
  }

  @Test
  void sanctionsAreNoAttackAndALegalChargeIsNoAccusation() {
    assertEquals(List.of("USA RUS 163 asserted"),
        events("en", "The United States targeted Russia with new sanctions.", actors("United States", "USA", "Russia", "RUS")));
    assertEquals(List.of("USA CHN 173 asserted"),
        events("en", "The United States charged China's army officers with hacking.", actors("United States", "USA", "China", "CHN")));
  }
}
