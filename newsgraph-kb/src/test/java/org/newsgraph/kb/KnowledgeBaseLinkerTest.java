package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

class KnowledgeBaseLinkerTest {
  private static final KnowledgeBaseLinker LINKER = new KnowledgeBaseLinker();

  /** One person entity with a mention at each occurrence of each form. */
  private static Entity person(String text, String date, String... forms) {
    List<Mention> mentions = new ArrayList<>();
    for (String f : forms) {
      for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length())) {
        int start = at;
        if (mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
          mentions.add(new Mention(at, at + f.length(), EntityType.PERSON));
        }
      }
    }
    Entity e = new Entity("e1", forms[0], EntityType.PERSON, null, null, 1, mentions);
    Article a = Article.builder(text).language("en").published(date).entities(List.of(e)).build();
    return LINKER.link(e, a);
  }

  @Test
  void aPersonIsLinkedByTheFullestNameNotByTheSurnameAlone() {
    Entity hunter = person("Hunter Biden sold paintings. Biden declined to comment.", "2019-09-25", "Hunter Biden", "Biden");
    assertNull(hunter.kb());
    assertNull(hunter.actor());
    // The Cuban prime minister Manuel Marrero Cruz does not make Ted Cruz in an article about Cuba:
    // Ted Cruz is the senator of congress.tsv (Q2036942), by his full name.
    Entity cruz = person("Ted Cruz spoke about Cuba. Cruz said the embargo stays.", "2021-03-01", "Ted Cruz", "Cruz");
    assertEquals("Q2036942", cruz.kb());
    assertEquals("USALEG", cruz.actor());
    // A title before the surname is no part of the name: "President Trump" still links by "Trump".
    assertEquals("Q22686", person("President Trump spoke. Trump said more.", "2018-01-10", "President Trump", "Trump").kb());
    // The father's name after "bin" is no surname: "Salman" is not Mohammed bin Salman.
    assertNull(person("Salman met envoys in Riyadh.", "2023-01-10", "Salman").kb());
    Entity joe = person("Joe Biden spoke. Biden said more.", "2022-01-10", "Joe Biden", "Biden");
    assertEquals("Q6279", joe.kb());
    assertEquals("USAGOV", joe.actor());
  }

  @Test
  void aSurnameTheTaggerTookForAPlaceIsAPersonOnceLinked() {
    String text = "Trump imposed tariffs on China.";
    Entity place = new Entity("e1", "Trump", EntityType.LOCATION, null, null, 1, List.of(new Mention(0, 5, EntityType.LOCATION)));
    Article a = Article.builder(text).language("en").published("2019-06-01").entities(List.of(place)).build();
    Entity linked = LINKER.link(place, a);
    assertEquals("Q22686", linked.kb());
    assertEquals(EntityType.PERSON, linked.type());
    // a place the knowledge base has stays a place
    String paris = "Paris imposed tariffs.";
    Entity city = new Entity("e1", "Paris", EntityType.LOCATION, null, null, 1, List.of(new Mention(0, 5, EntityType.LOCATION)));
    assertEquals(EntityType.LOCATION, LINKER.link(city, Article.builder(paris).language("en").entities(List.of(city)).build()).type());
  }
}
