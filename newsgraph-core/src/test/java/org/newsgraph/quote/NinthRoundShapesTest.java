package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Shapes of direct-quote speakers found on PolNeAR's train split in the ninth round, written anew. */
class NinthRoundShapesTest {

  @Test
  void aCueAfterTheQuotationReachesPastPartyTagsPossessivesAndQuotationsInTheApposition() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "The council met on Monday.\n\n"
        + "\"The quay will pay for itself within ten years,\" Rep. Dana Whitfield (D-Maine) said.\n\n"
        + "\"Every berth in this port is already taken,\" Tomas Brandt, the fishermen's union spokesman, said in a statement.\n\n"
        + "\"Nobody asked the dock workers before the vote,\" Selin Aksoy, wearing a \"Save the Quay\" badge, said after the meeting.\n");
    a.assertQuote("The quay will pay for itself", true, "Dana Whitfield", "said");
    a.assertQuote("Every berth in this port", true, "Tomas Brandt", "said");
    a.assertQuote("Nobody asked the dock workers", true, "Selin Aksoy", "said");
  }

  @Test
  void aCueAfterTheQuotationReachesPastALongApposition() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "The council met on Monday.\n\n"
        + "\"The fees have not changed in twenty years,\" Dana Whitfield, who has proposed raising them twice, said at the time.\n\n"
        + "\"Nobody will pay the new fee,\" Tomas Brandt, the harbour master who founded the old quay tweeted on Friday.\n\n"
        + "\"The port will not survive another winter,\" the Maine senator and former harbour master said in a statement.\n\n"
        + "\"We will close the fish market,\" former port authority planning director Selin Aksoy wrote to the council.\n\n"
        + "\"The council was not told,\" an official, who was not authorized to speak on the record, told the Harbour Post.\n\n"
        + "\"The quay is unsafe,\" the engineers' report said.\n");
    a.assertQuote("The fees have not changed", true, "Dana Whitfield", "said");
    a.assertQuote("Nobody will pay the new fee", true, "Tomas Brandt", "tweeted");
    a.assertQuote("The port will not survive", true, "the Maine senator and former harbour master", "said");
    a.assertQuote("We will close the fish market", true, "Selin Aksoy", "wrote");
    a.assertQuote("The council was not told", true, "an official", "told");
    a.assertQuote("The quay is unsafe", true, "the engineers' report", "said");
  }

  @Test
  void aTitleInQuotationMarksInTheRunningTextTakesNoSpeakerFromTheClauseAfterIt() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "That meeting was part of \"harbour day,\" an annual ritual for the port in which the harbour master tells the fishermen why the fees are fair.\n");
    Quote title = a.containing("harbour day");
    assertNull(a.speaker(title), a.describe(title));
  }

  @Test
  void threeApostrophesCloseTheInnerQuoteThenTheOuterOne() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "The council met on Monday.\n\n"
        + "''I think most fishermen will not be satisfied with 'We will look into it,''' said Dana Whitfield, the harbour commissioner.\n");
    Quote q = a.assertQuote("I think most fishermen will not be satisfied", true, "Dana Whitfield", "said");
    assertEquals(true, a.text(q).endsWith("'We will look into it,'"), a.describe(q));
  }

  @Test
  void aParticipleRightAfterAQuotationSpeaksForTheSubjectOfTheSentence() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "Dana Whitfield has delivered a passionate defense of \"harbour values,\" saying the port embodied the \"heart and soul of the coast.\"\n");
    Quote q = a.containing("harbour values");
    assertEquals("Dana Whitfield", a.speaker(q), a.describe(q));
  }

  @Test
  void aParticipleAfterAPrepositionSpeaksForTheSubjectOfTheSentence() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "The harbour board ended its meeting on Friday by announcing that it would double the fees for every berth in the port.\n");
    a.assertQuote("it would double the fees", false, "The harbour board", "announcing");
  }

  @Test
  void aParticipleAfterAnOpeningPhraseOfTimeSpeaksForTheSubjectAfterIt() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "But a few days later, Tomas Brandt reversed himself again, telling the Harbour Post that the fees \"are fair, and we will keep them.\"\n");
    Quote q = a.containing("the fees");
    assertEquals("Tomas Brandt", a.speaker(q), a.describe(q));
  }

  @Test
  void aParticipleAfterACueClauseGoesOnWithItsSpeaker() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "After the votes of Tomas Brandt in Portland and Selin Aksoy in Bangor, \"there is a sense of urgency that we keep the quay,\" Whitfield said, noting that fishermen feel \"we have got to find a place for the fleet.\"\n\n"
        + "The mayor cannot say that \"from her perspective,\" Brandt added, saying it should be \"up to the council to decide in a vote of its own.\"\n");
    assertEquals("Whitfield", a.speaker(a.containing("we have got to find a place")));
    assertEquals("Brandt", a.speaker(a.containing("up to the council to decide")));
  }

  @Test
  void aSentenceThatOpensWithAConjunctionKeepsItsSubjectForAParticiple() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "His first message was about the storm.\n\n"
        + "And then Whitfield went fully on the attack, saying, \"Is the council going to finally mention the words harbour tax? If not, it should resign.\"\n");
    a.assertQuote("Is the council going to finally mention", true, "Whitfield", "saying");
  }

  @Test
  void anInfinitiveOfSayingSpeaksForTheSubjectOfItsClause() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "Selin Aksoy replied evenly, \"The fees are fair.\"\n\n"
        + "Whitfield, who signed the harbour law as governor, interjected to say: \"They have both been inconsistent on this issue.\"\n");
    a.assertQuote("They have both been inconsistent", true, "Whitfield", "say");
  }

  @Test
  void readAfterAQuotationIsACue() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "The union sent a fundraising email on Saturday.\n\n"
        + "\"Our campaign has already forced the council to change its mind on the harbour tax,\" read the email.\n\n"
        + "\"Friend, let me be blunt. We can win this vote,\" the letter read.\n");
    a.assertQuote("Our campaign has already forced", true, "the email", "read");
    a.assertQuote("Friend, let me be blunt", true, "the letter", "read");
  }

  @Test
  void anotherSpeaksInARunOfVoicesFromACrowd() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "\"The council never listens to the fishermen,\" wrote one dock worker on the union's forum.\n\n"
        + "Another tweeted, \"The tax will empty the harbour before the summer is over.\"\n\n"
        + "\"Better watch out for the harbour master since he said the fees are more important than the fleet,\" wrote another.\n");
    a.assertQuote("The tax will empty the harbour", true, "Another", "tweeted");
    a.assertQuote("Better watch out for the harbour master", true, "another", "wrote");
  }

  @Test
  void whatAppearsAfterAQuotationDoesNotSpeakIt() {
    Analyzed a = Analyzed.allParagraphs("The harbour vote\n\n"
        + "Tomas Brandt, the union's acting chairman, told the Harbour Post simply, \"We lost the vote.\" Banners quickly appeared in front of the council that read \"We won.\"\n");
    a.assertQuote("We lost the vote", true, "Tomas Brandt", "told");
  }

  @Test
  void germanCueAfterAQuotationWithAPartyTagAndAnApposition() {
    Analyzed a = Analyzed.allParagraphs("Die Hafengebühr\n\n"
        + "Der Rat tagte am Montag.\n\n"
        + "„Die Gebühr ist seit zwanzig Jahren unverändert“, sagte Dana Weber (Grüne), Sprecherin des Hafenamts.\n\n"
        + "„Niemand hat die Hafenarbeiter gefragt“, sagte Tomas Brandt, der Sprecher der Gewerkschaft.\n");
    a.assertQuote("Die Gebühr ist seit zwanzig Jahren", true, "Dana Weber", "sagte");
    a.assertQuote("Niemand hat die Hafenarbeiter gefragt", true, "Tomas Brandt", "sagte");
  }
}
