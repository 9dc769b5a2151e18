package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/** Interview transcripts and shapes found on PolNeAR's train split in the seventh round, written anew. */
class SeventhRoundShapesTest {
  private static final String INTRO =
      "Pence defends the port talks\n\n"
          + "On Sunday, Indiana Governor Mike Pence spoke with Chris Wallace on Fox News Sunday about the talks in Istanbul.\n\n"
          + "Partial transcript as follows:\n\n";

  /** The exchange each transcript below prints, in its own style. */
  private static void assertTurns(Analyzed a) {
    a.assertQuote("let's start with the talks in Istanbul", true, "WALLACE", ":");
    a.assertQuote("that is for the parties to decide", true, "PENCE", ":");
    a.assertQuote("last week that they had failed", true, "WALLACE", ":");
    Quote last = a.assertQuote("they had stalled, Chris", true, "PENCE", ":");
    assertEquals("Mike Pence", a.antecedent(last), a.describe(last));
    assertEquals("Chris Wallace", a.antecedent(a.containing("let's start with")), a.describe());
    assertTrue(a.quotes().stream().noneMatch(q -> "Partial".equals(a.speaker(q)) || a.text(q).contains("PENCE:")), a.describe());
  }

  @Test
  void aQuotedTranscriptIsItsTurnsAndTheHeadingSpeaksForNone() {
    Analyzed a = Analyzed.allParagraphs(INTRO
        + "\"WALLACE: Governor, let's start with the talks in Istanbul. Will they resume next week?\n\n"
        + "\"PENCE: Well, look, that is for the parties to decide. We want them back at the table.\n\n"
        + "\"WALLACE: But you said last week that they had failed.\n\n"
        + "\"PENCE: I said they had stalled, Chris. That is a different thing.\"\n\n"
        + "Follow the writer on Twitter.\n");
    assertTurns(a);
    assertEquals("I said they had stalled, Chris. That is a different thing", a.text(a.containing("had stalled")), a.describe());
  }

  @Test
  void anUnquotedTranscript() {
    assertTurns(Analyzed.allParagraphs(INTRO
        + "WALLACE: Governor, let's start with the talks in Istanbul. Will they resume next week?\n\n"
        + "PENCE: Well, look, that is for the parties to decide. We want them back at the table.\n\n"
        + "WALLACE: But you said last week that they had failed.\n\n"
        + "PENCE: I said they had stalled, Chris. That is a different thing.\n"));
  }

  @Test
  void aLabelResolvesToTheEntityNamedBefore() {
    String text = INTRO
        + "WALLACE: Governor, let's start with the talks in Istanbul. Will they resume next week?\n\n"
        + "PENCE: Well, look, that is for the parties to decide. We want them back at the table.\n";
    Analyzed a = Analyzed.allParagraphs(text);
    SpeakerEntities entities = new SpeakerEntities(text, List.of(
        new SpeakerEntities.Ref("e1", span(text, "Mike Pence")), new SpeakerEntities.Ref("e2", span(text, "Chris Wallace"))));
    assertEquals("e1", entities.resolve(a.assertQuote("that is for the parties to decide", true, "PENCE", ":").speaker()));
    assertEquals("e2", entities.resolve(a.assertQuote("let's start with the talks", true, "WALLACE", ":").speaker()));
  }

  private static Span span(String text, String words) {
    int i = text.indexOf(words);
    return new Span(i, i + words.length());
  }

  @Test
  void namesInOrdinaryCaseTakeTurnsAndATurnGoesOnOverItsParagraphs() {
    Analyzed a = Analyzed.allParagraphs("A panel on the harbour tax\n\n"
        + "The host, Nora Lindqvist, asked the reporters Tomas Brandt and Ayla Demir about the tax.\n\n"
        + "Nora Lindqvist: Seriously, who pays for the new quay? The mayor says the port will.\n\n"
        + "But then I ask the dockers, and they have never heard of it.\n\n"
        + "(BEGIN VIDEO CLIP.)\n\n"
        + "Ayla Demir: Saying the port pays sounds fine until the port raises its fees.\n\n"
        + "Lindqvist: Well, fees are bad.\n\n"
        + "Demir: Nobody thinks the fees are their own money, and that is the point.\n"
        + "To be clear, the fees would fall on shipping firms.\n");
    Quote first = a.assertQuote("who pays for the new quay", true, "Nora Lindqvist", ":");
    assertEquals(2, first.parts().size(), a.describe(first));
    assertTrue(a.text(first).contains("they have never heard of it"), a.describe(first));
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("BEGIN VIDEO")), a.describe());
    Quote fees = a.assertQuote("fees are bad", true, "Lindqvist", ":");
    assertEquals("Nora Lindqvist", a.antecedent(fees), a.describe(fees));
    Quote point = a.assertQuote("that is the point", true, "Demir", ":");
    assertTrue(!a.text(point).contains("To be clear"), a.describe(point));
  }

  @Test
  void peopleAnsweringOneAfterAnother() {
    Analyzed a = Analyzed.allParagraphs("What dockers think of the harbour tax\n\n"
        + "We asked dockers in Eastport what they make of the new tax. Partial transcript below:\n\n"
        + "Maria Lopez: I have worked here for twenty years and I have never paid a fee like this.\n\n"
        + "Tomas Brandt: “We will pay for it twice, once at the gate and once in our wages.”\n\n"
        + "Ayla Demir: You cannot run a port on fees alone.\n");
    a.assertQuote("I have never paid a fee like this", true, "Maria Lopez", ":");
    Quote brandt = a.assertQuote("We will pay for it twice", true, "Tomas Brandt", ":");
    assertEquals("We will pay for it twice, once at the gate and once in our wages", a.text(brandt), a.describe(brandt));
    a.assertQuote("You cannot run a port on fees alone", true, "Ayla Demir", ":");
    assertEquals(3, a.quotes().stream().filter(q -> q.direct()).count(), a.describe());
  }

  @Test
  void aListOfNamesAndColonsIsNoTranscript() {
    Analyzed a = Analyzed.allParagraphs("What each candidate needs\n\n"
        + "Pike: Win the harbour districts by a wide margin.\n\n"
        + "Ortiz: Hold on to the northern suburbs.\n\n"
        + "Quinlan: Finish second and wait for the runoff.\n");
    assertTrue(a.quotes().stream().noneMatch(q -> q.direct()), a.describe());
  }

  @Test
  void aNameAndColonAloneIsNoTranscript() {
    Analyzed a = Analyzed.allParagraphs("Harbour news\n\n"
        + "Paul Rand: The harbour tax defies explanation\n\n"
        + "The council met on Monday to discuss the tax.\n\n"
        + "Related:\n\n"
        + "Paul Rand: The quay will be finished by spring\n");
    a.assertQuote("The harbour tax defies explanation", false, "Paul Rand", ":");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("council met")), a.describe());
  }

  @Test
  void questionsAndAnswersGiveNoTurnsOfNobody() {
    Analyzed a = Analyzed.allParagraphs("Ten questions for the harbour master\n\n"
        + "Q: You have run the port for ten years. What changed?\n\n"
        + "A: The ships got bigger, and I said we needed a deeper quay.\n\n"
        + "Q: Will the new quay be ready?\n\n"
        + "A: It will be ready by spring.\n");
    assertTrue(a.quotes().stream().noneMatch(q -> q.direct() && ("Q".equals(a.speaker(q)) || "A".equals(a.speaker(q)))), a.describe());
    assertTrue(a.quotes().stream().noneMatch(q -> a.antecedent(q) != null && a.antecedent(q).length() == 1), a.describe());
  }

  @Test
  void aGermanInterview() {
    Analyzed a = Analyzed.allParagraphs("Merz verteidigt die Hafengespräche\n\n"
        + "Bundeskanzler Friedrich Merz hat sich im Interview mit unserer Zeitung zu den Gesprächen in Istanbul geäußert.\n\n"
        + "Das Interview im Wortlaut:\n\n"
        + "Frage: Herr Bundeskanzler, werden die Gespräche nächste Woche fortgesetzt?\n\n"
        + "Merz: Das müssen die Parteien entscheiden. Wir wollen sie wieder am Tisch sehen.\n\n"
        + "Frage: Letzte Woche sagten Sie, die Gespräche seien gescheitert.\n\n"
        + "Merz: Ich habe gesagt, sie stocken. Das ist etwas anderes.\n");
    Quote first = a.assertQuote("Das müssen die Parteien entscheiden", true, "Merz", ":");
    assertEquals("Friedrich Merz", a.antecedent(first), a.describe(first));
    a.assertQuote("Ich habe gesagt, sie stocken", true, "Merz", ":");
    assertTrue(a.quotes().stream().noneMatch(q -> "Frage".equals(a.speaker(q)) || "Wortlaut".equals(a.speaker(q))), a.describe());
  }

  @Test
  void aParticipleOfSayingSpeaksForTheSubjectOfItsSentence() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "The Dock Workers Union issued a statement saying the tax \"has no place in a working port.\"\n\n"
        + "Mayor Linda Gray spoke at the council's third hearing on Monday, saying the fees would be \"the fairest in the region.\"\n\n"
        + "Her office put out a statement saying the council would vote in March.\n\n"
        + "The Port Authority released a statement saying \"We will not raise fees this year.\"\n\n"
        + "The harbour master had a strong showing in the poll.\n");
    a.assertQuote("has no place in a working port", false, "The Dock Workers Union", "saying");
    a.assertQuote("the fairest in the region", false, "Linda Gray", "saying");
    a.assertQuote("the council would vote in March", false, "Her office", "saying");
    a.assertQuote("We will not raise fees this year", true, "The Port Authority", "saying");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("in the poll")), a.describe());
  }

  @Test
  void aBylineAfterADashBeforeTheColonSpeaks() {
    Analyzed a = Analyzed.allParagraphs("The harbour newsletter\n\n"
        + "DOCK TRAFFIC FELL FOR THE THIRD MONTH - Selin Aksoy: “Fewer ships called at Eastport in March than in any month since 2009.”\n\n"
        + "The council will discuss the figures on Monday.\n");
    a.assertQuote("Fewer ships called at Eastport", true, "Selin Aksoy", ":");
  }

  @Test
  void aHeadingThatIntroducesADocumentSpeaksForNoQuotation() {
    Analyzed a = Analyzed.allParagraphs(INTRO
        + "\"Tonight we arrived in Eastport, and the dockers cheered when we walked into the hall.\"\n\n"
        + "Follow the writer on Twitter.\n");
    Quote q = a.containing("the dockers cheered");
    assertTrue(q.speaker() == null || !"Partial".equals(a.speaker(q)), a.describe(q));
    Analyzed statement = Analyzed.allParagraphs("The harbour tax\n\nMayor Linda Gray released the following statement:\n\n"
        + "\"The quay will be finished by spring, and the fees will fall with it.\"\n");
    statement.assertQuote("The quay will be finished by spring", true, "Linda Gray", null);
  }

  @Test
  void aNameWithALongAppositionBeforeACueAndAComma() {
    Analyzed a = Analyzed.allParagraphs("Port news\n\nThe mayor spoke first. "
        + "Paul Rand, editor at large of The Harbour Times, an influential Eastport newspaper read by dockers, wrote, "
        + "\"The quay will never be finished on time.\"\n");
    a.assertQuote("The quay will never be finished on time", true, "Paul Rand", "wrote");
  }

  @Test
  void aTimeBetweenTheSpeakerAndTheCueIsNoSpeaker() {
    Analyzed a = Analyzed.allParagraphs("Port news\n\n"
        + "Rand later Thursday told the harbour board: \"We will meet again next week to settle the fees.\"\n\n"
        + "Ortiz earlier Friday said the council had held 75 hearings on the quay since May.\n");
    a.assertQuote("We will meet again next week", true, "Rand", "told");
    a.assertQuote("the council had held 75 hearings", false, "Ortiz", "said");
  }
}
