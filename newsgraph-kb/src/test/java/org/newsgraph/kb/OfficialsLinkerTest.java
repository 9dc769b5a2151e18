package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/**
 * Officials of officials.tsv.gz (generated from the every-politician-scrapers cabinet exports): their
 * actor is their country's sector on the days of an office, their country's alone before and after,
 * and a surname alone is theirs only where the article names them in full.
 */
class OfficialsLinkerTest {
  private final Linker linker = new Linker(KnowledgeBase.bundled());

  private Link link(String text, String mention, LocalDate date, String... others) {
    return linkPerson(linker, "en", text, mention, date, others);
  }

  /** Links a person's mention (its first occurrence in the text) among the article's other mentions. */
  static Link linkPerson(Linker linker, String language, String text, String mention, LocalDate date, String... others) {
    int start = text.indexOf(mention);
    List<String> mentions = new ArrayList<>(List.of(others));
    mentions.add(mention);
    return linker.link(new MentionQuery(mention, EntityType.PERSON, start, start + mention.length()),
        new ArticleContext(text, mentions, date, language));
  }

  @Test
  void anOfficialActsForTheGovernmentOnlyOnTheDaysOfTheOffice() {
    // Michael Flynn, National Security Advisor 2017-01-20 to 2017-02-13 (us-cabinet export).
    String text = "Michael Flynn spoke by phone with the ambassador on Tuesday.";
    assertEquals(new Link("Q6834757", "USAGOV"), link(text, "Michael Flynn", LocalDate.of(2017, 2, 1)));
    // before and after the term, in an article that names his country: the country, as the
    // linker codes a leader out of office
    String former = "Michael Flynn, the former U.S. national security adviser, spoke by phone with the ambassador.";
    assertEquals(new Link("Q6834757", "USA"), link(former, "Michael Flynn", LocalDate.of(2018, 6, 1), "U.S."));
    assertEquals(new Link("Q6834757", "USA"), link(former, "Michael Flynn", LocalDate.of(2016, 6, 1), "U.S."));
    // no date: the latest office, as for leaders
    assertEquals(new Link("Q6834757", "USAGOV"), link(former, "Michael Flynn", null, "U.S."));
    // initials as the press runs them together
    assertEquals(new Link("Q5628492", "USAGOV"), link("H.R. McMaster met the envoy.", "H.R. McMaster", LocalDate.of(2017, 6, 1)));
  }

  @Test
  void theVicePresidentsTermsAreThoseOfExecutiveYaml() {
    // Kamala Harris, Vice President 2021-01-20 to 2025-01-20, JD Vance from 2025-01-20 (executive.yaml
    // of unitedstates/congress-legislators; the us-cabinet export of 2022-08-02 listed Harris as still in office).
    String harris = "Kamala Harris spoke to reporters in Washington.";
    assertEquals(new Link("Q10853588", "USAGOV"), link(harris, "Kamala Harris", LocalDate.of(2024, 6, 1)));
    assertEquals(new Link("Q10853588", "USA"), link(harris, "Kamala Harris", LocalDate.of(2025, 6, 1), "Washington"));
    String vance = "J.D. Vance met the delegation in Munich on Friday.";
    assertEquals(new Link("Q28935729", "USAGOV"), link(vance, "J.D. Vance", LocalDate.of(2025, 2, 14)));
    assertEquals(new Link("Q28935729", "USAGOV"), link("JD Vance spoke.", "JD Vance", LocalDate.of(2025, 2, 14)));
  }

  @Test
  void commandersAreTheArmedForcesAndJudgesTheCourts() {
    // Valery Gerasimov, Chief of the General Staff since 2012-11-09, listed as such to 2022-08-02.
    String text = "Valery Gerasimov spoke to reporters on Monday.";
    assertEquals(new Link("Q36073", "RUSMIL"), link(text, "Valery Gerasimov", LocalDate.of(2019, 3, 1)));
    assertEquals(new Link("Q36073", "RUS"), link(text, "Valery Gerasimov", LocalDate.of(2010, 3, 1), "Russia"));
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
  void aCommonNameIsAnOfficialOnlyWhereTheArticleNamesACountryOfTheOfficeOrIsDatedWithinIt() {
    // Michael Smith, Ireland's Minister for Defence 1997-10-08 to 2004-09-29; Reuters-128 has a
    // U.S. trade negotiator of the name in an article about Japan.
    String text = "Makoto Kuroda will meet the Deputy U.S. Trade Representative, Michael Smith.";
    assertNull(link(text, "Michael Smith", null, "Makoto Kuroda", "U.S.").id());
    assertEquals(new Link("Q1929419", "IRLGOV"), link("Michael Smith visited the troops in Dublin.", "Michael Smith", LocalDate.of(2001, 5, 1)));
    assertEquals(new Link("Q1929419", "IRL"), link("Michael Smith spoke in Dublin on Monday.", "Michael Smith", LocalDate.of(2010, 5, 1), "Ireland"));
  }

  @Test
  void theTitleOfAnOfficeNextToTheNameBacksTheOfficial() {
    // David Petraeus, Director of the CIA 2011-09-06 to 2012-11-09; out of office, no country named
    String text = "Former CIA Director David Petraeus warned Iran on Monday.";
    assertEquals(new Link("Q28591", "USA"), link(text, "David Petraeus", LocalDate.of(2019, 5, 1), "Iran"));
    assertNull(link("David Petraeus warned Iran on Monday.", "David Petraeus", LocalDate.of(2019, 5, 1), "Iran").id());
    // British and American spellings of one title: James Mattis, United States Secretary of Defense
    assertEquals("Q267902", link("Former defence secretary James Mattis spoke.", "James Mattis", LocalDate.of(2020, 5, 1)).id());
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
  void aSurnameAloneNearTheOfficeActsForTheCountryTheArticleNamesWithoutALink() {
    String text = "Flynn spoke by phone with the ambassador to the United States.";
    // 2020: Michael Flynn (adviser to 2017-02-13) and Matthew J. Flynn (cabinet secretary in 2019), both American
    assertEquals(new Link(null, "USA"), link(text, "Flynn", LocalDate.of(2020, 5, 13), "United States"));
    // on a day of the one's office: his government
    assertEquals(new Link(null, "USAGOV"), link(text, "Flynn", LocalDate.of(2017, 2, 1), "United States"));
    // the article does not name the country, or the date is far from every office: no actor
    assertEquals(Link.NONE, link("Flynn spoke by phone with the ambassador.", "Flynn", LocalDate.of(2020, 5, 13)));
    assertEquals(Link.NONE, link(text, "Flynn", LocalDate.of(2031, 1, 1), "United States"));
    // David Petraeus, CIA director to 2012-11-09, named so for years after
    assertEquals(new Link(null, "USA"),
        link("Petraeus warned Iran that U.S. forces would stay.", "Petraeus", LocalDate.of(2015, 4, 2), "Iran", "U.S."));
    // the one "Holmes" near office in 2019 is Australia's Chief Justice: not in an article about the US
    assertEquals(Link.NONE, link("Holmes met the envoy in the United States.", "Holmes", LocalDate.of(2019, 11, 21), "United States"));
  }

  @Test
  void aSurnameAloneOfTheOneOfficialInOfficeThatDayActsForTheGovernmentWithoutALink() {
    // Nikki Haley, U.S. Ambassador to the United Nations 2017-01-27 to 2018-12-31; the article names no country
    String text = "Haley warned Syria of further action.";
    assertEquals(new Link(null, "USAGOV"), link(text, "Haley", LocalDate.of(2017, 4, 9), "Syria"));
    // near the office but out of it, in an article without her country: no actor, as before
    assertEquals(Link.NONE, link(text, "Haley", LocalDate.of(2020, 4, 9), "Syria"));
    // Mike Pence, Vice President 2017-01-20 to 2021-01-20 (executive.yaml)
    assertEquals(new Link(null, "USAGOV"), link("Pence met Duda in Warsaw.", "Pence", LocalDate.of(2019, 9, 2), "Duda", "Warsaw"));
    // two holders of the surname that day (2017: Britain's Chief of the General Staff Nick Carter and two
    // members of Congress): no one
    assertEquals(Link.NONE, link("Carter spoke by phone with the ambassador.", "Carter", LocalDate.of(2017, 4, 9)));
    // 2013: the one "Khaled" by surname in office was Yemen's water minister, but Kuwait's defence
    // minister Khaled Al Jarrah Al Sabah bore it as his given name: no one
    assertEquals(Link.NONE, link("Khaled fought with the rebels in Syria.", "Khaled", LocalDate.of(2013, 10, 18), "Syria"));
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
