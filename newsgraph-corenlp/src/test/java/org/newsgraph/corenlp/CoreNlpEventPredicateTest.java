package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The predicate side of the event coder with CoreNLP's parser, on invented sentences: light verbs
 * and phrasal verbs of the lexicon, infinitives of purpose, announced intent, claims, and verbs the
 * parser strings together.
 */
class CoreNlpEventPredicateTest {
  private static final Map<String, String> RUS_UKR = actors("Russia", "RUS", "Ukraine", "UKR");

  @Test
  void lightVerbsCarryTheEvent() {
    assertEquals(List.of("USA IRN 163 asserted"),
        events("en", "The United States placed sanctions on Iran last year.", actors("United States", "USA", "Iran", "IRN")));
    assertEquals(List.of("TURMIL SYR 195 asserted"),
        events("en", "Turkish troops launched airstrikes on Syrian towns on Thursday.", actors("Turkish", "TURMIL", "Syrian", "SYR")));
    assertEquals(List.of("DEU RUS 110 asserted"),
        events("en", "Germany voiced concern over Russia's troop movements.", actors("Germany", "DEU", "Russia", "RUS")));
    assertEquals(List.of("USA IRN 172 asserted"),
        events("en", "The United States denied visas to Iranian diplomats.", actors("United States", "USA", "Iranian", "IRN")));
    assertEquals(List.of("DEU RUS 040 asserted", "FRA RUS 040 asserted"),
        events("en", "France and Germany took part in talks with Russia.", actors("France", "FRA", "Germany", "DEU", "Russia", "RUS")));
  }

  @Test
  void anInfinitiveOfPurposeIsAsFactualAsItsDeed() {
    assertEquals(List.of("USA IRN 085 asserted"),
        events("en", "Washington used its authority to lift sanctions on Iran.", actors("Washington", "USA", "Iran", "IRN")));
    // the same infinitive under a plan or a modal is not a deed
    assertEquals(List.of("USA IRN 085 hypothetical"),
        events("en", "Washington could use its authority to lift sanctions on Iran.", actors("Washington", "USA", "Iran", "IRN")));
    assertEquals(List.of("RUS UKR 190 hypothetical"), events("en", "Russia is going to attack Ukraine.", RUS_UKR));
  }

  @Test
  void anAnnouncedActIsTheIntentToDoIt() {
    assertEquals(List.of("IRN ISR 138 asserted"),
        events("en", "Iran vowed to retaliate against Israel.", actors("Iran", "IRN", "Israel", "ISR")));
    assertEquals(List.of("USA MEX 1312 asserted"),
        events("en", "Washington confirmed that it will impose tariffs on Mexico.", actors("Washington", "USA", "Mexico", "MEX")));
    // a possibility or a condition is no commitment
    assertEquals(List.of("RUS UKR 190 hypothetical"), events("en", "Russia said it could attack Ukraine.", RUS_UKR));
    assertEquals(List.of("RUS UKR 190 hypothetical"), events("en", "Russia will attack Ukraine if talks fail, analysts said.", RUS_UKR));
  }

  @Test
  void anArgumentIsAClaim() {
    assertEquals(List.of("IRN RUS 072 reported"),
        events("en", "Experts argue that Iran supplied weapons to Russia.", actors("Iran", "IRN", "Russia", "RUS")));
  }

  @Test
  void listedDeedsShareTheirSubjectAndObject() {
    List<String> e = events("en",
        "Among other indiscretions, Beijing has stolen technological secrets for its own advantage, antagonized allies in the South China Sea, killed or imprisoned more than a dozen American informants.",
        actors("Beijing", "CHNGOV", "American", "USA"));
    assertTrue(e.contains("CHNGOV USA 190 asserted"), e.toString());
    assertTrue(e.contains("CHNGOV USA 173 asserted"), e.toString());
  }

  @Test
  void aRelativePronounObjectIsItsNoun() {
    List<String> e = events("en", "Iran, which the United States attacked in June, has vowed revenge.", actors("Iran", "IRN", "United States", "USA"));
    assertTrue(e.contains("USA IRN 190 asserted"), e.toString());
  }

  @Test
  void aParticipleFindsItsFrameInItsNounAndItsTargetInAPreposition() {
    List<String> e = events("en", "China condemned the sanctions imposed on Iran by the United States.",
        actors("China", "CHN", "Iran", "IRN", "United States", "USA"));
    assertTrue(e.contains("USA IRN 163 asserted"), e.toString());
    // without an agent the participle names no source
    List<String> n = events("en", "China condemned the sanctions imposed on Iran.", actors("China", "CHN", "Iran", "IRN"));
    assertTrue(n.stream().noneMatch(x -> x.contains(" 163 ")), n.toString());
  }

  @Test
  void anAnnouncementAgreedWithOthersIsOneIntent() {
    assertEquals(List.of("DEU RUS 036 asserted", "FRA RUS 036 asserted"),
        events("en", "Germany and France agreed to hold talks with Russia.", actors("Germany", "DEU", "France", "FRA", "Russia", "RUS")));
  }

  @Test
  void aParticipleOnAPredicateNounActsOnItsSubject() {
    List<String> e = events("en", "India is among the nations singled out by Washington for their trade surpluses.",
        actors("India", "IND", "Washington", "USAGOV"));
    assertEquals(List.of("USAGOV IND 111 asserted"), e);
  }
}
