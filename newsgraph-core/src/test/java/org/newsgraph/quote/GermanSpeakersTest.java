package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/**
 * German shapes of the speaker rules added for PolNeAR: mixed quotes (words of the sentence, then a
 * quotation, then the cue), a name with a long apposition before the verb, and a speaker named in
 * a short sentence of its own before a quotation.
 */
class GermanSpeakersTest {
  private static final String ARTICLE =
      "Streit um Grenzkontrollen\n\n"
          + "Die Bundespolizei soll an den Grenzen zu Polen und Tschechien stärker kontrollieren. Die Lage an der Grenze sei „äußerst angespannt“, sagte ein Sprecher des Ministeriums am Dienstag.\n\n"
          + "Jan Köhler, der innenpolitische Sprecher der Opposition im Landtag, sagte, die Kontrollen seien nicht mit dem Schengen-Abkommen vereinbar.\n\n"
          + "Die Innenministerin widersprach. »Wir halten uns an jede Regel, die Europa uns vorgibt.«\n\n"
          + "Laut Polizei wurden seit Montag mehr als zweihundert Menschen ohne Papiere angetroffen. Dem Landrat zufolge fehlen in den Grenzorten Unterkünfte.\n";

  @Test
  void mixedQuoteSpeaksForTheWholeSentence() {
    Analyzed a = Analyzed.of(ARTICLE);
    Quote lage = a.assertQuote("Die Lage an der Grenze sei", true, "ein Sprecher des Ministeriums", "sagte");
    assertTrue(a.text(lage).endsWith("angespannt“"), () -> a.describe(lage));
    assertEquals(1, a.quotes().stream().filter(q -> a.text(q).contains("äußerst angespannt")).count(), a::describe);
  }

  @Test
  void nameBeforeALongApposition() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("die Kontrollen seien nicht mit dem Schengen-Abkommen vereinbar", false, "Jan Köhler", "sagte");
  }

  @Test
  void speakerOfTheSentenceBefore() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("Wir halten uns an jede Regel", true, "Die Innenministerin", null);
  }

  @Test
  void lautAndZufolgeStay() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("wurden seit Montag mehr als zweihundert Menschen", false, "Polizei", "Laut");
    a.assertQuote("fehlen in den Grenzorten Unterkünfte", false, "Dem Landrat", "zufolge");
  }
}
