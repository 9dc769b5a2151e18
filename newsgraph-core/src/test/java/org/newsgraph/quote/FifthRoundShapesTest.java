package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Shapes found on PolNeAR's train split in the fifth round, written anew. */
class FifthRoundShapesTest {
  private static final String ARTICLE =
      "A poll of the state\n\n"
          + "The mayor now enjoys 41% support in the northern districts, a jump from last year.\n\n"
          + "Her support among older voters has held since the spring.\n\n"
          + "About two-thirds of residents support a new tax on empty homes.\n\n"
          + "Still, Nora Pike, a senior adviser to the mayor, said on Tuesday that the tax would pass in June.\n\n"
          + "The treasurer, Ben Ortiz, a Democrat, said the city could not afford another year of deficits.\n\n"
          + "Exit polling showed that the mayor won every district except the harbour.\n\n"
          + "City budget records found no payment to the consultant in the last two years.\n\n"
          + "Recent polling suggests that the race for the council has tightened.\n\n"
          + "The vote would be helped, Pike said, by the early date of the election.\n\n"
          + "Behind the sharp words, party officials said, Ortiz has always respected the mayor.\n";

  @Test
  void nameWithAppositionAfterASentenceAdverbOrARole() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    a.assertQuote("the tax would pass in June", false, "Nora Pike", "said");
    a.assertQuote("the city could not afford another year", false, "Ben Ortiz", "said");
  }

  @Test
  void recordsAndPollsShowWithoutADeterminer() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    a.assertQuote("the mayor won every district", false, "Exit polling", "showed");
    a.assertQuote("no payment to the consultant", false, "City budget records", "found");
    a.assertQuote("the race for the council has tightened", false, "Recent polling", "suggests");
  }

  @Test
  void sentenceGoesOnAfterACueClauseBetweenCommas() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    Quote helped = a.assertQuote("The vote would be helped", false, "Pike", "said");
    assertEquals(2, helped.parts().size(), a.describe(helped));
    assertTrue(a.text(helped).contains("by the early date"), a.describe(helped));
    Quote respects = a.assertQuote("Ortiz has always respected the mayor", false, "party officials", "said");
    assertEquals(2, respects.parts().size(), a.describe(respects));
  }

  @Test
  void supportBeforeAPrepositionIsANoun() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("northern districts")), a.describe());
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("older voters")), a.describe());
    a.assertQuote("a new tax on empty homes", false, "About two-thirds of residents", "support");
  }
}
