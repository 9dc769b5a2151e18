package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;

/** English news shapes, one at a time, each in a small article of its own. */
class EnglishQuotesTest {
  private static Analyzed article(String... paragraphs) {
    return Analyzed.of("Port talks stall as ministers trade blame\n\n" + String.join("\n\n", paragraphs) + "\n");
  }

  @Test
  void appositionNamesTheSpeaker() {
    Analyzed a = article("Maria Zakharova, the ministry's spokeswoman, said the talks had failed because of Western pressure.");
    a.assertQuote("the talks had failed because of Western pressure", false, "Maria Zakharova", "said");
    Analyzed b = article("A Kremlin spokesman, Dmitry Peskov, said the offer would be studied carefully in Moscow.");
    b.assertQuote("the offer would be studied carefully", false, "Dmitry Peskov", "said");
  }

  @Test
  void directQuoteWithTheCueAfter() {
    Analyzed a = article("\"We will not give in to pressure from anyone,\" the minister said on Tuesday.");
    a.assertQuote("We will not give in to pressure from anyone", true, "the minister", "said");
    Analyzed b = article("“Nobody wants another winter like the last one,” said Arkady Volkov, a Kremlin spokesman.");
    b.assertQuote("Nobody wants another winter", true, "Arkady Volkov", "said");
  }

  @Test
  void directQuoteWithTheCueBefore() {
    Analyzed a = article("The harbour master told reporters: “The quay will be ready by Friday.”");
    a.assertQuote("The quay will be ready by Friday.", true, "The harbour master", "told");
  }

  @Test
  void accordingTo() {
    Analyzed a = article("According to the port authority, three ships were damaged in the storm.");
    a.assertQuote("three ships were damaged in the storm", false, "the port authority", "According to");
    Analyzed b = article("Three ships were damaged in the storm, according to the port authority.");
    b.assertQuote("Three ships were damaged in the storm", false, "the port authority", "according to");
  }

  @Test
  void cueAfterTheContent() {
    Analyzed a = article("The deal is dead and everyone in Ankara knows it, Ivanov says in a podcast.");
    a.assertQuote("The deal is dead and everyone in Ankara knows it", false, "Ivanov", "says");
  }

  @Test
  void warnsOfAndConcedes() {
    Analyzed a = article("The World Health Organization warns of a new wave of infections this winter.");
    a.assertQuote("a new wave of infections this winter", false, "The World Health Organization", "warns of");
    Analyzed b = article("The finance minister concedes that the plan has serious flaws.");
    b.assertQuote("the plan has serious flaws", false, "The finance minister", "concedes");
  }

  @Test
  void pronounsStandForTheNameBefore() {
    Analyzed a = article("Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Monday.", "\"We see no reason for panic in the markets,\" he said.");
    Quote q = a.assertQuote("We see no reason for panic", true, "he", "said");
    assertEquals("Dmitry Peskov", a.antecedent(q));
  }

  @Test
  void aSpeakerNamedInTheSentenceBefore() {
    Analyzed a = article(
        "Analyst Selin Aksoy told the broadcaster that Ankara wants to be seen as the indispensable broker.",
        "\"Erdogan gains from talking to both sides, and he loses the moment he picks one.\"");
    Quote q = a.containing("Erdogan gains");
    assertEquals("Selin Aksoy", a.speaker(q));
    assertNull(q.cue(), "no cue of its own");
  }

  @Test
  void aQuoteOverTwoParagraphsIsOneQuote() {
    Analyzed a = article("“We will rebuild the port and the road to it.", "“Every family will get help before the winter,” the mayor said.");
    Quote q = a.containing("Every family will get help");
    assertEquals(2, q.parts().size());
    assertTrue(a.text(q).startsWith("We will rebuild"));
    assertEquals("the mayor", a.speaker(q));
  }

  @Test
  void theCueBetweenTwoQuotes() {
    Analyzed a = article("“The corridor stays open,” the minister said. “Ships will sail as planned.”");
    Quote q = a.containing("The corridor stays open");
    assertEquals(2, q.parts().size(), a::describe);
    assertEquals("the minister", a.speaker(q));
  }

  @Test
  void nestedQuotesStayInside() {
    Analyzed a = article("“He told me: ‘Never again,’ and then he left the room,” the witness said.");
    Quote q = a.assertQuote("Never again", true, "the witness", "said");
    assertTrue(a.text(q).startsWith("He told me"));
    assertEquals(1, a.quotes().size(), a::describe);
  }

  @Test
  void scareQuotesAreToldApart() {
    Analyzed a = article("The so-called \"reform\" passed parliament on Monday after a long night of debate.");
    Quote q = a.containing("reform");
    assertEquals(QuoteKind.SCARE, q.kind());
    assertTrue(q.direct());
    assertNull(q.speaker());
  }

  @Test
  void transcripts() {
    Analyzed a = article("WALLACE: Will the talks resume next week in Istanbul?", "PENCE: Well, look, that is for the parties to decide.");
    a.assertQuote("that is for the parties to decide", true, "PENCE", ":");
  }

  @Test
  void nothingFromTheHeadline() {
    Analyzed a = Analyzed.of("Erdogan: \"We will host the talks\"\n\nTurkey offered to host a new round of talks on Monday.\n");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("We will host")), a::describe);
  }
}
