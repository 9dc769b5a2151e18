package org.newsgraph.quote;

import org.junit.jupiter.api.Test;

/**
 * Quotations without a cue of their own whose speaker is the subject of the clause that leads
 * into them ('Moore thanked him for "..."'), of a sentence before that ends with a colon, or the
 * source after "according to"; shapes found on PolNeAR's train split, written anew.
 */
class LeadInSpeakersTest {
  private static final String ARTICLE =
      "Stars back the new gun rules\n\n"
          + "The president announced new rules on gun sales on Tuesday. Several actors went on Twitter to applaud the announcement.\n\n"
          + "Moore thanked him for \"stepping up and taking action when Congress would not do anything at all.\"\n\n"
          + "When the senator died in 1998, President Clinton released the following statement:\n\n"
          + "\"Hillary and I offer our condolences to the family and friends of the senator.\"\n\n"
          + "According to the newspaper, \"the gun laws of the country let dealers sell weapons to nearly any adult who passes a check.\"\n";

  private static final String GERMAN =
      "Schauspieler loben neue Waffengesetze\n\n"
          + "Die Regierung hat am Dienstag neue Regeln für den Waffenhandel beschlossen. Mehrere Schauspieler lobten die Entscheidung im Netz.\n\n"
          + "Die Schauspielerin dankte der Regierung für „einen mutigen Schritt, auf den wir seit Jahren gewartet haben“.\n\n"
          + "Nach dem Tod des Senators veröffentlichte der Altkanzler folgende Erklärung:\n\n"
          + "„Wir trauern um einen Freund, der sein Leben lang für dieses Land gearbeitet hat.“\n";

  @Test
  void subjectOfTheClauseBeforeTheQuotation() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("stepping up and taking action", true, "Moore", null);
  }

  @Test
  void subjectOfASentenceThatEndsWithAColon() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("Hillary and I offer our condolences", true, "Clinton", null);
  }

  @Test
  void sourceAfterAccordingTo() {
    Analyzed a = Analyzed.of(ARTICLE);
    a.assertQuote("the gun laws of the country", true, "the newspaper", null);
  }

  @Test
  void germanLeadIns() {
    Analyzed a = Analyzed.of(GERMAN);
    a.assertQuote("einen mutigen Schritt", true, "Die Schauspielerin", null);
    a.assertQuote("Wir trauern um einen Freund", true, "der Altkanzler", null);
  }
}
