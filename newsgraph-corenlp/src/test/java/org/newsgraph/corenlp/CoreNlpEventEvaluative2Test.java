package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statements that no verb of the lexicon codes on its own, with CoreNLP's parser, on invented
 * sentences: claims of responsibility towards whom the deed hit, an actor's displeasure with
 * another's act, questioning another's handling of an affair.
 */
class CoreNlpEventEvaluative2Test {
  private static final Map<String, String> FRA_RUS = actors("France", "FRA", "Russia", "RUS");

  @Test
  void aClaimOfResponsibilityIsTowardsWhomTheDeedHit() {
    assertEquals(List.of("RUS FRA 015 asserted"),
        events("en", "Russia claimed responsibility for the attack on French army posts.", actors("Russia", "RUS", "French", "FRA")));
  }

  @Test
  void aDoersClaimOfItsOwnDeedOfForceIsAClaimOfResponsibility() {
    assertEquals(List.of("RUS FRA 015 asserted", "RUS FRA 190 asserted"),
        events("en", "Russia claimed it attacked a French convoy near the border.", actors("Russia", "RUS", "French", "FRA")));
    // another's claim stays a claim: "Britain claimed Russia attacked" is Britain's charge, not a deed told by its doer
    assertEquals(List.of("RUS FRA 190 reported"), events("en", "Britain claimed Russia attacked a French convoy near the border.",
        actors("Britain", "GBR", "Russia", "RUS", "French", "FRA")));
  }

  @Test
  void displeasureWithAnothersActIsCriticism() {
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France was deeply disappointed by Russia's decision to close the port.", FRA_RUS));
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France said it was angered by Russia's decision to close the port.", FRA_RUS));
    // not displeased: negated
    assertEquals(List.of(), events("en", "France was not disappointed by Russia's decision to close the port.", FRA_RUS));
  }

  @Test
  void disappointmentExpressedWithAnothersActDisapprovesOfIt() {
    assertEquals(List.of("FRA RUS 110 asserted"),
        events("en", "France expressed disappointment at Russia's decision to close the port.", FRA_RUS));
  }

  @Test
  void questioningAnothersHandlingIsCriticism() {
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France has questioned Russia's handling of the crisis.", FRA_RUS));
  }

  @Test
  void namingAnActorByWordsOfCensureIsCriticism() {
    // "nasty" and "liar" are not in evaluations-en.txt: the tone stage's lexicon rates them negative
    assertEquals(List.of("FRA RUS 111 asserted"), events("en", "France called Russia's decision nasty.", FRA_RUS));
    assertEquals(List.of("FRA RUS 111 asserted"), events("en", "France called Russia's foreign minister a \"liar\".", FRA_RUS));
    // a name the lexicon rates positive praises nothing
    assertEquals(List.of(), events("en", "France described Russia as a safe haven for investors.", FRA_RUS));
  }

  @Test
  void aQuotedNameThatTheParserHangsOnTheObjectIsStillItsName() {
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France has also called the Russian decision \"a mistake\".", actors("France", "FRA", "Russian", "RUS")));
  }

  @Test
  void anAgreementNamedByItsPartyIsNotThePartysAct() {
    assertEquals(List.of(), events("en", "France called the Russia deal catastrophic.", FRA_RUS));
    // its author's own deal is its act
    assertEquals(List.of("FRA RUS 111 asserted"), events("en", "France called Russia's deal a mistake.", FRA_RUS));
  }
}
