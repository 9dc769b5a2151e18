package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllFormatTest {
  private static List<ConllSentence> read(ConllFormat f, String text) throws Exception {
    return f.read(new BufferedReader(new StringReader(text)), "test");
  }

  @Test
  void conllKeepsLinesAndReadsTheLastColumn() throws Exception {
    List<ConllSentence> s = read(ConllFormat.CONLL, "-DOCSTART- -X- -X- O\n\nWest NNP B-NP B-MISC\nIndian NNP I-NP I-MISC\n"
        + "Phil NNP I-NP I-PER\n\nLONDON NNP B-NP I-LOC\n");
    assertEquals(2, s.size());
    assertEquals(List.of("-DOCSTART- -X- -X- O"), s.get(0).before());
    assertEquals(List.of("West", "Indian", "Phil"), s.get(0).words());
    assertEquals(List.of("B-MISC", "I-MISC", "B-PER"), s.get(0).gold()); // IOB1 I-PER after MISC starts a chunk
    assertEquals("West NNP B-NP B-MISC", s.get(0).lines().get(0));
    assertEquals(List.of("B-LOC"), s.get(1).gold());
  }

  @Test
  void germevalScoresTheOuterColumnAsFourClasses() throws Exception {
    String tsv = "#\thttp://example.de\t[2010-07-04]\n"
        + "1\tDer\tO\tO\n2\tEU-Gipfel\tB-ORGpart\tB-ORG\n3\tin\tO\tO\n4\tBerlin\tB-LOC\tO\n5\tmit\tO\tO\n"
        + "6\tdeutschen\tB-LOCderiv\tO\n7\tund\tO\tO\n8\tEcce\tB-OTH\tO\n9\thomo\tI-OTH\tO\n10\tMerkel\tB-PER\tO\n"
        + "11\tSiemens\tB-ORG\tO\n12\tAG\tI-ORG\tO\n\n";
    List<ConllSentence> s = read(ConllFormat.GERMEVAL, tsv);
    assertEquals(1, s.size());
    assertEquals(List.of("#\thttp://example.de\t[2010-07-04]"), s.get(0).before());
    assertEquals(List.of("O", "O", "O", "B-LOC", "O", "B-MISC", "O", "B-MISC", "I-MISC", "B-PER", "B-ORG", "I-ORG"),
        s.get(0).gold());
    assertEquals("EU-Gipfel", s.get(0).words().get(1));
  }
}
