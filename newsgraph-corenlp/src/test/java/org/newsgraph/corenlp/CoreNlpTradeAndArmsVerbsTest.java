package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Frames of the verb lexicon added in the fourth tuning round (evaluation/events-tuning-en-4.txt):
 * duties as sanctions, and approved arms sales as announced military aid.
 */
class CoreNlpTradeAndArmsVerbsTest {
  @Test
  void dutiesImposedOnAnotherStatesGoodsAreSanctions() {
    Map<String, String> a = actors("Beijing", "CHNGOV", "American", "USA");
    assertEquals(List.of("CHNGOV USA 163 asserted"),
        events("en", "Beijing imposed duties on $2bn worth of American farm goods in retaliation.", a));
    assertEquals(List.of("CHNGOV USA 163 negated"),
        events("en", "Beijing did not impose duties on American farm goods last year.", a));
  }

  @Test
  void approvingAnArmsSaleIsIntentToGiveMilitaryAid() {
    Map<String, String> a = actors("Washington", "USAGOV", "Taiwan", "TWN");
    assertEquals(List.of("USAGOV TWN 0332 asserted"),
        events("en", "Washington approved the sale of F-16 fighter jets to Taiwan on Friday.", a));
    assertEquals(List.of("USAGOV TWN 0332 hypothetical"),
        events("en", "Washington might approve the sale of F-16 fighter jets to Taiwan next year.", a));
  }

  @Test
  void approvingASaleOfSomethingElseIsNoArmsAid() {
    List<String> e = events("en", "Washington approved the sale of a Taiwan chip maker to investors on Friday.",
        actors("Washington", "USAGOV", "Taiwan", "TWN"));
    assertTrue(e.stream().noneMatch(x -> x.contains(" 0332 ")), e.toString());
  }
}
