package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneAgreementTest {
  @Test
  void pearsonOfAPerfectAndAnInverseLine() {
    assertEquals(1.0, Pearson.of(List.of(new double[] {0, 1}, new double[] {1, 3}, new double[] {2, 5})), 1e-12);
    assertEquals(-1.0, Pearson.of(List.of(new double[] {0, 5}, new double[] {1, 3}, new double[] {2, 1})), 1e-12);
    assertTrue(Double.isNaN(Pearson.of(List.of(new double[] {0, 1}))));
  }

  @Test
  void pairsOfOppositeToneRatedDifferentGiveAPositiveCorrelation(@TempDir Path dir) throws Exception {
    String good = "The summit was a great success. Leaders praised the excellent and peaceful agreement, and welcomed the progress.";
    String bad = "The attack was a terrible disaster. Officials condemned the brutal killings and warned of more violence and war.";
    String calm = "The committee met on Tuesday in the capital to discuss the budget for next year and the plans for roads.";
    Path csv = dir.resolve("pairs.csv");
    Files.writeString(csv, String.join("\n",
        "pair_id,lang1,lang2,text1,text2,Overall,Tone",
        "1,en,en,\"" + good + "\",\"" + bad + "\",4,4",
        "2,en,en,\"" + good + "\",\"" + good + "\",1,1",
        "3,en,en,\"" + bad + "\",\"" + calm + "\",4,3",
        "4,en,en,\"" + calm + "\",\"" + calm + "\",1,1",
        "5,fr,fr,\"Bonjour\",\"Salut\",1,1",
        ""));
    List<ToneAgreement.Result> results = ToneAgreement.evaluate(csv);
    ToneAgreement.Result en = results.get(0);
    assertEquals("en-en", en.languages());
    assertEquals(4, en.pairs());
    assertTrue(en.pearson() > 0.8, "r = " + en.pearson());
    assertEquals(0, results.get(1).pairs()); // no de-de pairs; the French pair is not counted
  }
}
