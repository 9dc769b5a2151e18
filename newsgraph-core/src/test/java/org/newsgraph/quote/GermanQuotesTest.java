package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** German news shapes: „…“ and »…«, Konjunktiv, "sagte ein Sprecher des Ministeriums", "laut Polizei", "zufolge". */
class GermanQuotesTest {
  private static final String ARTICLE =
      "Regierung plant neue Hilfen für Landwirte\n\n"
          + "Die Bundesregierung will Landwirten nach der Dürre mit zusätzlichen Mitteln helfen. „Wir lassen die Betriebe nicht allein“, sagte Agrarministerin Petra Kühn am Montag in Berlin.\n\n"
          + "Die Hilfen sollen bis zum Herbst ausgezahlt werden, sagte ein Sprecher des Ministeriums. Die Anträge seien bereits geprüft worden. Man rechne mit mehr als zehntausend Anträgen.\n\n"
          + "Laut Polizei wurden bei den Protesten in Hannover drei Menschen leicht verletzt. Dem Bauernverband zufolge nahmen mehr als fünftausend Landwirte an der Kundgebung teil.\n\n"
          + "Verbandspräsident Klaus Berger warnte, die Hilfen kämen viel zu spät. »Viele Höfe stehen vor dem Aus«, sagte er der Zeitung.\n\n"
          + "Nach Angaben des Statistischen Bundesamtes sank die Getreideernte um zwölf Prozent. Im Interview sagte Kühn, der Bund werde auch die Länder in die Pflicht nehmen.\n";

  @Test
  void germanNews() {
    Analyzed a = Analyzed.of(ARTICLE);
    assertEquals("de", a.article.language());
    a.assertQuote("Wir lassen die Betriebe nicht allein", true, "Petra Kühn", "sagte");
    a.assertQuote("Die Hilfen sollen bis zum Herbst ausgezahlt werden", false, "ein Sprecher des Ministeriums", "sagte");
    a.assertQuote("Die Anträge seien bereits geprüft worden", false, "ein Sprecher des Ministeriums", "seien");
    a.assertQuote("Man rechne mit mehr als zehntausend Anträgen", false, "ein Sprecher des Ministeriums", "rechne");
    a.assertQuote("wurden bei den Protesten in Hannover drei Menschen leicht verletzt", false, "Polizei", "Laut");
    a.assertQuote("nahmen mehr als fünftausend Landwirte an der Kundgebung teil", false, "Dem Bauernverband", "zufolge");
    a.assertQuote("die Hilfen kämen viel zu spät", false, "Klaus Berger", "warnte");
    Quote hoefe = a.assertQuote("Viele Höfe stehen vor dem Aus", true, "er", "sagte");
    assertEquals("Klaus Berger", a.antecedent(hoefe));
    a.assertQuote("sank die Getreideernte um zwölf Prozent", false, "des Statistischen Bundesamtes", "Nach Angaben");
    a.assertQuote("der Bund werde auch die Länder in die Pflicht nehmen", false, "Kühn", "sagte");
  }
}
