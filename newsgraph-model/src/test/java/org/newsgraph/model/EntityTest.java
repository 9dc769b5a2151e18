package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTest {
  @Test
  void tagsOfTheDataSetsAndTaggersMapToTheFourTypes() {
    assertEquals(EntityType.PERSON, EntityType.fromTag("PER"));
    assertEquals(EntityType.PERSON, EntityType.fromTag("PERSON"));
    assertEquals(EntityType.ORGANIZATION, EntityType.fromTag("ORG"));
    assertEquals(EntityType.LOCATION, EntityType.fromTag("LOCATION"));
    assertEquals(EntityType.MISC, EntityType.fromTag("OTH"));
    assertNull(EntityType.fromTag("O"));
    assertEquals("ORG", EntityType.ORGANIZATION.conll());
  }

  @Test
  void mentionsAreSortedAndMustLieInTheText() {
    Entity e = new Entity("e1", "Putin", EntityType.PERSON, null, null, 0.5,
        List.of(new Mention(10, 15, EntityType.PERSON), new Mention(0, 5, EntityType.PERSON)));
    assertEquals(0, e.firstStart());
    Article.Builder b = Article.builder("Putin and Putin");
    assertEquals(1, b.entities(List.of(e)).build().entities().size());
    Entity outside = new Entity("e1", "x", EntityType.MISC, null, null, 0, List.of(new Mention(10, 20, EntityType.MISC)));
    assertThrows(IllegalArgumentException.class, () -> Article.builder("short").entities(List.of(outside)));
    assertThrows(IllegalArgumentException.class, () -> new Entity("e1", "x", EntityType.MISC, null, null, 1.5, e.mentions()));
    assertThrows(IllegalArgumentException.class, () -> new Entity("e1", "x", EntityType.MISC, null, null, 0, List.of()));
  }

  @Test
  void entitiesSurviveToBuilder() {
    Article a = Article.builder("Putin").entities(List.of()).build();
    assertEquals(List.of(), a.toBuilder().build().entities());
    assertNull(Article.builder("Putin").build().entities());
  }
}
