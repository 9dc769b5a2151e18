package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A speaker's judgement of another actor's act by a word of evaluation with no verb of the lexicon,
 * with CoreNLP's parser, on invented sentences: criticism (111) or praise (051) of the actor.
 */
class CoreNlpEventEvaluationTest {
  private static final Map<String, String> FRA_RUS = actors("France", "FRA", "Russia", "RUS");

  @Test
  void aNegativeJudgementOfAnActorsActInSpeechIsCriticism() {
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France said Russia's decision was deeply irresponsible.", FRA_RUS));
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France said the Russia sanctions were counterproductive.", FRA_RUS));
  }

  @Test
  void aJudgementBySmallClauseIsTheJudgesAct() {
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France called Russia's decision a serious mistake.", FRA_RUS));
  }

  @Test
  void aJudgementMarkedByAsIsTheDescribersAct() {
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France described the Russia announcement as “unhelpful”.", FRA_RUS));
  }

  @Test
  void anActorsConductNamedByAnEvaluationInSpeechIsCriticised() {
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France said it would not ignore Russia's reckless behavior in the region.", FRA_RUS));
    // the writer's own words name no critic
    assertEquals(List.of(), events("en", "France will not ignore Russia's reckless behavior in the region.", FRA_RUS));
  }

  @Test
  void aPositiveJudgementIsPraiseAndItsNegationCriticism() {
    assertEquals(List.of("FRA RUS 051 asserted"),
        events("en", "France said Russia's proposal was constructive.", FRA_RUS));
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France said Russia's proposal was not helpful.", FRA_RUS));
  }

  @Test
  void aNegatedOrHedgedCriticismIsNone() {
    assertEquals(List.of(), events("en", "France said Russia's decision was not illegal.", FRA_RUS));
    assertEquals(List.of(), events("en", "France said Russia's decision might be illegal.", FRA_RUS));
    // no actor in the judged clause, no target
    assertEquals(List.of(), events("en", "France said the decision was illegal after talks in Russia.", FRA_RUS));
  }
}
