package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.testing.FakeRecognizer;

/** A country inside the name of a gulf, bay, strait or sea is that water's name, one place. */
class WaterNamesTest {
  private static final Map<String, EntityType> NAMES = Map.of(
      "Mexiko", EntityType.LOCATION, "Mexico", EntityType.LOCATION, "Obama", EntityType.PERSON,
      "Oman", EntityType.LOCATION, "Hormus", EntityType.LOCATION, "Japan", EntityType.LOCATION);

  private static List<String> mentions(String language, String text) {
    Article a = new EntityRecognition(new FakeRecognizer(NAMES).provider(language))
        .apply(Article.builder(text).language(language).build());
    return a.entities().stream()
        .map((Entity e) -> a.textOf(e.mentions().get(0).span()) + " " + e.mentions().get(0).type())
        .toList();
  }

  @Test
  void aCountryInsideAWatersNameIsTheWholeName() {
    assertEquals(List.of("Obama PERSON", "Golf von Mexiko LOCATION"),
        mentions("de", "Obama warnt vor Naturkatastrophe am Golf von Mexiko."));
    assertEquals(List.of("Straße von Hormus LOCATION", "Oman LOCATION"),
        mentions("de", "Tanker meiden die Straße von Hormus vor Oman."));
    assertEquals(List.of("Gulf of Mexico LOCATION", "Sea of Japan LOCATION", "Gulf of Oman LOCATION"),
        mentions("en", "Oil spread from the Gulf of Mexico; the Sea of Japan and the Gulf of Oman were calm."));
  }

  @Test
  void theCountryElsewhereStaysTheCountry() {
    assertEquals(List.of("Mexiko LOCATION", "Mexico LOCATION"),
        mentions("de", "Mexiko und der golf von Mexico."));
  }
}
