package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.FactSource;
import org.newsgraph.enrich.KnownFact;

class KnowledgeBaseFactsTest {
  private final FactSource facts = new KnowledgeBaseFacts();

  @Test
  void isFoundOnTheClassPath() {
    assertInstanceOf(KnowledgeBaseFacts.class, FactSource.installed());
  }

  @Test
  void membershipsComeWithTheirSentenceDatesAndSource() {
    KnownFact nato = only(facts.about("Q43"), "member_of", "Q7184");
    assertEquals("Turkey has been a member of NATO since 1952; its members are bound to defend each other.", nato.text());
    assertEquals(LocalDate.of(1952, 1, 1), nato.start());
    assertNull(nato.end());
    assertTrue(nato.source().startsWith("https://"));
    assertTrue(facts.about("Q7184").contains(nato), "indexed by the organisation too");
    KnownFact uk = only(facts.about("Q145"), "member_of", "Q458");
    assertEquals(LocalDate.of(2020, 1, 31), uk.end());
    assertTrue(uk.text().contains("was a member of European Union from 1973 to 31 January 2020"), uk.text());
  }

  @Test
  void officesComeFromThePeopleOfTheKnowledgeBase() {
    List<KnownFact> erdogan = facts.about("Q39259");
    KnownFact president = erdogan.stream().filter(f -> f.end() == null).findFirst().orElseThrow();
    assertEquals(KnownFact.OFFICE, president.relation());
    assertEquals(List.of("Q39259", "Q43"), president.about());
    assertTrue(president.text().endsWith("has been head of state of Turkey since 28 August 2014."), president.text());
    assertTrue(president.cues().contains("president"));
    assertEquals("https://www.wikidata.org/wiki/Q39259", president.source());
    assertTrue(erdogan.stream().anyMatch(f -> f.text().contains("was head of government of Turkey from 14 March 2003 to 28 August 2014")));
  }

  @Test
  void officesFollowWhateverEntriesAreLoaded() {
    KbEntry person = new KbEntry("Q1", org.newsgraph.model.EntityType.PERSON, "person", "", "FRA", List.of("Ann Example"),
        List.of(), List.of(), List.of(), "", "", "", List.of(Office.parse("FM:FRA:2020-01-02:")), "https://example.org/q1");
    KnowledgeBase kb = KnowledgeBase.of(List.of(person, KnowledgeBase.bundled().country("FRA").orElseThrow()));
    KnownFact f = KnowledgeBaseFacts.of(kb, List.of()).about("Q1").get(0);
    assertEquals("Ann Example has been foreign minister of France since 2 January 2020.", f.text());
  }

  @Test
  void anOpenOfficeListedUntilADayClaimsNoMoreAndEachOfficeKnowsItsWordingWhileHeld() {
    KbEntry person = new KbEntry("Q1", org.newsgraph.model.EntityType.PERSON, "person", "", "FRA", List.of("Ann Example"),
        List.of(), List.of(), List.of(), "", "", "",
        List.of(Office.parse("FM:FRA:2018-01-02::2022-12-11"), Office.parse("HOG:FRA:2010-05-06:2017-03-04")), "https://example.org/q1");
    KnowledgeBase kb = KnowledgeBase.of(List.of(person, KnowledgeBase.bundled().country("FRA").orElseThrow()));
    List<KnownFact> offices = KnowledgeBaseFacts.of(kb, List.of()).about("Q1");
    KnownFact fm = offices.stream().filter(f -> f.end() == null).findFirst().orElseThrow();
    assertEquals("Ann Example has been foreign minister of France since 2 January 2018 (as of 11 December 2022).", fm.text());
    assertEquals("2022-12-11", fm.asOf());
    assertEquals(LocalDate.of(2022, 12, 11), fm.listedUntil());
    assertEquals("Ann Example has been foreign minister of France since 2 January 2018.", fm.whileHeld());
    assertFalse(fm.confirmedOn(LocalDate.of(2022, 12, 12)));
    KnownFact hog = offices.stream().filter(f -> f.end() != null).findFirst().orElseThrow();
    assertEquals("Ann Example was head of government of France from 6 May 2010 to 4 March 2017.", hog.text());
    assertEquals("Ann Example has been head of government of France since 6 May 2010.", hog.whileHeld());
    assertNull(hog.listedUntil());
  }

  @Test
  void everyStatementIsAboutKnownEntriesAndCitesAPage() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    int n = 0;
    for (KbEntry e : kb.entries()) {
      for (KnownFact f : facts.about(e.id())) {
        n++;
        assertTrue(f.source().startsWith("http"), f.text());
        for (String id : f.about()) {
          assertTrue(kb.get(id).isPresent(), id + " in " + f.text());
        }
      }
    }
    assertTrue(n > 150, "statements: " + n);
  }

  @Test
  void aRowWithoutItsSentenceOrWithABadIdIsAnErrorNamingTheLine() throws Exception {
    String header = "subject\tsubject_label\trelation\tobject\tobject_label\tstart\tend\tmutual_defence\ttext\tsource\tasOf\talso\n";
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> FactFile.read(new BufferedReader(new StringReader(header + "Q1\tA\twar\tQ2\tB\t2020\t\t\t\thttps://x\t2020\t\n")), "f.tsv"));
    assertTrue(e.getMessage().startsWith("f.tsv:2: "), e.getMessage());
    assertThrowsOn(header + "X1\tA\tmember_of\tQ2\tB\t2020\t\t\t\thttps://x\t2020\t\n");
    assertFalse(FactFile.read(new BufferedReader(new StringReader(header)), "f.tsv").iterator().hasNext());
  }

  private static void assertThrowsOn(String file) {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> FactFile.read(new BufferedReader(new StringReader(file)), "f.tsv"));
  }

  private static KnownFact only(List<KnownFact> facts, String relation, String object) {
    List<KnownFact> found = facts.stream().filter(f -> f.relation().equals(relation) && f.about().get(1).equals(object)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
