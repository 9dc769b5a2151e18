package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.relevance.OverlapRelevance;
import org.newsgraph.testing.SharedData;

/** The evaluation on the shared corpus, with fewer cases than the command's 500. */
class OffTopicEvaluationTest {
  private static final int CASES = 200;
  /**
   * Measured: AUC 0.712 on these 200 cases (seed 1); 0.64 to 0.71 with seeds 1 to 5, and 0.65 to
   * 0.72 over 500 cases with five seeds. The floor leaves room for changes in segmentation.
   */
  private static final double AUC_FLOOR = 0.63;

  private static final TopicFamilies FAMILIES = TopicFamilies.bundled();
  private static List<CorpusArticle> corpus;
  private static OffTopicEvaluation evaluation;

  @BeforeAll
  static void readCorpus() throws IOException {
    corpus = Corpus.read(SharedData.require("data/corpus/world-news-en.jsonl.gz"));
    evaluation = new OffTopicEvaluation(corpus, FAMILIES);
  }

  @Test
  void everyTopicOfTheCorpusHasAFamily() {
    Set<String> missing = new TreeSet<>();
    for (CorpusArticle a : corpus) {
      if (FAMILIES.family(a.topic()).isEmpty()) {
        missing.add(a.topic());
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void casesAreBalancedReproducibleAndWhatTheySayTheyAre() {
    List<OffTopicEvaluation.Case> cases = evaluation.buildCases(CASES, 3);
    assertEquals(CASES, cases.size());
    assertEquals(CASES / 2, cases.stream().filter(OffTopicEvaluation.Case::belongs).count());
    for (OffTopicEvaluation.Case c : cases) {
      assertFalse(c.host().id().equals(c.donor().id()));
      assertTrue(c.text().endsWith(c.paragraph() + "\n"));
      assertEquals(c.paragraph(), c.text().substring(c.appendedStart()).strip());
      if (c.belongs()) {
        assertEquals(c.host().topic(), c.donor().topic());
      } else {
        assertTrue(FAMILIES.distant(c.host().topic(), c.donor().topic()), c.host().topic() + " / " + c.donor().topic());
        assertFalse(Collections.disjoint(SharedWords.of(c.text().substring(0, c.appendedStart())), SharedWords.of(c.paragraph())));
      }
    }
    List<String> again = evaluation.buildCases(CASES, 3).stream().map(OffTopicEvaluation.Case::text).toList();
    assertEquals(cases.stream().map(OffTopicEvaluation.Case::text).toList(), again);
    assertFalse(again.equals(evaluation.buildCases(CASES, 4).stream().map(OffTopicEvaluation.Case::text).toList()));
  }

  @Test
  void relevanceTellsBelongingFromOffTopicWellAboveChance() {
    List<OffTopicEvaluation.Case> cases = evaluation.buildCases(CASES, 1);
    OffTopicEvaluation.Result r = evaluation.run(Pipeline.standard(RecognizerProvider.NONE), cases, done -> {});
    assertEquals(CASES, r.cases());
    assertTrue(r.segmentedAsAppendix() >= CASES * 0.95, "appendix: " + r.segmentedAsAppendix());
    assertTrue(r.auc() >= AUC_FLOOR, "AUC " + r.auc());
    assertTrue(r.accuracy() > 0.55, "accuracy " + r.accuracy());
    assertTrue(r.meanRelevanceBelonging() > r.meanRelevanceOffTopic());
    assertEquals(CASES, r.truePositives() + r.falsePositives() + r.falseNegatives() + r.trueNegatives());
    long flagged = r.scored().stream().filter(OffTopicEvaluation.Scored::offTopic).count();
    long below = r.scored().stream().filter(s -> s.relevance() < OverlapRelevance.DEFAULT_THRESHOLD).count();
    assertTrue(flagged <= below, "only paragraphs below the threshold are flagged");
  }

  @Test
  void withADayWindowBelongingParagraphsComeFromArticlesOfTheSameDays() {
    List<OffTopicEvaluation.Case> cases = new OffTopicEvaluation(corpus, FAMILIES, 3).buildCases(CASES, 3);
    assertEquals(CASES, cases.size());
    for (OffTopicEvaluation.Case c : cases) {
      if (c.belongs()) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(
            OffTopicEvaluation.day(c.host().date()), OffTopicEvaluation.day(c.donor().date()));
        assertTrue(Math.abs(days) <= 3, c.host().date() + " / " + c.donor().date());
        assertEquals(c.host().topic(), c.donor().topic());
      } else {
        assertTrue(FAMILIES.distant(c.host().topic(), c.donor().topic()));
      }
    }
    assertEquals(java.time.LocalDate.of(2019, 4, 15), OffTopicEvaluation.day("2019-04-15T10:00:00"));
    assertEquals(null, OffTopicEvaluation.day("4/4/2019"));
  }

  @Test
  void bestThresholdMaximisesAccuracy() {
    double[] best = OffTopicEvaluation.bestThreshold(new double[] {0.5, 0.6, 0.2}, new double[] {0.1, 0.3});
    // Below 0.45 off topic: 0.1 and 0.3 right, 0.2 wrong; 4 of 5 right (so is 0.15 or 0.25 .. ).
    assertEquals(0.8, best[1], 1e-12);
    assertArrayEquals(new double[] {0.4, 1.0}, OffTopicEvaluation.bestThreshold(new double[] {0.5}, new double[] {0.3}), 1e-12);
  }

  @Test
  void paragraphsAreBlankLineSeparatedAndPutOnOneLine() {
    assertEquals(List.of("One two", "three"), OffTopicEvaluation.paragraphs("One\ntwo\n\n  \n three \n"));
    assertEquals("Source: example.com, A B", OffTopicEvaluation.creditLine(
        new CorpusArticle("x", "Example", "example.com", null, null, "A B", "t", "politics", "")));
    assertEquals(Set.of("grain", "ships"), SharedWords.of("The grain ships, the US.").stream().collect(Collectors.toSet()));
  }
}
