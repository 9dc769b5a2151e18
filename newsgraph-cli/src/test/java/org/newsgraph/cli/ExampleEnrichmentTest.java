package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

/**
 * The full standard pipeline as the command line assembles it (CoreNLP, the knowledge base, the
 * sentence embedder) on the shared examples: the appended background belongs, the last paragraph
 * does not, and the article gets background facts, with sources, about its main actors.
 */
class ExampleEnrichmentTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  @ParameterizedTest
  @CsvSource({
    "black-sea-grain-en.txt, According to enrichment data, Q43 Q39259",
    "sahel-mission-de.txt, Nach Angaben aus Anreicherungsdaten, Q142 Q1032 Q912"
  })
  void backgroundBelongsFillerDoesNotAndTheActorsGetFacts(String file, String background, String actors) throws Exception {
    Path path = SharedData.require("examples/" + file);
    Article article = PIPELINE.run(new PlainTextReader().read(Source.file(path, Source.DEFAULT_MAX_BYTES)).get(0));
    JsonNode doc = SchemaCheck.assertValid(ArticleJson.toLine(article));
    String text = doc.get("text").asText();
    List<JsonNode> segments = new ArrayList<>();
    doc.get("segments").forEach(segments::add);
    JsonNode last = segments.get(segments.size() - 1);
    for (JsonNode s : segments) {
      assertEquals(s == last, s.get("offTopic").asBoolean(), file + ": " + s);
    }
    JsonNode appended = segments.stream()
        .filter(s -> text.substring(s.get("start").asInt(), s.get("end").asInt()).startsWith(background)).findFirst().orElseThrow();
    assertEquals("appendix", appended.get("kind").asText());
    assertTrue(appended.get("relevance").asDouble() > last.get("relevance").asDouble() + 0.1, appended + " vs " + last);

    JsonNode facts = doc.get("facts");
    assertNotNull(facts, file + " has facts");
    assertFalse(facts.isEmpty(), file + " has facts");
    List<String> main = List.of(actors.split(" "));
    int aboutActors = 0;
    for (JsonNode f : facts) {
      assertTrue(f.get("source").asText().startsWith("http"), f.toString());
      assertFalse(f.get("asOf").isNull(), f.toString());
      boolean about = false;
      for (JsonNode id : f.get("about")) {
        about |= main.contains(id.asText());
      }
      aboutActors += about ? 1 : 0;
    }
    assertTrue(aboutActors >= 2, file + ": facts about " + main + ": " + facts);
  }
}
