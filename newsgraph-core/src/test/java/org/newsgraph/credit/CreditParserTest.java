package org.newsgraph.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Credit;

class CreditParserTest {
  private final CreditParser parser = new CreditParser(Agencies.bundled());

  @Test
  void outletAuthorsAndAgenciesOfAList() {
    Credit c = parser.parse("example-news.de, Jonas Keller, Lea Brandt, AFP");
    assertEquals(new Credit("example-news.de", List.of("Jonas Keller", "Lea Brandt"), List.of("AFP")), c);
  }

  @Test
  void andUndAndSlashSeparateNames() {
    assertEquals(List.of("Anna Roth", "Felix Wagner"), parser.parse("Anna Roth und Felix Wagner").authors());
    assertEquals(List.of("Tom Lee", "Ann Fox"), parser.parse("Tom Lee and Ann Fox").authors());
    assertEquals(List.of("AFP", "Reuters"), parser.parse("AFP/Reuters").agencies());
  }

  @Test
  void agenciesAreReportedUnderTheirShortName() {
    assertEquals(List.of("AP", "dpa", "KNA"), parser.parse("The Associated Press, Deutsche Presse-Agentur, Katholische Nachrichten-Agentur").agencies());
    assertEquals(List.of("dpa"), parser.parse("dpa, dpa-AFX, dpa/lby").agencies());
  }

  @Test
  void personNames() {
    assertTrue(CreditParser.isPersonName("Jonas Keller"));
    assertTrue(CreditParser.isPersonName("Anna-Lena Schmidt"));
    assertTrue(CreditParser.isPersonName("Ursula von der Brügge"));
    assertTrue(CreditParser.isPersonName("Seán O’Neill"));
    assertFalse(CreditParser.isPersonName("Keller"));
    assertFalse(CreditParser.isPersonName("The Northern Ledger"));
    assertFalse(CreditParser.isPersonName("der Leyen sagte"));
    assertFalse(CreditParser.isPersonName("contrast the ministry said"));
  }

  @Test
  void anythingElseIsNoCredit() {
    assertNull(parser.parse("contrast, the ministry said most projects were late"));
    assertNull(parser.parse("der Leyen sagte am Montag in Brüssel"));
    assertNull(parser.parse("Berlin, Paris und Rom"));
  }
}
