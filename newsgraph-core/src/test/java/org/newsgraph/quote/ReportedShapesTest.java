package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Reported speech shapes found on PolNeAR's train split in the third round, written anew. */
class ReportedShapesTest {
  private static final String ARTICLE =
      "Senators react to the speech\n\n"
          + "Sen. Mara Quint, R-Fla., said the president failed to address the threats from abroad.\n\n"
          + "Rep. Earl Blumenauer (D-Ore.) said the bill would pass before the recess.\n\n"
          + "Jessie Elkins, 70, said he was convinced that the deal would lead the country into a war.\n\n"
          + "The governor told reporters that the budget was balanced.\n";

  @Test
  void partyAndStateTagsBetweenNameAndVerb() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("the president failed to address", false, "Mara Quint", "said");
    a.assertQuote("the bill would pass", false, "Earl Blumenauer", "said");
  }

  @Test
  void thatInsideTheContentStaysInIt() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote q = a.assertQuote("the deal would lead", false, "Jessie Elkins", "said");
    assertTrue(a.text(q).startsWith("he was convinced"), () -> a.describe(q));
    Quote told = a.assertQuote("the budget was balanced", false, "The governor", "told");
    assertTrue(a.text(told).startsWith("the budget"), () -> a.describe(told));
  }
}
