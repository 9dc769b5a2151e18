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
          + "The governor told reporters that the budget was balanced.\n\n"
          + "Of all voters polled, 47% say the country should send more troops. Just shy of half, 49%, say the economy has improved.\n\n"
          + "Asked whether the state would raise taxes next year, the governor smiled.\n\n"
          + "Mara Quint's claim that she opposed the war from the start drew criticism.\n";

  /** PolNeAR's texts are read with every paragraph the article's, headlines in title case included. */
  private static final String TITLES =
      "Chris Christie Says He Would Issue A Quarantine Over The Virus\n\n"
          + "The United States Army Will Leave The Region By Spring\n\n"
          + "The governor spoke in Trenton on Monday. He did not take questions from the press.\n";

  @Test
  void partyAndStateTagsBetweenNameAndVerb() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("the president failed to address", false, "Mara Quint", "said");
    a.assertQuote("the bill would pass", false, "Earl Blumenauer", "said");
  }

  @Test
  void sharesOfPollRespondentsSpeak() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("the country should send more troops", false, "47%", "say");
    a.assertQuote("the economy has improved", false, "Just shy of half", "say");
  }

  @Test
  void capitalisedCuesInTitleCaseLines() {
    Analyzed a = Analyzed.allParagraphs(TITLES);
    a.assertQuote("He Would Issue A Quarantine", false, "Chris Christie", "Says");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("Army Will Leave")), a::describe);
  }

  @Test
  void questionsReportedAfterAsked() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote q = a.containing("the state would raise taxes");
    assertTrue(!q.direct() && "Asked".equals(a.cue(q)) && a.text(q).startsWith("whether"), () -> a.describe(q));
  }

  @Test
  void aClaimThatItsOwnerMakes() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote q = a.assertQuote("she opposed the war", false, "Mara Quint's", "claim");
    assertTrue(a.text(q).startsWith("she opposed"), () -> a.describe(q));
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
