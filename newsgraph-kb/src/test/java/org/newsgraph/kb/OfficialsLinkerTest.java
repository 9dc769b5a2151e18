package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/**
 * Officials of officials.tsv (generated from the every-politician-scrapers cabinet exports): their
 * actor is their country's sector on the days of an office, their country's alone before and after,
 * and a surname alone is theirs only where the article names them in full.
 */
class OfficialsLinkerTest {
  private final Linker linker = new Linker(KnowledgeBase.bundled());

  private Link link(String text, String mention, LocalDate date, String... others) {
    int start = text.indexOf(mention);
    List<String> mentions = new ArrayList<>(List.of(others));
    mentions.add(mention);
    return linker.link(new MentionQuery(mention, EntityType.PERSON, start, start + mention.length()),
        new ArticleContext(text, mentions, date, "en"));
  }

  @Test
  void anOfficialActsForTheGovernmentOnlyOnTheDaysOfTheOffice() {
    // Michael Flynn, National Security Advisor 2017-01-20 to 2017-02-13 (us-cabinet export).
    String text = "Michael Flynn spoke by phone with the ambassador on Tuesday.";
    assertEquals(new Link("Q6834757", "USAGOV"), link(text, "Michael Flynn", LocalDate.of(2017, 2, 1)));
    // before and after the term: the country, as the linker codes a leader out of office
    assertEquals(new Link("Q6834757", "USA"), link(text, "Michael Flynn", LocalDate.of(2018, 6, 1)));
    assertEquals(new Link("Q6834757", "USA"), link(text, "Michael Flynn", LocalDate.of(2016, 6, 1)));
    // no date: the latest office, as for leaders
    assertEquals(new Link("Q6834757", "USAGOV"), link(text, "Michael Flynn", null));
    // initials as the press runs them together
    assertEquals(new Link("Q5628492", "USAGOV"), link("H.R. McMaster met the envoy.", "H.R. McMaster", LocalDate.of(2017, 6, 1)));
  }

  @Test
  void commandersAreTheArmedForcesAndJudgesTheCourts() {
    // Valery Gerasimov, Chief of the General Staff since 2012-11-09, listed as such to 2022-08-02.
    String text = "Valery Gerasimov spoke to reporters on Monday.";
    assertEquals(new Link("Q36073", "RUSMIL"), link(text, "Valery Gerasimov", LocalDate.of(2019, 3, 1)));
    assertEquals(new Link("Q36073", "RUS"), link(text, "Valery Gerasimov", LocalDate.of(2010, 3, 1)));
    // John Roberts, Chief Justice of the United States since 2005-09-29.
    assertEquals(new Link("Q11153", "USAJUD"), link("John Roberts wrote the opinion.", "John Roberts", LocalDate.of(2019, 3, 1)));
    // Elena Kagan: Solicitor General (GOV) 2009-2010, then a Supreme Court Justice.
    String kagan = "Elena Kagan argued the case.";
    assertEquals("USAGOV", link(kagan, "Elena Kagan", LocalDate.of(2009, 6, 1)).actor());
    assertEquals("USAJUD", link(kagan, "Elena Kagan", LocalDate.of(2015, 6, 1)).actor());
  }

  @Test
  void anOfficeStillHeldAtTheExportIsTheActorOnlyUpToTheExportsDay() {
    // Maria Zakharova, Foreign Ministry spokesperson since 2015-08-10; the export of 2022-08-02
    // is the last to list her.
    String text = "Maria Zakharova criticised the decision.";
    assertEquals(new Link("Q20812953", "RUSGOV"), link(text, "Maria Zakharova", LocalDate.of(2019, 1, 10)));
    assertEquals(new Link("Q20812953", "RUS"), link(text, "Maria Zakharova", LocalDate.of(2024, 1, 10)));
  }

  @Test
  void aSurnameAloneIsAnOfficialOnlyWhereTheArticleNamesThemInFull() {
    String text = "Flynn spoke by phone with the ambassador.";
    LocalDate inOffice = LocalDate.of(2017, 2, 1);
    // held the office that day, but "Flynn" alone may be anyone of the name
    assertNull(link(text, "Flynn", inOffice).id());
    assertEquals(new Link("Q6834757", "USAGOV"), link(text, "Flynn", inOffice, "Michael Flynn"));
    // the article's country does not stand in for the full name either
    assertNull(link(text, "Flynn", inOffice, "United States").id());
  }

  @Test
  void aLeaderWhoWasAnOfficialFirstIsTheGovernmentInBothOffices() {
    // Mike Pompeo: CIA director from 2017-01-23 (us-cabinet export), Secretary of State from 2018-04-26.
    String text = "Mike Pompeo met the delegation.";
    assertEquals(new Link("Q473239", "USAGOV"), link(text, "Mike Pompeo", LocalDate.of(2017, 6, 1)));
    assertEquals(new Link("Q473239", "USAGOV"), link(text, "Mike Pompeo", LocalDate.of(2019, 6, 1)));
    // "Pompeo" alone on a day he was only the CIA director: an official's surname, named nowhere in full
    assertNull(link("Pompeo met the delegation.", "Pompeo", LocalDate.of(2017, 6, 1)).id());
    assertEquals("Q473239", link("Pompeo met the delegation.", "Pompeo", LocalDate.of(2019, 6, 1)).id());
  }
}
