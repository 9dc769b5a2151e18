package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

/**
 * The standard pipeline as the command line assembles it (recognition by CoreNLP, linking by the
 * bundled knowledge base) on the shared examples: countries, organisations and capitals get their
 * Wikidata ids (country ids as ../shared/data/kb/countries.tsv has them) and CAMEO actors.
 */
class ExampleEntitiesTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static Map<String, JsonNode> entities(String example) throws Exception {
    Path file = SharedData.require("examples/" + example);
    Article article = PIPELINE.run(new PlainTextReader().read(Source.file(file, Source.DEFAULT_MAX_BYTES)).get(0));
    JsonNode doc = SchemaCheck.assertValid(ArticleJson.toLine(article));
    Map<String, JsonNode> byName = new HashMap<>();
    doc.get("entities").forEach(e -> byName.put(e.get("name").asText(), e));
    return byName;
  }

  private static void assertLinked(Map<String, JsonNode> entities, String name, String kb, String actor) {
    JsonNode e = entities.get(name);
    assertNotNull(e, name + " is an entity of " + entities.keySet());
    assertEquals(kb, e.get("kb").asText(null), name + " kb");
    assertEquals(actor, e.get("actor").asText(null), name + " actor");
  }

  @Test
  void englishExample() throws Exception {
    Map<String, JsonNode> e = entities("black-sea-grain-en.txt");
    assertLinked(e, "Turkey", "Q43", "TUR");
    assertLinked(e, "Russia", "Q159", "RUS");
    assertLinked(e, "Ukraine", "Q212", "UKR");
    assertLinked(e, "Moscow", "Q649", "RUSGOV");
    assertLinked(e, "Ankara", "Q3640", "TURGOV");
    assertLinked(e, "NATO", "Q7184", "IGOWSTNAT");
    assertLinked(e, "European Commission", "Q8880", "IGOEUREEC");
    assertLinked(e, "Erdogan", "Q39259", "TURGOV");
    assertEquals("PERSON", e.get("Arkady Volkov").get("type").asText());
  }

  @Test
  void germanExample() throws Exception {
    Map<String, JsonNode> e = entities("sahel-mission-de.txt");
    assertLinked(e, "Frankreich", "Q142", "FRA");
    assertLinked(e, "Niger", "Q1032", "NER");
    assertLinked(e, "Russland", "Q159", "RUS");
    assertLinked(e, "Mali", "Q912", "MLI");
    assertLinked(e, "Paris", "Q90", "FRAGOV");
    assertLinked(e, "Moskau", "Q649", "RUSGOV");
    assertLinked(e, "Vereinten Nationen", "Q1065", "IGOUNO");
    assertEquals("PERSON", e.get("Karim Diallo").get("type").asText());
  }
}
