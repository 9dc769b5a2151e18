package org.newsgraph.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Factuality;
import org.newsgraph.model.Mention;
import org.newsgraph.model.QuadClass;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tone;
import org.newsgraph.testing.SchemaCheck;

class ArticleJsonTest {
  private static final String TEXT = "Ukraine asked Turkey for naval escorts on Monday.";

  private static Article annotated() {
    Entity ukraine = new Entity("e1", "Ukraine", EntityType.LOCATION, "Q212", "UKR", 1.0, List.of(new Mention(0, 7, EntityType.LOCATION)));
    Entity turkey = new Entity("e2", "Turkey", EntityType.LOCATION, "Q43", "TUR", 0.9, List.of(new Mention(14, 20, EntityType.LOCATION)));
    Event ask = new Event(new Span(0, TEXT.length()), "UKR", "TUR", "0233", 3.4, QuadClass.VERBAL_COOPERATION,
        "e1", "e2", new Span(8, 13), Factuality.ASSERTED);
    Fact fact = new Fact("Turkey is a member of NATO.", List.of("Q43", "Q7184"), "https://www.wikidata.org/wiki/Q43",
        "2026-11-01", 0.7, null);
    return Article.builder(TEXT)
        .entities(List.of(ukraine, turkey))
        .events(List.of(ask))
        .tone(new Tone(-1.5, 2.0, 3.5, 5.5, 8))
        .facts(List.of(fact))
        .build();
  }

  @Test
  void eventsToneAndFactsAreWrittenAndValid() {
    JsonNode doc = SchemaCheck.assertValid(ArticleJson.toLine(annotated()));
    JsonNode ev = doc.get("events").get(0);
    assertEquals("UKR", ev.get("source").asText());
    assertEquals("0233", ev.get("code").asText());
    assertEquals(1, ev.get("quadClass").asInt());
    assertEquals("asked", ev.get("cue").asText());
    assertEquals("asserted", ev.get("factuality").asText());
    assertEquals("e2", ev.get("targetEntity").asText());
    assertEquals(-1.5, doc.get("tone").get("score").asDouble());
    assertEquals("Q7184", doc.get("facts").get(0).get("about").get(1).asText());
    assertTrue(doc.get("facts").get(0).get("contradiction").isNull());
  }

  @Test
  void notAnalysedFieldsAreAbsent() {
    JsonNode doc = SchemaCheck.assertValid(ArticleJson.toLine(Article.builder(TEXT).build()));
    assertFalse(doc.has("events"));
    assertFalse(doc.has("tone"));
    assertFalse(doc.has("facts"));
  }

  @Test
  void anEventPastTheTextIsRefused() {
    Event far = new Event(new Span(0, 500), "UKR", null, "010", 0.0, QuadClass.VERBAL_COOPERATION, null, null, null,
        Factuality.ASSERTED);
    assertThrows(IllegalArgumentException.class, () -> Article.builder(TEXT).events(List.of(far)));
  }
}
