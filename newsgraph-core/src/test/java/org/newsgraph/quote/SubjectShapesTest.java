package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Speaker and content shapes found on PolNeAR's train split in the fourth round, written anew. */
class SubjectShapesTest {
  private static final String ARTICLE =
      "Council votes on the harbour plan\n\n"
          + "After the hearing ended in shouting when dozens of residents were turned away, Lena Varga, the council clerk, said she had received threats by phone.\n\n"
          + "Playing down the turnout in an age when most residents follow meetings online, Okafor said the council's reach \"is much wider\" than the hall.\n\n"
          + "Later, at a dinner of the harbour association, Okafor said Brandt is \"not ready to govern\" and more.\n\n"
          + "One fisherman not on the committee's list, Tomas Reyes, told the Gazette he would vote against the plan.\n\n"
          + "\"The costs will fall on the families who live by the water,\" federal auditors wrote in their letter to the council.\n\n"
          + "\"We will not let the harbour close,\" Sen. Ines Duarte, D-Port., said.\n\n"
          + "\"Nobody asked the fishermen,\" said Will Amsel, who runs the co-op.\n\n"
          + "Current and former staff who spoke with reporters said the office had been left without a budget for years.\n\n"
          + "The dredging would take two winters to finish, a source close to the mayor said.\n\n"
          + "Even Brandt, a longtime ally of the mayor, said the vote should be delayed.\n\n"
          + "The mayor walked out of the meeting after Okafor said the plan would cost too much.\n\n"
          + "According to early figures from a survey of harbour businesses conducted by the chamber of commerce for the port, most shops lost money last winter.\n\n"
          + "Only about 4 in 10 registered voters in each harbour district want the ferry line to be built.\n\n"
          + "For now, Piet Haller, at the port authority, said Brandt must answer for the losses.\n\n"
          + "Asked if the ferry should run in winter, 46 percent of residents said yes.\n\n"
          + "Brandt said it twice. Okafor said on the steps of the old chamber.\n\n"
          + "Okafor's attacks on the harbour board drew a rebuke. Her criticism of the new ferry line surprised nobody. Their support for the mayor is old news.\n";

  @Test
  void anOpeningAdverbialIsNoContent() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("she had received threats by phone", false, "Lena Varga", "said");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).startsWith("After the hearing")), a::describe);
    Quote wider = a.assertQuote("reach", false, "Okafor", "said");
    assertTrue(a.text(wider).startsWith("the council's reach"), () -> a.describe(wider));
    Quote ready = a.assertQuote("Brandt is", false, "Okafor", "said");
    assertFalse(a.text(ready).contains("dinner"), () -> a.describe(ready));
  }

  @Test
  void toldNamesTheAddresseeNotTheSpeaker() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("he would vote against the plan", false, "Tomas Reyes", "told");
  }

  @Test
  void aSpeakerAfterAQuotationWithModifiersOrAPartyTag() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("The costs will fall", true, "federal auditors", "wrote");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).startsWith("in their letter")), a::describe);
    a.assertQuote("We will not let the harbour close", true, "Ines Duarte", "said");
    a.assertQuote("Nobody asked the fishermen", true, "Will Amsel", "said");
  }

  @Test
  void aPlainNounPhraseBeforeAStrongVerbOfSaying() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote staff = a.containing("the office had been left without a budget");
    assertTrue(a.speaker(staff) != null && a.speaker(staff).startsWith("Current and former staff"), () -> a.describe(staff));
    Quote source = a.containing("The dredging would take two winters");
    assertTrue("a source close to the mayor".equals(a.speaker(source)) && source.cue() != null, () -> a.describe(source));
  }

  @Test
  void subjectsAfterEvenAndAfterASubordinator() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("the vote should be delayed", false, "Brandt", "said");
    a.assertQuote("the plan would cost too much", false, "Okafor", "said");
  }

  @Test
  void aLongAccordingToSource() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote q = a.containing("most shops lost money last winter");
    assertTrue("According to".equals(a.cue(q)) && a.speaker(q) != null, () -> a.describe(q));
  }

  @Test
  void aLongShareOfRespondents() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote q = a.containing("the ferry line to be built");
    assertTrue("want".equals(a.cue(q)) && a.speaker(q) != null && a.speaker(q).startsWith("Only about 4"), () -> a.describe(q));
  }

  @Test
  void aPhraseThatAVerbFollowsIsNoInvertedSpeaker() {
    Analyzed a = Analyzed.of(ARTICLE);
    assertTrue(a.quotes().stream().noneMatch(q -> "Brandt".equals(a.speaker(q)) && a.text(q).contains("Piet Haller")), a::describe);
    // the name after the opening adverbial, before its apposition, speaks
    a.assertQuote("Brandt must answer for the losses", false, "Piet Haller", "said");
  }

  @Test
  void anAnswerOfOneWord() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote q = a.assertQuote("yes", false, "46 percent of residents", "said");
    assertTrue(a.text(q).equals("yes"), () -> a.describe(q));
  }

  @Test
  void anAdjunctAfterSaidIsNoContent() {
    Analyzed a = Analyzed.of(ARTICLE);
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("steps of the old chamber")), a::describe);
  }

  @Test
  void stanceNounsAfterAPossessive() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote attacks = a.assertQuote("the harbour board", false, "Okafor's", "attacks on");
    assertFalse(a.text(attacks).contains("rebuke"), () -> a.describe(attacks));
    a.assertQuote("the new ferry line", false, "Her", "criticism of");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("the mayor is old news")), a::describe);
  }

  @Test
  void withoutAPossessiveAStanceNounReportsNothing() {
    Analyzed a = Analyzed.of("Criticism of the ferry line grew over the summer. The attacks on the board were loud.\n");
    assertTrue(a.quotes().isEmpty(), a::describe);
  }
}
