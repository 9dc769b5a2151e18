package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * Stage: finds the names in the article's own text (headline, subtitle, lead, body, subheadings;
 * never teasers, adverts, the credit line or appended text) with the recognizer for the article's
 * language, headlines in title case recased first (see {@link HeadlineCase}). Each mention becomes an entity of its own; {@link EntityGrouping} then gathers the
 * mentions of one entity. An article in a language without a recognizer is left as it is, its
 * entities null ("not analysed").
 */
public final class EntityRecognition implements Stage {
  /** The segment kinds that are the article's own text. */
  public static final Set<SegmentKind> KINDS =
      EnumSet.of(SegmentKind.HEADLINE, SegmentKind.SUBTITLE, SegmentKind.LEAD, SegmentKind.BODY, SegmentKind.SUBHEADING);

  /** Kinds that may be written in title case. */
  private static final Set<SegmentKind> HEADINGS = EnumSet.of(SegmentKind.HEADLINE, SegmentKind.SUBTITLE, SegmentKind.SUBHEADING);

  private final RecognizerProvider provider;

  public EntityRecognition(RecognizerProvider provider) {
    this.provider = provider;
  }

  /** With the recognizers installed on the class path (see {@link RecognizerProvider#installed()}). */
  public static EntityRecognition installed() {
    return new EntityRecognition(RecognizerProvider.installed());
  }

  @Override
  public Article apply(Article article) {
    if (article.language() == null) {
      return article;
    }
    Optional<LanguageRecognizer> recognizer = provider.forLanguage(article.language());
    if (recognizer.isEmpty()) {
      return article;
    }
    String text = article.text();
    Tokenizer tokenizer = recognizer.get().tokenizer();
    List<List<Token>> sentences = new ArrayList<>();
    List<Boolean> headline = new ArrayList<>();
    if (article.segments().isEmpty()) {
      sentences.addAll(tokenizer.sentences(text, 0, text.length()));
      headline.addAll(java.util.Collections.nCopies(sentences.size(), false));
    } else {
      for (Segment s : article.segments()) {
        if (KINDS.contains(s.kind()) && !s.offTopic()) {
          List<List<Token>> found = tokenizer.sentences(text, s.start(), s.end());
          sentences.addAll(found);
          headline.addAll(java.util.Collections.nCopies(found.size(), HEADINGS.contains(s.kind())));
        }
      }
    }
    if (HeadlineCase.appliesTo(article.language())) {
      HeadlineCase headlineCase = HeadlineCase.learn(sentences);
      for (int i = 0; i < sentences.size(); i++) {
        if (headline.get(i)) {
          sentences.set(i, headlineCase.recase(sentences.get(i)));
        }
      }
    }
    List<Mention> mentions = recognizer.get().recognizer().recognize(sentences);
    List<Entity> entities = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      entities.add(new Entity("e" + (entities.size() + 1), article.textOf(m.span()), m.type(), null, null, 0, List.of(m)));
    }
    return article.toBuilder().entities(entities).build();
  }
}
