package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** German nouns for nationals that the recognizer left untagged act for their state, through the linker SPI. */
class NationalNounsTest {
  private static final KnowledgeBaseLinker LINKER = new KnowledgeBaseLinker();

  /** The article in a language with the given names as entities (each its first occurrence), titles, compounds and nouns read. */
  private static Map<String, String> actors(String language, String text, Object... namesAndTypes) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      String name = (String) namesAndTypes[i];
      int at = text.indexOf(name);
      entities.add(new Entity("e" + (i / 2 + 1), name, (EntityType) namesAndTypes[i + 1], null, null, 0.5,
          List.of(new Mention(at, at + name.length(), (EntityType) namesAndTypes[i + 1]))));
    }
    Article article = LINKER.withTitleMentions(Article.builder(text).language(language).entities(entities).build());
    Map<String, String> out = new TreeMap<>();
    for (Entity e : article.entities()) {
      out.put(e.name(), e.actor() + (e.kb() == null ? "" : " " + e.kb()));
    }
    return out;
  }

  @Test
  void untaggedNounsAndTheirInflectedFormsGiveTheirState() {
    assertEquals(Map.of("Syrer", "SYR", "Ukrainern", "UKR", "Russen", "RUS"),
        actors("de", "Die Syrer lehnten ab. Russland warf den Ukrainern Verbrechen vor. Die Russen schwiegen."));
  }

  @Test
  void aTaggedNameOrAnAdjectiveIsNoNoun() {
    assertEquals(List.of("Syrien"),
        List.copyOf(actors("de", "Syrische Truppen griffen an. Syrien schwieg.", "Syrien", EntityType.LOCATION).keySet()));
  }

  @Test
  void oneNationalIsAPerson() {
    assertEquals(Map.of(), actors("de", "Ein Syrer wurde festgenommen. Der Russe gewann. Dem Ukrainer half niemand."));
  }

  @Test
  void aNounBeforeAPersonsNameIsLeftToTheName() {
    assertEquals(List.of("Daniil Medwedew"),
        List.copyOf(actors("de", "Die Russen Daniil Medwedew und andere spielten.", "Daniil Medwedew", EntityType.PERSON).keySet()));
  }

  @Test
  void onlyInGermanText() {
    assertEquals(Map.of(), actors("en", "Die Syrer lehnten ab."));
  }
}
