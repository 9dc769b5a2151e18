package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/**
 * Officials of Russia and Ukraine named in German, as German articles transliterate them
 * (GermanTransliteration): they link and get their actor by the same backing rules as in English:
 * a full name where the article is dated within an office or names its country, a surname alone
 * only after the full name.
 */
class GermanNamesLinkerTest {
  private final Linker linker = new Linker(KnowledgeBase.bundled());

  private Link link(String text, String mention, LocalDate date, String... others) {
    return OfficialsLinkerTest.linkPerson(linker, "de", text, mention, date, others);
  }

  @Test
  void aFullGermanNameLinksOnTheDaysOfTheOffice() {
    // Valery Gerasimov, Chief of the General Staff since 2012-11-09 (russia-cabinet export)
    assertEquals(new Link("Q36073", "RUSMIL"),
        link("Generalstabschef Waleri Gerassimow besuchte am Montag die Truppen.", "Waleri Gerassimow", LocalDate.of(2019, 3, 1)));
    // Vasily Nebenzya, Permanent Representative of Russia to the United Nations since 2017
    assertEquals(new Link("Q1000053", "RUSGOV"),
        link("Der russische UN-Botschafter Wassili Nebensja wies die Vorwürfe zurück.", "Wassili Nebensja", LocalDate.of(2019, 3, 1)));
    // Oleksii Reznikov, Ukraine's Minister of Defence from 2021-11-04 (ukraine-cabinet export)
    assertEquals(new Link("Q4392444", "UKRGOV"),
        link("Verteidigungsminister Oleksij Resnikow kündigte neue Lieferungen an.", "Oleksij Resnikow", LocalDate.of(2022, 6, 1)));
    // the press's and the German Wikipedia's spelling alike
    assertEquals("Q32024", link("Sergej Schoigu besuchte die Truppen.", "Sergej Schoigu", LocalDate.of(2020, 5, 1)).id());
    assertEquals("Q32024", link("Sergei Schoigu besuchte die Truppen.", "Sergei Schoigu", LocalDate.of(2020, 5, 1)).id());
  }

  @Test
  void outOfOfficeTheCountryNamedBacksTheNameAndIsTheActor() {
    // Maria Zakharova, Foreign Ministry spokesperson from 2015-08-10, listed as such to 2022-08-02
    String text = "Maria Sacharowa kritisierte die Entscheidung Russlands scharf.";
    assertEquals(new Link("Q20812953", "RUSGOV"), link(text, "Maria Sacharowa", LocalDate.of(2019, 1, 10), "Russlands"));
    assertEquals(new Link("Q20812953", "RUS"), link(text, "Maria Sacharowa", LocalDate.of(2024, 1, 10), "Russlands"));
  }

  @Test
  void aGermanSurnameAloneIsTheOfficialOnlyAfterTheFullName() {
    String text = "Maria Sacharowa äußerte sich am Montag. Sacharowa sagte, Moskau werde reagieren.";
    assertEquals(new Link("Q20812953", "RUSGOV"), link(text, "Sacharowa", LocalDate.of(2019, 1, 10), "Maria Sacharowa"));
    // without the full name in the article, the surname alone links no official
    assertNull(link("Sacharowa sagte, Moskau werde reagieren.", "Sacharowa", LocalDate.of(2019, 1, 10)).id());
  }

  @Test
  void aGermanTitleWordOfTheOfficeBacksTheOfficialWithoutDateOrCountry() {
    // Sergei Shoigu, Minister of Defense 2012-11-06 to 2024 (russia-cabinet export); no date, no country
    assertEquals("Q32024", link("Verteidigungsminister Sergej Schoigu besuchte die Truppen.", "Sergej Schoigu", null).id());
    assertEquals("Q32024", link("Der Verteidigungsminister, Sergej Schoigu, besuchte die Truppen.", "Sergej Schoigu", null).id());
    // Valery Gerasimov, Chief of the General Staff
    assertEquals("Q36073", link("Generalstabschef Waleri Gerassimow kam am Montag an.", "Waleri Gerassimow", null).id());
    // Maria Zakharova, the Foreign Ministry's spokesperson
    assertEquals("Q20812953", link("Die Sprecherin Maria Sacharowa kritisierte die Entscheidung.", "Maria Sacharowa", null).id());
    // a title word of another office, or a German word that only starts like one, backs nothing
    assertNull(link("Gesundheitsminister Sergej Schoigu besuchte die Truppen.", "Sergej Schoigu", null).id());
    assertNull(link("Verteidigungsfall: Sergej Schoigu besuchte die Truppen.", "Sergej Schoigu", null).id());
    assertNull(link("Innenhof: Sergej Schoigu besuchte die Truppen.", "Sergej Schoigu", null).id());
  }

  @Test
  void germanTitleWordsBackOnlyInGermanArticles() {
    String text = "Verteidigungsminister Sergej Schoigu besuchte die Truppen.";
    int start = text.indexOf("Sergej Schoigu");
    assertNull(linker.link(new MentionQuery("Sergej Schoigu", EntityType.PERSON, start, start + 14),
        new ArticleContext(text, List.of("Sergej Schoigu"), null, "en")).id());
  }

  @Test
  void withoutADateACountryOrATitleAFullNameOfAnOfficialStaysUnlinked() {
    assertNull(link("Waleri Gerassimow kam am Montag an.", "Waleri Gerassimow", null).id());
  }
}
