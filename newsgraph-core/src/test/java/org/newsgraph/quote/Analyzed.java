package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.testing.SchemaCheck;

/** An article run through the standard pipeline, with look-ups for its quotes. */
final class Analyzed {
  private static final Pipeline PIPELINE = Pipeline.standard();

  final Article article;

  private Analyzed(Article article) {
    this.article = article;
  }

  /** Analyses the text and checks its JSON against the schema. */
  static Analyzed of(String text) {
    Article a = PIPELINE.run(Article.builder(text).reader("text").build());
    SchemaCheck.assertValid(ArticleJson.toLine(a));
    return new Analyzed(a);
  }

  /** Analyses the text with the language and quote stages only, every paragraph the article's, as the PolNeAR evaluation reads it. */
  static Analyzed allParagraphs(String text) {
    Pipeline quotesOnly = Pipeline.builder().add(new LanguageIdentifier()).add(new QuoteStage()).build();
    Article a = quotesOnly.run(Article.builder(text).reader("text").build());
    SchemaCheck.assertValid(ArticleJson.toLine(a));
    return new Analyzed(a);
  }

  List<Quote> quotes() {
    return article.quotes();
  }

  String text(Quote q) {
    return article.textOf(q.span());
  }

  /** The one quote whose content contains the words. */
  Quote containing(String words) {
    List<Quote> hits = quotes().stream().filter(q -> text(q).contains(words)).toList();
    if (hits.size() != 1) {
      fail("expected one quote containing '" + words + "', found " + hits.size() + " in\n" + describe());
    }
    return hits.get(0);
  }

  String speaker(Quote q) {
    return q.speaker() == null ? null : article.textOf(q.speaker().span());
  }

  String antecedent(Quote q) {
    return q.speaker() == null || q.speaker().antecedent() == null ? null : article.textOf(q.speaker().antecedent());
  }

  String cue(Quote q) {
    return q.cue() == null ? null : article.textOf(q.cue());
  }

  /** Asserts the quote with these words: direct or not, its speaker and its cue as written. */
  Quote assertQuote(String words, boolean direct, String speaker, String cue) {
    Quote q = containing(words);
    assertEquals(QuoteKind.SPEECH, q.kind(), () -> "kind of " + describe(q));
    assertEquals(direct, q.direct(), () -> "direct of " + describe(q));
    assertEquals(speaker, speaker(q), () -> "speaker of " + describe(q));
    if (cue != null) {
      assertNotNull(q.cue(), () -> "cue of " + describe(q));
      assertEquals(cue, cue(q), () -> "cue of " + describe(q));
    }
    return q;
  }

  String describe(Quote q) {
    return (q.direct() ? "direct " : "reported ") + q.kind().label() + " «" + text(q) + "» speaker=" + speaker(q)
        + (antecedent(q) == null ? "" : "->" + antecedent(q)) + " cue=" + cue(q) + " parts=" + q.parts().size();
  }

  String describe() {
    return quotes().stream().map(this::describe).collect(Collectors.joining("\n"));
  }
}
