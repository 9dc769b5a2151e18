package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.testing.SchemaCheck;

/**
 * The standard pipeline on invented sentences: German compounds of a country or an organisation and
 * a role word act in events ("US-Soldaten" USAMIL), a compound about a country names no actor, and a
 * country inside a gulf's name is no state.
 */
class CompoundActorEventsTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static Article analyse(String language, String text) {
    Article a = PIPELINE.run(Article.builder(text).language(language).build());
    SchemaCheck.assertValid(ArticleJson.toLine(a));
    return a;
  }

  private static List<String> events(Article a) {
    return a.events().stream().map(e -> e.source() + " " + e.target() + " " + e.rootCode()).toList();
  }

  @Test
  void germanCompoundsActForTheirCountryOrOrganisation() {
    assertEquals(List.of("USAMIL IRN 19"), events(analyse("de", "US-Soldaten haben am Montag den Iran angegriffen.")));
    assertEquals(List.of("USAGOV RUS 11"), events(analyse("de", "Die US-Regierung hat Russland am Montag scharf kritisiert.")));
    assertEquals(List.of("IGOUNO PRK 11"), events(analyse("de", "Der UN-Sicherheitsrat verurteilte Nordkorea.")));
  }

  @Test
  void aCompoundAboutACountryIsNoActor() {
    Article a = analyse("de", "Die Russland-Sanktionen treffen Deutschland hart.");
    assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Sanktionen") && e.actor() != null), a.entities().toString());
  }

  @Test
  void aCountryInsideAGulfsNameIsNoState() {
    // the tagger takes "Mexiko" alone here
    Article de = analyse("de", "Washington (dpa) - Barack Obama sieht am Golf von Mexiko die Gefahr einer Naturkatastrophe.");
    assertTrue(de.entities().stream().noneMatch(e -> "MEX".equals(e.actor()) || "Q96".equals(e.kb())), de.entities().toString());
    assertTrue(de.entities().stream().anyMatch(e -> e.name().equals("Golf von Mexiko")), de.entities().toString());
    Article en = analyse("en", "Obama warned of a natural disaster in the Gulf of Mexico.");
    assertTrue(en.entities().stream().map(Entity::kb).noneMatch("Q96"::equals), en.entities().toString());
  }
}
