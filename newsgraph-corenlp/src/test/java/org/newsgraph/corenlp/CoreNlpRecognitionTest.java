package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityRecognition;
import org.newsgraph.entity.LanguageRecognizer;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

/** The standard pipeline with CoreNLP's recognizers, on the shared example articles. */
class CoreNlpRecognitionTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static Article analyse(String example) throws Exception {
    Path file = SharedData.require("examples/" + example);
    List<Article> read = new PlainTextReader().read(Source.file(file, Source.DEFAULT_MAX_BYTES));
    return PIPELINE.run(read.get(0));
  }

  private static Map<String, EntityType> byName(Article a) {
    Map<String, EntityType> out = new HashMap<>();
    a.entities().forEach(e -> out.put(e.name(), e.type()));
    return out;
  }

  private static void assertOnlyInArticleText(Article a) {
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        Segment in = a.segments().stream().filter(s -> s.start() <= m.start() && m.end() <= s.end()).findFirst()
            .orElseThrow(() -> new AssertionError("mention outside every segment: " + m));
        assertTrue(EntityRecognition.KINDS.contains(in.kind()), () -> "mention " + a.textOf(m.span()) + " in a " + in.kind());
      }
    }
  }

  @Test
  void theInstalledProviderIsCoreNlpForEnglishAndGermanOnly() {
    RecognizerProvider installed = RecognizerProvider.installed();
    assertTrue(installed.forLanguage("en").isPresent());
    assertTrue(installed.forLanguage("de").isPresent());
    assertFalse(installed.forLanguage("fr").isPresent());
  }

  @Test
  void englishExampleGetsItsPeopleCountriesAndOrganisations() throws Exception {
    Article a = analyse("black-sea-grain-en.txt");
    Map<String, EntityType> names = byName(a);
    for (String person : List.of("Emre Yalcin", "Arkady Volkov", "Selin Aksoy", "Erdogan")) {
      assertEquals(EntityType.PERSON, names.get(person), () -> person + " in " + names);
    }
    for (String place : List.of("Turkey", "Russia", "Ukraine", "Ankara", "Moscow", "Kyiv", "Odesa", "Black Sea", "Brussels")) {
      assertEquals(EntityType.LOCATION, names.get(place), () -> place + " in " + names);
    }
    for (String org : List.of("NATO", "European Commission")) {
      assertEquals(EntityType.ORGANIZATION, names.get(org), () -> org + " in " + names);
    }
    // Aksoy and Selin Aksoy are one entity
    Entity aksoy = a.entities().stream().filter(e -> e.name().equals("Selin Aksoy")).findFirst().orElseThrow();
    assertEquals(2, aksoy.mentions().size());
    // nothing from the teasers ("Weber"), the advert, the credit line ("Jonas Keller") or the appendix
    for (String absent : List.of("Weber", "Jonas Keller", "Lea Brandt", "AFP", "United Nations", "Directorate")) {
      assertFalse(names.containsKey(absent), () -> absent + " must not be tagged: " + names);
    }
    // the title-case subtitle yields Erdogan, not a long pseudo-name
    assertTrue(a.entities().stream().allMatch(e -> e.name().split(" ").length <= 4), names::toString);
    assertOnlyInArticleText(a);
    JsonNode doc = SchemaCheck.assertValid(ArticleJson.toPrettyString(a));
    assertEquals(a.entities().size(), doc.get("entities").size());
  }

  @Test
  void germanExampleGetsItsPeopleCountriesAndOrganisations() throws Exception {
    Article a = analyse("sahel-mission-de.txt");
    Map<String, EntityType> names = byName(a);
    assertEquals(EntityType.PERSON, names.get("Karim Diallo"), names::toString);
    for (String place : List.of("Frankreich", "Niger", "Russland", "Mali", "Paris", "Niamey", "Moskau")) {
      assertEquals(EntityType.LOCATION, names.get(place), () -> place + " in " + names);
    }
    for (String org : List.of("Europäische Union", "Vereinten Nationen")) {
      assertEquals(EntityType.ORGANIZATION, names.get(org), () -> org + " in " + names);
    }
    for (String absent : List.of("Brandt", "Anna Roth", "Felix Wagner", "dpa", "Barkhane")) {
      assertFalse(names.containsKey(absent), () -> absent + " must not be tagged: " + names);
    }
    assertOnlyInArticleText(a);
    SchemaCheck.assertValid(ArticleJson.toPrettyString(a));
  }

  @Test
  void mentionOffsetsMatchTheTextWhateverItsSpacing() {
    String text = "Angela\u00a0Merkel  met\tEmmanuel Macron in Paris on Tuesday.\r\nThe French president’s aide, "
        + "Alexis Kohler, said “Berlin and Paris agree”.";
    LanguageRecognizer en = RecognizerProvider.installed().forLanguage("en").orElseThrow();
    List<Mention> mentions = en.recognize(text, 0, text.length());
    List<String> found = mentions.stream().map(m -> m.span().of(text)).toList();
    assertTrue(found.containsAll(List.of("Emmanuel Macron", "Paris", "Alexis Kohler", "Berlin")), found::toString);
    for (Mention m : mentions) {
      String s = m.span().of(text);
      assertEquals(s.strip(), s, "no surrounding space");
      assertFalse(s.isEmpty());
    }
  }

  @Test
  void oneRecognizerServesManyThreadsAlike() throws Exception {
    LanguageRecognizer en = RecognizerProvider.installed().forLanguage("en").orElseThrow();
    String text = Files.readString(SharedData.require("examples/black-sea-grain-en.txt"), StandardCharsets.UTF_8);
    List<Mention> alone = en.recognize(text, 0, text.length());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> en.recognize(text, 0, text.length())));
      }
      for (Future<List<Mention>> f : futures) {
        assertEquals(alone, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
