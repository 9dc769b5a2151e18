package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

/** With the entity stages installed (as the command line has them), speakers resolve to entities. */
class QuoteSpeakersTest {
  private static JsonNode analyze(String example) throws IOException {
    String text = Files.readString(SharedData.require("examples/" + example), StandardCharsets.UTF_8);
    Article a = Pipeline.standard().run(Article.builder(text).reader("text").build());
    return SchemaCheck.assertValid(ArticleJson.toLine(a));
  }

  private static String entityOfSpeaker(JsonNode doc, String contentWords) {
    Map<String, String> names = new HashMap<>();
    for (JsonNode e : doc.get("entities")) {
      names.put(e.get("id").asText(), e.get("name").asText());
    }
    for (JsonNode q : doc.get("quotes")) {
      if (q.get("text").asText().contains(contentWords)) {
        JsonNode sp = q.get("speaker");
        assertNotNull(sp, () -> "no speaker: " + q);
        return sp.get("entity").isNull() ? null : names.get(sp.get("entity").asText());
      }
    }
    throw new AssertionError("no quote with '" + contentWords + "'");
  }

  @Test
  void englishSpeakersAreEntities() throws IOException {
    JsonNode doc = analyze("black-sea-grain-en.txt");
    assertTrue(doc.has("entities"), "a recognizer is installed");
    assertEquals("Emre Yalcin", entityOfSpeaker(doc, "will not let the Black Sea"));
    assertEquals("Arkady Volkov", entityOfSpeaker(doc, "would treat armed convoys"), "he -> Arkady Volkov");
    assertEquals("Selin Aksoy", entityOfSpeaker(doc, "Erdogan gains"), "Aksoy -> Selin Aksoy");
  }

  @Test
  void germanSpeakersAreEntities() throws IOException {
    JsonNode doc = analyze("sahel-mission-de.txt");
    assertEquals("Karim Diallo", entityOfSpeaker(doc, "Wer zu lange zögert"));
    assertEquals(null, entityOfSpeaker(doc, "keine Entscheidung über die Köpfe"), "a spokeswoman names nobody");
  }
}
