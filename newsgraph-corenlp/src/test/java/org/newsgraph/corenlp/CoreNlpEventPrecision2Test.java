package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events that unseen news text made the coder report wrongly (the judged seed-71 and seed-72 draws
 * of the events-precision2 round, docs/events.md), with CoreNLP's parser, on invented sentences: a
 * condition told by "in case"; targets read from a phrase that sets the scene, from the reason of a
 * judgement, from those fought beside and from the topic of a judged inquiry; an actor read from the
 * possessor of a named ally; trade and aid figures summed over years. Each case has beside it the one
 * that must stay as it was. Link titles and photo captions are the segmenter's (SegmenterTest).
 */
class CoreNlpEventPrecision2Test {

  @Test
  void aClauseAfterInCaseIsACondition() {
    Map<String, String> a = actors("France", "FRA", "Russia", "RUS", "Ukraine", "UKR");
    assertEquals(List.of("RUS UKR 190 hypothetical"), events("en",
        "France said it was keeping the measures in reserve in case the situation worsens and Russia launches an incursion into Ukraine.", a));
    assertEquals(List.of("RUS UKR 190 asserted"), events("en",
        "France said it was keeping the measures in reserve since the situation worsened and Russia launched an incursion into Ukraine.", a));
  }

  @Test
  void aPhraseBeforeTheSubjectSetsTheScene() {
    Map<String, String> a = actors("United Nations", "IGOUNO", "Russia", "RUS");
    assertEquals(List.of("RUS null 111 asserted"),
        events("en", "At the United Nations, Russia's ambassador strongly criticized what he called the violation.", a));
    assertEquals(List.of("RUS IGOUNO 111 asserted"),
        events("en", "Russia's ambassador strongly criticized the United Nations.", a));
  }

  @Test
  void theReasonOfAJudgementNamesNoTarget() {
    Map<String, String> a = actors("American", "USA", "Cuba", "CUB");
    assertEquals(List.of("USA null 111 asserted"),
        events("en", "The American senator blasted the president for opening trade ties with Cuba.", a));
    assertEquals(List.of("USA CUB 111 asserted"),
        events("en", "The American senator blasted Cuba for its human rights record.", a));
  }

  @Test
  void thoseFoughtBesideAreNoEnemy() {
    Map<String, String> a = actors("Iranian", "IRN", "Syrian", "SYR");
    assertEquals(List.of("IRN null 190 asserted"),
        events("en", "Iranian troops fought alongside forces of the Syrian government.", a));
    assertEquals(List.of("IRN SYR 190 asserted"),
        events("en", "Iranian troops fought against forces of the Syrian government.", a));
  }

  @Test
  void anInquiryJudgedIsNotWhatItInquiresInto() {
    Map<String, String> a = actors("Trump", "USAGOV", "Russia", "RUS");
    assertEquals(List.of("USAGOV null 111 asserted"),
        events("en", "Trump condemned the investigation of Russia as a disaster.", a, "Trump"));
    assertEquals(List.of("USAGOV RUS 111 asserted"),
        events("en", "Trump condemned the aggression of Russia as a disaster.", a, "Trump"));
    assertEquals(List.of("USAGOV RUS 111 asserted"),
        events("en", "Trump condemned Russia's investigation as a disaster.", a, "Trump"));
    // an inquiry asked for is asked of whom its phrase names
    assertEquals(List.of("JPN RUS 020 asserted"), events("en", "Japan sought a thorough investigation and full cooperation from the Russian authorities.",
        actors("Japan", "JPN", "Russian", "RUS")));
  }

  @Test
  void anAmountSummedOverTimeIsAFigure() {
    Map<String, String> a = actors("China", "CHN", "American", "USA");
    assertEquals(List.of(), events("en", "China imported $20 billion of American soybeans last year.", a));
    Map<String, String> b = actors("Germany", "DEU", "Ukraine", "UKR");
    assertEquals(List.of(), events("en", "Germany has provided nearly $3 billion in security assistance to Ukraine since 2014.", b));
    assertEquals(List.of("DEU UKR 071 asserted"),
        events("en", "Germany provided nearly $3 billion in security assistance to Ukraine on Monday.", b));
  }

  @Test
  void anAppositionNamesTheNounItsPossessorOnlyWhoseItIs() {
    Map<String, String> a = actors("North Korea", "PRK", "China", "CHN", "United States", "USA");
    assertEquals(List.of("CHN USA 111 asserted"),
        events("en", "North Korea's main ally, China, criticized the United States on Friday.", a));
    // without the apposition the ally is nobody named: North Korea's ally is not North Korea (events-precision-actors)
    assertEquals(List.of(),
        events("en", "North Korea's main ally criticized the United States on Friday.", actors("North Korea", "PRK", "United States", "USA")));
  }
}
