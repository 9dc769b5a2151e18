package org.newsgraph.quote;

import org.junit.jupiter.api.Test;

/**
 * A newsletter item: a heading in capitals, then a quotation from the story under it and the
 * source in brackets (a shape found on PolNeAR's train split, written anew). The heading names
 * the quotation; a dateline does not.
 */
class NewsletterHeadingsTest {
  private static final String ARTICLE =
      "Friday's Morning Briefing: Floods In The North.\n\n"
          + "TOP STORIES.\n\n"
          + "RIVERS BURST THEIR BANKS ACROSS THE NORTH \u201cHeavy rain over three days sent the rivers over their banks and forced thousands of families from their homes.\u201d [Wire.]\n\n"
          + "HOW 13-YEAR-OLDS LEARN TO CODE \u201cThe children built their first games within a week, and most of them wanted to keep going after the course ended.\u201d [Tribune.]\n\n"
          + "PORTLAND (Wire) \u2014 \u201cWe have never seen the water this high in forty years of keeping records here,\u201d the harbour master said.\n";

  @Test
  void headingNamesTheQuotationUnderIt() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    a.assertQuote("Heavy rain over three days", true, "RIVERS BURST THEIR BANKS ACROSS THE NORTH", null);
    a.assertQuote("The children built their first games", true, "HOW 13-YEAR-OLDS LEARN TO CODE", null);
  }

  @Test
  void datelineIsNoHeading() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    a.assertQuote("We have never seen the water", true, "the harbour master", "said");
  }
}
