package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The heads of international organisations as office holders (leader-terms.tsv): their actor is the
 * organisation's on the days of the office, and titles alone name the holder on the article's date.
 */
class InternationalOfficesTest {
  private static final String MOGHERINI = "Q3741557";
  private static final String STOLTENBERG = "Q57665";
  private static final String GUTERRES = "Q311440";
  private static final String BAN = "Q1253";

  private final Linker linker = new Linker(KnowledgeBase.bundled());

  private Link link(String text, String mention, LocalDate date, String lang) {
    int start = text.indexOf(mention);
    return linker.link(new MentionQuery(mention, EntityType.PERSON, start, start + mention.length()),
        new ArticleContext(text, List.of(mention), date, lang));
  }

  /** The entity that titles alone add to an article whose recognizer found the given names. */
  private static Entity titled(String lang, String date, String text, String kb, Object... namesAndTypes) {
    return TitleMentionsTest.analysed(lang, date, text, namesAndTypes).entities().stream()
        .filter(e -> kb.equals(e.kb())).findFirst().orElse(null);
  }

  @Test
  void mogheriniActsForTheEuDuringHerTermAndForItalyBefore() {
    String text = "EU foreign policy chief Federica Mogherini urged restraint.";
    assertEquals(new Link(MOGHERINI, "IGOEUREEC"), link(text, "Federica Mogherini", LocalDate.of(2016, 3, 1), "en"));
    // undated: the latest office
    assertEquals(new Link(MOGHERINI, "IGOEUREEC"), link(text, "Federica Mogherini", null, "en"));
    assertEquals(new Link(MOGHERINI, "ITAGOV"),
        link("Italian Foreign Minister Federica Mogherini urged restraint.", "Federica Mogherini", LocalDate.of(2014, 6, 1), "en"));
  }

  @Test
  void stoltenbergActsForNatoAsSecretaryGeneralAndForNorwayAsPrimeMinister() {
    String text = "NATO Secretary-General Jens Stoltenberg criticized Russia.";
    assertEquals(new Link(STOLTENBERG, "IGOWSTNAT"), link(text, "Jens Stoltenberg", LocalDate.of(2019, 5, 1), "en"));
    assertEquals(new Link(STOLTENBERG, "NORGOV"),
        link("Prime Minister Jens Stoltenberg criticized Russia.", "Jens Stoltenberg", LocalDate.of(2010, 5, 1), "en"));
    assertEquals(new Link(GUTERRES, "IGOUNO"),
        link("UN chief Antonio Guterres called for a ceasefire.", "Antonio Guterres", LocalDate.of(2023, 10, 20), "en"));
    // the name the press gives the WHO's Director General
    assertEquals(new Link("Q16196017", "IGOUNOHLHWHO"),
        link("Tedros warned of a second wave.", "Tedros", LocalDate.of(2020, 6, 1), "en"));
  }

  @Test
  void beforeTheOrganisationsOfficeAStatesTitleGivesTheSide() {
    String text = "German Defence Minister Ursula von der Leyen visited the troops.";
    assertEquals(new Link("Q60772", "DEUGOV"), link(text, "Ursula von der Leyen", LocalDate.of(2016, 5, 1), "en"));
    assertEquals(new Link("Q60772", "IGOEUREEC"),
        link("Commission President Ursula von der Leyen visited Kyiv.", "Ursula von der Leyen", LocalDate.of(2022, 4, 8), "en"));
  }

  @Test
  void aTitleAloneNamesTheHolderOnTheDate() {
    String text = "Talks stalled. The UN secretary-general called for calm.";
    assertEquals(new Link(BAN, "IGOUNO"), link(text, "UN secretary-general", LocalDate.of(2012, 5, 1), "en"));
    assertEquals(new Link(GUTERRES, "IGOUNO"), link(text, "UN secretary-general", LocalDate.of(2018, 5, 1), "en"));
    assertEquals("Q57661", link("The Commission president spoke.", "Commission president", LocalDate.of(2016, 5, 1), "en").id());
    assertEquals("Q946", link("The European Council president spoke.", "European Council president", LocalDate.of(2016, 5, 1), "en").id());
    assertEquals(MOGHERINI, link("The bloc's foreign policy chief spoke.", "bloc's foreign policy chief", LocalDate.of(2016, 5, 1), "en").id());
    // the same words for another office, or a chief of no organisation or of one of its bodies, name no one
    assertNull(link("The High Representative for Bosnia spoke.", "High Representative for Bosnia", LocalDate.of(2016, 5, 1), "en").id());
    assertNull(link("The army chief spoke.", "army chief", LocalDate.of(2016, 5, 1), "en").id());
    assertEquals(Link.NONE, link("The UN human rights chief spoke.", "UN human rights chief", LocalDate.of(2020, 6, 1), "en"));
    assertEquals(GUTERRES, link("The UN's chief spoke.", "UN's chief", LocalDate.of(2020, 6, 1), "en").id());
  }

  @Test
  void titlesInTheTextJoinTheHolderInEnglishAndGerman() {
    Entity ban = titled("en", "2012-05-01", "Fighting went on. The UN secretary-general said both sides must stop.", BAN,
        "UN", EntityType.ORGANIZATION);
    assertEquals("IGOUNO", ban.actor());
    Entity guterres = titled("de", "2019-05-01", "Der UN-Generalsekretär forderte eine Waffenruhe.", GUTERRES);
    assertEquals("IGOUNO", guterres.actor());
    Entity stoltenberg = titled("de", "2020-05-01", "Der Nato-Generalsekretär warnte Moskau.", STOLTENBERG);
    assertEquals("IGOWSTNAT", stoltenberg.actor());
    Entity mogherini = titled("de", "2017-05-01", "Die EU-Außenbeauftragte reiste nach Teheran.", MOGHERINI);
    assertEquals("IGOEUREEC", mogherini.actor());
    Entity vonDerLeyen = titled("de", "2021-05-01", "Die EU-Kommissionspräsidentin reiste nach Kiew.", "Q60772");
    assertEquals("IGOEUREEC", vonDerLeyen.actor());
    // a former holder is someone else
    assertNull(titled("de", "2020-05-01", "Der Ex-Nato-Generalsekretär warnte Moskau.", STOLTENBERG));
  }

  @Test
  void dottedAndLowerCaseTitlesReadTheSame() {
    for (String title : List.of("U.N. Secretary-General", "U.N. secretary-general", "UN Secretary-General", "UN secretary-general")) {
      String org = title.substring(0, title.indexOf(' '));
      String text = "Fighting went on. The " + title + " called for calm.";
      Article a = TitleMentionsTest.analysed("en", "2018-05-01", text, org, EntityType.ORGANIZATION);
      Entity guterres = a.entities().stream().filter(e -> GUTERRES.equals(e.kb())).findFirst().orElse(null);
      assertNotNull(guterres, title);
      assertEquals("IGOUNO", guterres.actor(), title);
      assertEquals(List.of(title), guterres.mentions().stream().map(m -> a.textOf(m.span())).toList());
      assertEquals(new Link(GUTERRES, "IGOUNO"), link(text, title, LocalDate.of(2018, 5, 1), "en"), title);
    }
    Article of = TitleMentionsTest.analysed("en", "2012-05-01", "The Secretary-General of the U.N. called for calm.",
        "U.N.", EntityType.ORGANIZATION);
    assertEquals(List.of("Secretary-General of the U.N."), of.entities().stream().filter(e -> BAN.equals(e.kb()))
        .flatMap(e -> e.mentions().stream()).map(m -> of.textOf(m.span())).toList());
  }

  /**
   * Undated, a title names the office and not one holder; the office of an international
   * organisation acts for the organisation (PETRARCH2's Phoenix.International.actors.txt codes
   * UN_SECRETARY_GENERAL and U.N._SECRETARY_GENERAL [IGOUNO] with no date), so the title is a person
   * of that actor, linked to no one. A state's title undated stays as before.
   */
  @Test
  void anUndatedTitleOfAnOrganisationGivesItsActorAndNoPerson() {
    for (String title : List.of("UN secretary-general", "U.N. Secretary-General")) {
      String text = "The " + title + " called for calm.";
      assertEquals(new Link(null, "IGOUNO"), link(text, title, null, "en"), title);
      Article a = TitleMentionsTest.analysed("en", null, text, title.substring(0, title.indexOf(' ')), EntityType.ORGANIZATION);
      List<Entity> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
      assertEquals(1, people.size(), a.entities().toString());
      assertNull(people.get(0).kb());
      assertEquals("IGOUNO", people.get(0).actor());
      assertEquals(List.of(title), people.get(0).mentions().stream().map(m -> a.textOf(m.span())).toList());
    }
    Article de = TitleMentionsTest.analysed("de", null, "Der Nato-Generalsekretär warnte Moskau.");
    assertEquals(List.of("IGOWSTNAT"), de.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::actor).toList());
    // a state's title undated names no one, as before; nor does a former holder's
    assertTrue(TitleMentionsTest.analysed("en", null, "The Russian president said no.", "Russian", EntityType.MISC)
        .entities().stream().noneMatch(e -> e.type() == EntityType.PERSON));
    assertTrue(TitleMentionsTest.analysed("en", null, "The former UN secretary-general said no.", "UN", EntityType.ORGANIZATION)
        .entities().stream().noneMatch(e -> e.type() == EntityType.PERSON));
    // a holder the knowledge base lacks on the date: the organisation's actor all the same
    Article before = TitleMentionsTest.analysed("en", "1990-05-01", "The UN secretary-general called for calm.", "UN",
        EntityType.ORGANIZATION);
    assertEquals(List.of("IGOUNO"), before.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::actor).toList());
  }

  @Test
  void anOrganisationIsNamedOnlyWithCapitals() {
    String who = "The WHO chief warned of a second wave.";
    assertEquals(List.of("Q16196017"), TitleMentionsTest.analysed("en", "2020-06-01", who).entities().stream().map(Entity::kb).toList());
    assertEquals(List.of("IGOUNOHLHWHO"), TitleMentionsTest.analysed("en", null, who).entities().stream().map(Entity::actor).toList());
    // "who" is no organisation: these name no one, dated or not
    for (String date : new String[] {"2020-06-01", null}) {
      assertEquals(List.of(), TitleMentionsTest.analysed("en", date, "He is the man who was chief of staff.").entities(), date);
      assertEquals(List.of(), TitleMentionsTest.analysed("en", date, "Aides who helped President Obama left.").entities(), date);
    }
  }
}
