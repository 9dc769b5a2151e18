package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpTestPathTest {
  @Test
  void classifierAnswersBecomeIob2() {
    assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-MISC", "I-MISC"),
        CoreNlpTestPath.toIob2(List.of("PERSON", "PERSON", "O", "LOCATION", "ORGANIZATION", "MISC", "MISC")));
    assertEquals(List.of("B-PER", "B-PER", "I-PER"), CoreNlpTestPath.toIob2(List.of("B-PER", "B-PER", "I-PER")));
  }
}
