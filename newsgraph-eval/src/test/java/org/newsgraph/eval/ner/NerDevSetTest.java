package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.SharedData;

/**
 * The figures on the development sets, newsgraph's path and CoreNLP's own test path in one run:
 * they must agree, and reach CoreNLP's published figures with these models (F1 0.931 on CoNLL-2003
 * dev, 0.774 on GermEval 2014 dev).
 */
class NerDevSetTest {
  @Test
  void conll2003EnglishDev() throws Exception {
    Path dev = SharedData.require("data/ner/conll2003-en/dev.txt");
    NerEvaluation.Result r = NerEvaluation.evaluate(dev, ConllFormat.CONLL, "en", true);
    System.out.print(r.report());
    assertEquals(5942, r.ours().score().gold(null));
    assertTrue(r.ours().score().f1(null) >= 0.92, r::report);
    assertTrue(r.ours().score().f1(null) >= r.reference().score().f1(null) - 1e-9, r::report);
    assertEquals(r.referenceOwnF1(), r.reference().score().f1(null), 1e-4, "our scorer agrees with CoreNLP's");
    assertEquals(1.0, r.agreement(), 1e-9, "both paths tag every token alike");
  }

  @Test
  void germeval2014GermanDev() throws Exception {
    Path dev = SharedData.require("data/ner/germeval2014-de/dev.tsv");
    NerEvaluation.Result r = NerEvaluation.evaluate(dev, ConllFormat.GERMEVAL, "de", true);
    System.out.print(r.report());
    assertTrue(r.ours().score().f1(null) >= 0.76, r::report);
    assertTrue(r.ours().score().f1(null) >= r.reference().score().f1(null) - 1e-9, r::report);
    assertEquals(r.referenceOwnF1(), r.reference().score().f1(null), 1e-4, "our scorer agrees with CoreNLP's");
    assertEquals(1.0, r.agreement(), 1e-9, "both paths tag every token alike");
  }
}
