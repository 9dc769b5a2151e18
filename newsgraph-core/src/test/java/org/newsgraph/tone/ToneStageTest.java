package org.newsgraph.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Tone;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.testing.SchemaCheck;

class ToneStageTest {
  private static final Pipeline PIPELINE = Pipeline.standard();
  private static final ToneStage TONE = new ToneStage();

  /** The standard pipeline on a plain text; its JSON must validate. */
  private static Tone analysed(String text) {
    Article a = PIPELINE.run(Article.builder(text).reader("text").build());
    SchemaCheck.assertValid(ArticleJson.toLine(a));
    return a.tone();
  }

  /** An article of the given paragraphs, each with its kind, in one language. */
  private static Article article(String language, Object... kindsAndTexts) {
    StringBuilder text = new StringBuilder();
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < kindsAndTexts.length; i += 2) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append((String) kindsAndTexts[i + 1]);
      segments.add(new Segment((SegmentKind) kindsAndTexts[i], new Span(start, text.length())));
    }
    return Article.builder(text.toString()).language(language).segments(segments).build();
  }

  @Test
  void sharesArePercentOfTheArticlesOwnWords() {
    // 7 words: "good" +3, "bad" -3; the teaser and the appendix are not the article's own text
    Tone t = TONE.apply(article("en",
        SegmentKind.BODY, "A good day and a bad day.",
        SegmentKind.TEASER, "Terrible, awful, horrible: read more",
        SegmentKind.APPENDIX, "What a wonderful world")).tone();
    assertEquals(7, t.words());
    assertEquals(14.286, t.positive(), 1e-9);
    assertEquals(14.286, t.negative(), 1e-9);
    assertEquals(0.0, t.score(), 1e-9);
    assertEquals(28.571, t.polarity(), 1e-9);
  }

  @Test
  void headlineAndSubheadingsCountAndAPhraseCountsOnce() {
    // "does not work" is one AFINN entry (-3), not "not" plus "work"
    Tone t = TONE.apply(article("en",
        SegmentKind.HEADLINE, "Great news",
        SegmentKind.SUBHEADING, "It does not work")).tone();
    assertEquals(6, t.words());
    assertEquals(100.0 / 6, t.positive(), 1e-3);
    assertEquals(100.0 / 6, t.negative(), 1e-3);
  }

  @Test
  void englishPositiveAndNegativeNews() {
    Tone good = analysed("Leaders praised the excellent agreement.\n\n"
        + "The talks were a great success, and both sides welcomed the peaceful progress.");
    Tone bad = analysed("Rebels killed dozens of villagers in a brutal attack.\n\n"
        + "The government condemned the terrible violence and warned of war.");
    assertTrue(good.score() > 10 && good.negative() == 0, good.toString());
    assertTrue(bad.score() < -10 && bad.positive() == 0, bad.toString());
    assertEquals(good.positive() + good.negative(), good.polarity(), 1e-2);
  }

  @Test
  void germanPositiveAndNegativeNews() {
    Tone good = analysed("Die Gespräche waren ein großer Erfolg, sagte die Ministerin am Montag in Berlin.\n\n"
        + "Beide Seiten begrüßten die Fortschritte und lobten die friedliche und hervorragende Zusammenarbeit.");
    Tone bad = analysed("Bei einem brutalen Angriff auf das Dorf gab es am Montag viele Tote und Verletzte.\n\n"
        + "Die Regierung sprach von schrecklicher Gewalt und einer Katastrophe für das ganze Land.");
    assertTrue(good.score() > 5 && good.negative() == 0, good.toString());
    assertTrue(bad.score() < -5, bad.toString());
  }

  @Test
  void anEmptyArticleHasNoWordsAndZeroShares() {
    Article a = TONE.apply(article("en"));
    assertEquals(new Tone(0, 0, 0, 0, 0), a.tone());
    SchemaCheck.assertValid(ArticleJson.toLine(a));
  }

  @Test
  void germanInflectionsAreFoundByStemEnglishWordsAsListed() {
    // "begrüßten" is not in the German list, "begrüßt" is; English "praisingly" is not in AFINN
    Tone de = TONE.apply(article("de", SegmentKind.BODY, "Sie begrüßten es")).tone();
    assertEquals(100.0 / 3, de.positive(), 1e-3);
    Tone en = TONE.apply(article("en", SegmentKind.BODY, "They spoke praisingly")).tone();
    assertEquals(0.0, en.polarity());
  }

  @Test
  void otherLanguagesAreNotMeasured() {
    assertNull(TONE.apply(article("fr", SegmentKind.BODY, "Une bonne journée")).tone());
    assertNull(TONE.apply(article(null, SegmentKind.BODY, "A good day")).tone());
  }

  @Test
  void theJsonCarriesTheTone() {
    Article a = PIPELINE.run(Article.builder("The summit was a great success for peace.\n\nBoth leaders praised it.").reader("text").build());
    assertNotNull(a.tone());
    String json = ArticleJson.toLine(a);
    SchemaCheck.assertValid(json);
    assertTrue(json.contains("\"tone\":{\"score\":"), json);
  }
}
