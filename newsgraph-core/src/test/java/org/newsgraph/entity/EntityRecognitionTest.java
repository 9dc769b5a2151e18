package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.testing.FakeRecognizer;
import org.newsgraph.testing.SchemaCheck;

class EntityRecognitionTest {
  private static final Map<String, EntityType> NAMES = Map.of(
      "Ankara", EntityType.LOCATION,
      "Emre Yalcin", EntityType.PERSON,
      "Yalcin", EntityType.PERSON,
      "Jonas Keller", EntityType.PERSON,
      "Weber", EntityType.PERSON,
      "Walk Away", EntityType.ORGANIZATION,
      "NATO", EntityType.ORGANIZATION);

  private static final String TEXT = String.join("\n",
      "Will Ankara Walk Away From NATO?",         // headline, title case
      "Ankara said no, Emre Yalcin said.",        // lead
      "Analysis: Weber on NATO",                  // teaser
      "Yalcin spoke for NATO and would not walk away.", // body
      "Source: example.de, Jonas Keller, AFP",    // credit
      "Weber wrote in the appendix.");            // appendix

  private static Article article(String language) {
    String[] lines = TEXT.split("\n");
    SegmentKind[] kinds = {SegmentKind.HEADLINE, SegmentKind.LEAD, SegmentKind.TEASER, SegmentKind.BODY, SegmentKind.CREDIT,
        SegmentKind.APPENDIX};
    List<Segment> segments = new java.util.ArrayList<>();
    int at = 0;
    for (int i = 0; i < lines.length; i++) {
      segments.add(new Segment(kinds[i], new Span(at, at + lines[i].length())));
      at += lines[i].length() + 1;
    }
    return Article.builder(TEXT).language(language).segments(segments).build();
  }

  @Test
  void recognisesOnlyTheArticlesOwnText() {
    FakeRecognizer fake = new FakeRecognizer(NAMES);
    Article a = new EntityRecognition(fake.provider("en")).apply(article("en"));
    List<String> mentions = a.entities().stream().map(e -> a.textOf(e.mentions().get(0).span())).toList();
    assertEquals(List.of("Ankara", "NATO", "Ankara", "Emre Yalcin", "Yalcin", "NATO"), mentions);
    assertFalse(fake.seen.contains("Weber"), "teaser and appendix must not be tagged");
    assertFalse(fake.seen.contains("Keller"), "the credit line must not be tagged");
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        assertEquals(e.name(), a.textOf(m.span()));
      }
    }
  }

  @Test
  void titleCaseHeadlinesAreRecasedForTheTaggerButMentionsKeepTheText() {
    FakeRecognizer fake = new FakeRecognizer(NAMES);
    Article a = new EntityRecognition(fake.provider("en")).apply(article("en"));
    // "Walk Away" is written in lower case in the body, so the tagger sees "walk away" in the headline
    assertTrue(fake.seen.containsAll(List.of("will", "Ankara", "walk", "away", "from", "NATO")), fake.seen::toString);
    assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Walk Away")));
  }

  @Test
  void languagesWithoutARecognizerAreNotAnalysed() {
    FakeRecognizer fake = new FakeRecognizer(NAMES);
    assertNull(new EntityRecognition(fake.provider("en")).apply(article("fr")).entities());
    assertNull(new EntityRecognition(fake.provider("en")).apply(article(null)).entities());
    assertNull(new EntityRecognition(RecognizerProvider.NONE).apply(article("en")).entities());
  }

  @Test
  void germanHeadlinesAreNotRecased() {
    FakeRecognizer fake = new FakeRecognizer(NAMES);
    new EntityRecognition(fake.provider("de")).apply(article("de"));
    assertTrue(fake.seen.contains("Will"));
  }

  @Test
  void anArticleWithoutSegmentsIsTaggedWhole() {
    FakeRecognizer fake = new FakeRecognizer(NAMES);
    Article a = new EntityRecognition(fake.provider("en")).apply(Article.builder("Weber met Yalcin.").language("en").build());
    assertEquals(2, a.entities().size());
  }

  @Test
  void groupedEntitiesAreWrittenAsJsonThatValidates() {
    FakeRecognizer fake = new FakeRecognizer(NAMES);
    Pipeline pipeline = Pipeline.builder().add(new EntityRecognition(fake.provider("en"))).add(new EntityGrouping()).build();
    Article a = pipeline.run(article("en"));
    assertEquals(List.of("Ankara", "NATO", "Emre Yalcin"), a.entities().stream().map(Entity::name).toList());
    var doc = SchemaCheck.assertValid(ArticleJson.toPrettyString(a));
    var first = doc.get("entities").get(0);
    assertEquals("e1", first.get("id").asText());
    assertEquals("LOCATION", first.get("type").asText());
    assertTrue(first.get("kb").isNull());
    assertTrue(first.get("actor").isNull());
    assertEquals(2, first.get("mentions").size());
    assertEquals("Ankara", first.get("mentions").get(0).get("text").asText());
  }

  @Test
  void withoutARecognizerTheJsonHasNoEntities() {
    var doc = SchemaCheck.assertValid(ArticleJson.toPrettyString(article("en")));
    assertFalse(doc.has("entities"));
  }

  @Test
  void onlyTheFirstCharactersOfAHugeArticleAreRead() {
    FakeRecognizer fake = new FakeRecognizer(NAMES);
    String text = "Ankara said no. ".repeat(1000) + "NATO agreed.";
    Article a = new EntityRecognition(fake.provider("en"), 1000).apply(Article.builder(text).language("en").build());
    assertEquals(63, a.entities().size(), "Ankara in the first 1,000 characters only"); // one every 16 characters
    assertFalse(fake.seen.contains("NATO"));
    assertEquals(15, EntityRecognition.cut("Ankara said no. Ankara", 0, 22, 17));
  }
}
