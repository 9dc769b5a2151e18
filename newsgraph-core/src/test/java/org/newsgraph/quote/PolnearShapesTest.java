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

  private static final String FACT_CHECK =
      "Fact check: claims from the debate\n\n"
          + "Following are some claims that we checked.\n\n"
          + "\"Americans are worried about the future of their kids.\"\n\n"
          + "- Bernie Sanders.\n\n"
          + "The campaign has spent about $12 million since September, according to media trackers.\n\n"
          + "In a new Washington Post-ABC News poll, just 18 percent of registered voters have a favorable view of the plan.\n\n"
          + "Paul Ryan: FBI decision not to indict defies explanation.\n\n"
          + "A federal judge struck down the law on Friday, saying the law violated the Voting Rights Act.\n\n"
          + "Most of them said they had loved working for the company.\n\n"
          + "It was a reversal for the Wisconsin Republican, who pledged to back the nominee.\n\n"
          + "Last month, the governor called the senator a liar. Obama found himself in an awkward position.\n";

  @Test
  void signedQuotation() {
    Analyzed a = Analyzed.of(FACT_CHECK);
    a.assertQuote("Americans are worried about the future", true, "Bernie Sanders", "-");
  }

  @Test
  void quotationsSignedWithTheHorizontalBar() {
    Analyzed a = Analyzed.allParagraphs("Readers tell us what the vote means to them\n\n"
        + "We asked readers in Arizona why they will vote this year.\n\n"
        + "\u201cMy parents could not vote here. I can, and I will.\u201d \u2015 Marisol Ortega\n\n"
        + "\u201cThe schools in my town need help and nobody listens.\u201d\n\u2015 Daniel Ruiz, 34\n");
    a.assertQuote("My parents could not vote here", true, "Marisol Ortega", "\u2015");
    a.assertQuote("The schools in my town need help", true, "Daniel Ruiz", "\u2015");
  }

  @Test
  void sourcesWithoutCapitals() {
    Analyzed a = Analyzed.of(FACT_CHECK);
    a.assertQuote("The campaign has spent about $12 million", false, "media trackers", "according to");
    a.assertQuote("just 18 percent of registered voters", false, "a new Washington Post-ABC News poll", "In");
  }

  @Test
  void nameAndColonOnALineOfItsOwn() {
    Analyzed a = Analyzed.of(FACT_CHECK);
    a.assertQuote("FBI decision not to indict defies explanation", false, "Paul Ryan", ":");
  }

  @Test
  void subjectsOfParticiplesAndQuantifiers() {
    Analyzed a = Analyzed.of(FACT_CHECK);
    a.assertQuote("the law violated the Voting Rights Act", false, "A federal judge", "saying");
    a.assertQuote("they had loved working for the company", false, "Most of them", "said");
  }

  @Test
  void noContentFromRelativesAdverbialsOrReflexives() {
    Analyzed a = Analyzed.of(FACT_CHECK);
    assertEquals(0, a.quotes().stream().filter(q -> a.text(q).contains("It was a reversal")).count(), a::describe);
    assertEquals(0, a.quotes().stream().filter(q -> a.text(q).equals("Last month")).count(), a::describe);
    assertEquals(0, a.quotes().stream().filter(q -> a.text(q).contains("awkward position")).count(), a::describe);
  }

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
