package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the act a sentence reports is the actor's stance towards another act, with CoreNLP's
 * parser, on invented sentences: a refusal to yield or to cooperate (a rejection), a commitment
 * restated, a speaker's judgement that an actor was behind a deed, a description of an actor's
 * conduct by a noun of censure, and an attitude told in the passive without an agent.
 */
class CoreNlpEventStanceTest {
  private static final Map<String, String> TUR_RUS = actors("Turkey", "TUR", "Moscow", "RUSGOV");

  @Test
  void refusingToYieldOrToCooperateIsARejection() {
    assertEquals(List.of("TUR RUSGOV 124 asserted"),
        events("en", "Turkey refused to bow to pressure from Moscow on Tuesday.", TUR_RUS));
    assertEquals(List.of("TUR RUSGOV 125 asserted"),
        events("en", "Turkey declined to meet with Moscow's envoy last week.", TUR_RUS));
    assertEquals(List.of("TUR RUSGOV 1243 asserted"),
        events("en", "Turkey refused to release the sailors to Moscow.", TUR_RUS));
    // a refusal that did not happen is none, and a refused attack has no class of rejection
    assertEquals(List.of("TUR RUSGOV 080 negated"),
        events("en", "Turkey did not refuse to bow to pressure from Moscow.", TUR_RUS));
    assertEquals(List.of("TUR RUSGOV 190 negated"),
        events("en", "Turkey refused to attack Moscow's forces.", TUR_RUS));
  }

  @Test
  void whatANounDeniedByNoHoldsDidNotHappen() {
    Map<String, String> a = actors("France", "FRA", "Moscow", "RUSGOV");
    assertEquals(List.of("FRA RUSGOV 050 negated"),
        events("en", "There was no evidence that France coordinated efforts with Moscow.", a));
    assertEquals(List.of("FRA RUSGOV 050 asserted"),
        events("en", "There was evidence that France coordinated efforts with Moscow.", a));
  }

  @Test
  void aRestatedPlanIsAnnouncedAgain() {
    Map<String, String> a = actors("Japan", "JPN", "South Korean", "KOR");
    assertEquals(List.of("JPN KOR 036 asserted"),
        events("en", "Japan reiterated its plan to meet with the South Korean leader in May.", a));
    assertEquals(List.of("JPN KOR 036 asserted"),
        events("en", "Japan echoed its plan to meet with the South Korean leader in May.", a));
    assertEquals(List.of("JPN KOR 044 hypothetical"),
        events("en", "Japan changed its plan to meet with the South Korean leader in May.", a));
  }

  @Test
  void aSpeakerWhoJudgesItLikelyThatAnActorWasBehindADeedAccusesIt() {
    Map<String, String> a = actors("Germany", "DEU", "Russia", "RUS");
    assertEquals(List.of("DEU RUS 112 asserted"),
        events("en", "Germany said it was highly likely that Russia was behind the poisoning.", a));
    assertEquals(List.of("DEU RUS 112 asserted"),
        events("en", "Germany said it was clear that Russia was behind the poisoning.", a));
    assertEquals(List.of(), events("en", "Germany said it was not clear that Russia was behind the poisoning.", a));
    assertEquals(List.of(), events("en", "Germany said it was possible that Russia was behind the poisoning.", a));
  }

  @Test
  void describingAnActorsConductByANounOfCensureCriticisesIt() {
    Map<String, String> a = actors("Iran", "IRN", "American", "USA");
    assertEquals(List.of("IRN USA 111 asserted"),
        events("en", "Iran has described the sanctions as acts of American hostility.", a));
    // the writer's own description names no critic
    assertEquals(List.of(), events("en", "The sanctions against Iran were described as acts of American hostility.", a));
  }

  @Test
  void anAttitudeInThePassiveWithoutAgentIsTheSpeakers() {
    Map<String, String> a = actors("Japanese", "JPNGOV", "Indian", "IND");
    assertEquals(List.of("JPNGOV IND 051 asserted"),
        events("en", "The Japanese embassy said the help of Indian doctors is deeply appreciated.", a));
    // a deed told so is not the speaker's
    assertEquals(List.of(), events("en", "The Japanese embassy said the homes of Indian doctors were attacked.", a));
  }
}
