package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** English shapes found while tuning on PolNeAR's train split, written anew here. */
class PolnearShapesTest {
  private static final String ARTICLE =
      "Candidates trade barbs before the primary\n\n"
          + "\"I'm not going to say it was a mistake, so forget about it,\" said retired neurosurgeon Ben Carson, asked about his claims.\n\n"
          + "Geoff Garin, a Democratic pollster who is working with a pro-Clinton super PAC, said the primaries had reinforced perceptions of the candidate.\n\n"
          + "\"The president has admitted he does not have a strategy,\" Jeb Bush, the former Florida governor and a Republican candidate, said on Sunday.\n\n"
          + "Many voters then saw the party as \"the party of big government,\" Al Hunt said.\n\n"
          + "Mayor Linda Gray agreed. \"We are running out of time to find an alternative.\"\n\n"
          + "Trump wants to build a wall along the southern border. The tax cut plans are expensive.\n\n"
          + "Cameron criticised Trump over the ban.\n"
          + "\"It looks like we won't have a very good relationship, who knows?\" Trump told the broadcaster in an interview on Monday, adding that he was no politician.\n";

  @Test
  void speakerAfterLowerCaseWords() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("I'm not going to say it was a mistake", true, "Ben Carson", "said");
  }

  @Test
  void nameBeforeLongAppositions() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("the primaries had reinforced perceptions", false, "Geoff Garin", "said");
    a.assertQuote("The president has admitted", true, "Jeb Bush", "said");
  }

  @Test
  void mixedQuote() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote q = a.assertQuote("Many voters then saw the party as", true, "Al Hunt", "said");
    assertTrue(a.text(q).endsWith("big government,\""), () -> a.describe(q));
  }

  @Test
  void speakerOnlySentenceBefore() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("We are running out of time", true, "Linda Gray", null);
  }

  @Test
  void stanceVerbsButNotNouns() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("to build a wall along the southern border", false, "Trump", "wants");
    assertEquals(0, a.quotes().stream().filter(q -> a.text(q).contains("expensive")).count(), a::describe);
  }

  @Test
  void questionThenCueInALongSentence() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("It looks like we won't have", true, "Trump", "told");
  }
}
