package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** Hyphen compounds of a country or an organisation and a role word act for it, through the linker SPI. */
class CompoundActorsTest {
  private static final KnowledgeBaseLinker LINKER = new KnowledgeBaseLinker();

  /** The article with the given names as entities (each its first occurrence), linked, then titles and compounds read. */
  private static Article analysed(String text, Object... namesAndTypes) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      String name = (String) namesAndTypes[i];
      int at = text.indexOf(name);
      entities.add(new Entity("e" + (i / 2 + 1), name, (EntityType) namesAndTypes[i + 1], null, null, 0.5,
          List.of(new Mention(at, at + name.length(), (EntityType) namesAndTypes[i + 1]))));
    }
    Article article = Article.builder(text).language("de").entities(entities).build();
    List<Entity> linked = new ArrayList<>();
    for (Entity e : article.entities()) {
      linked.add(LINKER.link(e, article));
    }
    return LINKER.withTitleMentions(article.toBuilder().entities(linked).build());
  }

  /** Each entity's name with its actor (and "kb" where linked). */
  private static Map<String, String> actors(Article a) {
    Map<String, String> out = new TreeMap<>();
    for (Entity e : a.entities()) {
      out.put(e.name(), e.actor() + (e.kb() == null ? "" : " " + e.kb()));
    }
    return out;
  }

  @Test
  void aCountryOrOrganisationWithARoleWordActsForItsSector() {
    Map<String, String> got = actors(analysed(
        "US-Soldaten haben Stellungen angegriffen. Die US-Regierung schwieg. Die EU-Kommission lud ein. "
            + "Der UN-Sicherheitsrat tagte. Nato-Truppen rückten vor. Ein Sprecher des US-Verteidigungsministeriums "
            + "sagte, der EU-Außenchef reise zum US-Stützpunkt."));
    assertEquals("USAMIL", got.get("US-Soldaten"));
    assertEquals("USAGOV", got.get("US-Regierung"));
    assertEquals("IGOEUREEC", got.get("EU-Kommission"));
    assertEquals("IGOUNO", got.get("UN-Sicherheitsrat"));
    assertEquals("IGOWSTNAT", got.get("Nato-Truppen"));
    assertEquals("USAGOV", got.get("US-Verteidigungsministeriums"));
    assertEquals("IGOEUREEC", got.get("EU-Außenchef"));
    assertEquals("USAMIL", got.get("US-Stützpunkt"));
  }

  @Test
  void aCompoundAboutACountryThatNamesNoGroupIsNoActor() {
    Article a = analysed("Die Russland-Sanktionen treffen Deutschland. Die Irak-Krise und der Nahost-Plan bleiben.",
        "Deutschland", EntityType.LOCATION);
    assertEquals(Map.of("Deutschland", "DEU Q183"), actors(a));
  }

  @Test
  void aTaggedCompoundGetsTheActorAndNoLink() {
    Article a = analysed("Die US-Truppen zogen ab.", "US-Truppen", EntityType.MISC);
    assertEquals(1, a.entities().size());
    Entity e = a.entities().get(0);
    assertEquals("USAMIL", e.actor());
    assertNull(e.kb());
  }

  @Test
  void aTitleBeforeAPersonsNameIsLeftToTheName() {
    Article a = analysed("US-Präsident Barack Obama warnte.", "Barack Obama", EntityType.PERSON);
    assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("US-Präsident")), a.entities().toString());
  }

  @Test
  void aRoleWordInsideAnotherCountrysCompoundGivesANeighbourNoRole() {
    Map<String, String> got = actors(analysed("Nato-Truppen haben Libyen angegriffen.", "Libyen", EntityType.LOCATION));
    assertEquals("LBY Q1016", got.get("Libyen"));
    assertEquals("IGOWSTNAT", got.get("Nato-Truppen"));
  }
}
