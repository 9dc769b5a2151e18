package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Shapes of direct-quote speakers found on PolNeAR's train split in the eighth round, written anew. */
class EighthRoundShapesTest {

  @Test
  void aStatementAfterAnOpeningAdverbialSpeaksForTheSubjectOfTheMainClause() {
    Analyzed a = Analyzed.allParagraphs("The harbour tax\n\n"
        + "On Saturday, the Dock Workers Union issued a statement saying the tax \"has no place in a working port.\"\n\n"
        + "At the time, she released a statement saying, \"We will not raise fees this year.\"\n\n"
        + "In response to the mayor's remarks at the quay, Port Authority Director Selin Aksoy released a statement saying that the fees had \"never been lower.\"\n\n"
        + "In the poll, a strong showing by the harbour master surprised nobody.\n");
    a.assertQuote("has no place in a working port", false, "the Dock Workers Union", "saying");
    a.assertQuote("We will not raise fees this year", true, "she", "saying");
    a.assertQuote("never been lower", false, "Port Authority Director Selin Aksoy", "saying");
    assertTrue(a.quotes().stream().noneMatch(q -> "a statement".equals(a.speaker(q))), a.describe());
  }

  @Test
  void heStandsForAPersonNotForAGroupNamedSinceBefore() {
    Analyzed a = Analyzed.allParagraphs("The new quay\n\n"
        + "\"We will build the quay,\" said Dana Whitfield, the harbour commissioner.\n\n"
        + "Some dock workers said the plan came too late.\n\n"
        + "\"The money is there,\" he said.\n");
    Quote q = a.assertQuote("The money is there", true, "he", "said");
    assertEquals("Dana Whitfield", a.antecedent(q), a.describe(q));
  }

  @Test
  void heStandsForThePersonBeforeAnOrganisationInTheSameSentence() {
    Analyzed a = Analyzed.allParagraphs("The new quay\n\n"
        + "Tomas Brandt met officials of the European Union in Brussels on Monday. \"It is a mistake,\" he said.\n");
    Quote q = a.assertQuote("It is a mistake", true, "he", "said");
    assertEquals("Tomas Brandt", a.antecedent(q), a.describe(q));
  }

  @Test
  void theNameThatOpensTheSentenceBeforeSpeaksForAQuotationWithoutCue() {
    Analyzed a = Analyzed.allParagraphs("The new quay\n\n"
        + "The council approved the quay on Monday.\n\n"
        + "Dana Whitfield, the harbour commissioner, voiced her disapproval of the vote. \"This decision will cost the port its fishing fleet.\"\n\n"
        + "Senator Tomas Brandt on Tuesday also called on the council to reconsider.\n\n"
        + "\"The fleet has been here for two hundred years.\"\n\n"
        + "The vote was close. \"Nobody expected it.\"\n");
    a.assertQuote("This decision will cost the port", true, "Dana Whitfield", null);
    a.assertQuote("The fleet has been here", true, "Tomas Brandt", null);
    Quote close = a.containing("Nobody expected it");
    assertTrue(close.speaker() == null || !"The vote".equals(a.speaker(close)), a.describe(close));
  }

  @Test
  void aPronounThatOpensTheSentenceBeforeSpeaksWithItsAntecedent() {
    Analyzed a = Analyzed.allParagraphs("The new quay\n\n"
        + "\"We will build the quay,\" said Dana Whitfield, the harbour commissioner.\n\n"
        + "She later returned to the podium. \"Nobody will stop this port.\"\n");
    Quote q = a.assertQuote("Nobody will stop this port", true, "She", null);
    assertEquals("Dana Whitfield", a.antecedent(q), a.describe(q));
  }

  @Test
  void asANamedSpeakerWithAnAppositionPutIt() {
    Analyzed a = Analyzed.allParagraphs("The new quay\n\n"
        + "The council approved the quay on Monday. Or, as Dana Whitfield, the harbour commissioner, put it: \"This port has chosen its future.\"\n\n"
        + "As Tomas Brandt, a fisherman for forty years, put it, \"We were never asked.\"\n");
    a.assertQuote("This port has chosen its future", true, "Dana Whitfield", "put it");
    a.assertQuote("We were never asked", true, "Tomas Brandt", "put it");
  }

  @Test
  void aNameWithAnAppositionOrPartyTagLeadsIntoAQuotationWithoutCue() {
    Analyzed a = Analyzed.allParagraphs("The new quay\n\n"
        + "Senator Dana Whitfield, D-Maine, delivered a blunt message to the council: \"Build the quay this year or lose the fishing fleet that built this town.\"\n\n"
        + "Tomas Brandt, a fisherman for forty years, welcomed \"the first good news this harbour has had in a decade.\"\n");
    a.assertQuote("Build the quay this year", true, "Dana Whitfield", null);
    a.assertQuote("the first good news this harbour has had", true, "Tomas Brandt", null);
  }
}
