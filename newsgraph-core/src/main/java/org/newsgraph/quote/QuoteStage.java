package org.newsgraph.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.segment.Paragraphs;

/**
 * Finds who said what: direct quotes, reported speech and scare quotes in the article's own text
 * (lead, body and subheadings; never the headline, teasers, adverts, the credit line or appended
 * text), each with its cue and speaker, in English or German (English rules for other languages).
 * Speakers are resolved to the article's entities where a recognizer ran before this stage.
 *
 * <p>The cues are read from {@code cues-en.txt} and {@code cues-de.txt} beside this class; a user
 * can add entries from files of the same format.
 */
public final class QuoteStage implements Stage {
  private final CueLexicon english;
  private final CueLexicon german;

  public QuoteStage() {
    this(null, null);
  }

  /** With extra cue files for English and German (either may be null). */
  public QuoteStage(Path englishCues, Path germanCues) {
    CueLexicon en = CueLexicon.bundled("en");
    CueLexicon de = CueLexicon.bundled("de");
    this.english = englishCues == null ? en : en.with(englishCues);
    this.german = germanCues == null ? de : de.with(germanCues);
  }

  @Override
  public Article apply(Article article) {
    String text = article.text();
    List<Span> paragraphs = Paragraphs.ofArticleText(article);
    boolean de = "de".equals(article.language());
    List<Quote> quotes = new QuoteFinder(de ? german : english, de).find(text, paragraphs);
    SpeakerEntities entities = new SpeakerEntities(text, entityRefs(article));
    if (!entities.isEmpty()) {
      List<Quote> resolved = new ArrayList<>(quotes.size());
      for (Quote q : quotes) {
        resolved.add(q.speaker() == null ? q : q.withSpeaker(q.speaker().withEntity(entities.resolve(q.speaker()))));
      }
      quotes = resolved;
    }
    return article.toBuilder().quotes(quotes).build();
  }

  /**
   * The mentions of the article's entities, for resolving speakers: none when no recognizer ran
   * (then every speaker's entity stays null). The entity stages run before this one in {@link
   * org.newsgraph.pipeline.Pipeline#standard()}.
   */
  static List<SpeakerEntities.Ref> entityRefs(Article article) {
    if (article.entities() == null) {
      return List.of();
    }
    List<SpeakerEntities.Ref> refs = new ArrayList<>();
    for (Entity e : article.entities()) {
      for (Mention m : e.mentions()) {
        refs.add(new SpeakerEntities.Ref(e.id(), m.span()));
      }
    }
    return refs;
  }
}
