package org.newsgraph.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
  private final ContentWords en = ContentWords.forLanguage("en");
  private final ContentWords de = ContentWords.forLanguage("de");

  @Test
  void englishInflectionsMeet() {
    assertEquals(en.stems("ships"), en.stems("ship"));
    assertEquals(en.stems("negotiations"), en.stems("negotiation"));
    assertEquals(en.stems("brokered"), en.stems("brokering"));
    assertEquals(en.stems("Turkey's"), en.stems("Turkey"));
  }

  @Test
  void englishFunctionWordsAndReportingVerbsAreDropped() {
    assertEquals(List.of(), en.words("According to what was said, they would have told us so on Monday."));
    assertEquals(List.of("report"), en.words("the report"));
  }

  @Test
  void englishWordsDerivedFromPlacesStandForThePlace() {
    assertEquals(en.stems("France"), en.stems("French"));
    assertEquals(en.stems("Ukraine"), en.stems("Ukrainians"));
    assertEquals(en.stems("U.S."), en.stems("American"));
    // Only capitalised: "polish" the verb is not Poland.
    assertFalse(en.stems("polish").equals(en.stems("Poland")));
    assertEquals(en.stems("Poland"), en.stems("Polish"));
  }

  @Test
  void germanInflectionsMeet() {
    assertEquals(de.stems("Soldaten"), de.stems("Soldat"));
    assertEquals(de.stems("Verhandlungen"), de.stems("Verhandlung"));
    assertEquals(de.stems("Schiffe"), de.stems("Schiff"));
  }

  @Test
  void germanFunctionWordsAndReportingPhrasesAreDropped() {
    assertEquals(List.of(), de.words("Nach Angaben sagte sie am Montag, dass es noch so sei."));
  }

  @Test
  void germanWordsDerivedFromPlacesStandForThePlaceInAnyCase() {
    assertEquals(de.stems("Frankreich"), de.stems("französische"));
    assertEquals(de.stems("Frankreich"), de.stems("Franzosen"));
    assertEquals(de.stems("Russland"), de.stems("russischen"));
    assertEquals(de.stems("Türkei"), de.stems("türkischer"));
  }

  @Test
  void shortWordsCountOnlyAsAcronyms() {
    Set<String> stems = en.stems("EU and UN at an ox farm");
    assertTrue(stems.contains("eu") && stems.contains("un"), stems.toString());
    assertFalse(stems.contains("ox"));
  }

  @Test
  void otherLanguagesFallBackToEnglishRules() {
    assertEquals(en.words("The ships sailed"), ContentWords.forLanguage("fr").words("The ships sailed"));
    assertEquals(en.words("The ships sailed"), ContentWords.forLanguage(null).words("The ships sailed"));
  }
}
