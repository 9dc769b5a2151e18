package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.SharedData;

class SemEvalSimilarityTest {
  @Test
  void csvReaderKeepsQuotedCommasQuotesAndLineBreaks() throws Exception {
    List<List<String>> rows = Csv.read(new StringReader("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\r\n"));
    assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "x, \"y\"\nz", "3")), rows);
  }

  /** Floors are the figures measured on the training set (see the note) less a margin of 0.03. */
  @Test
  void pearsonOnTheSharedTrainingSetStaysAboveTheMeasuredFloor() throws Exception {
    Path csv = SharedData.require("data/similarity/semeval2022-task8/training_set.csv");
    SemEvalSimilarity.Report report = SemEvalSimilarity.evaluate(csv);
    Map<String, Double> r =
        report.results().stream().collect(Collectors.toMap(SemEvalSimilarity.Result::group, SemEvalSimilarity.Result::pearson));
    report.results().forEach(x -> System.out.printf("%s: %d pairs, r = %.3f%n", x.group(), x.pairs(), x.pearson()));
    assertEquals(1283, report.pairs().size());
    assertTrue(r.get("en-en") > 0.74, "en-en " + r.get("en-en"));
    assertTrue(r.get("de-de") > 0.57, "de-de " + r.get("de-de"));
    assertTrue(r.get("de-en") > 0.70, "de-en " + r.get("de-en"));
    assertTrue(r.get("en+de (the three above)") > 0.65, "en+de " + r.get("en+de (the three above)"));
  }
}
