package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * Stage: finds the names in the article's own text (headline, subtitle, lead, body, subheadings;
 * never teasers, adverts, the credit line or appended text) with the recognizer for the article's
 * language, headlines in title case recased first (see {@link HeadlineCase}); at most the first
 * {@link #MAX_CHARS} characters of it. Each mention becomes an entity of its own; {@link EntityGrouping} then gathers the
 * mentions of one entity. An article in a language without a recognizer is left as it is, its
 * entities null ("not analysed").
 */
public final class EntityRecognition implements Stage {
  /** The segment kinds that are the article's own text. */
  public static final Set<SegmentKind> KINDS =
      EnumSet.of(SegmentKind.HEADLINE, SegmentKind.SUBTITLE, SegmentKind.LEAD, SegmentKind.BODY, SegmentKind.SUBHEADING);

  /** Kinds that may be written in title case. */
  private static final Set<SegmentKind> HEADINGS = EnumSet.of(SegmentKind.HEADLINE, SegmentKind.SUBTITLE, SegmentKind.SUBHEADING);

  /**
   * How much of an article's text is read, in characters: far more than any news article (a long
   * read has some 60,000), and a bound on the time a 50 MB input can take (about 20,000 tokens).
   */
  public static final int MAX_CHARS = 100_000;

  private final RecognizerProvider provider;
  private final int maxChars;

  public EntityRecognition(RecognizerProvider provider) {
    this(provider, MAX_CHARS);
  }

  /** With a bound on the characters read other than {@link #MAX_CHARS}. */
  public EntityRecognition(RecognizerProvider provider, int maxChars) {
    this.provider = provider;
    this.maxChars = maxChars;
  }

  /** The end of a region cut to at most {@code budget} characters, at a space where there is one. */
  static int cut(String text, int start, int end, int budget) {
    if (end - start <= budget) {
      return end;
    }
    int limit = start + budget;
    for (int i = limit; i > start; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
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
    List<Segment> regions = article.segments().isEmpty()
        ? List.of(new Segment(SegmentKind.BODY, new Span(0, text.length())))
        : article.segments().stream().filter(s -> KINDS.contains(s.kind()) && !s.offTopic()).toList();
    int budget = maxChars;
    for (Segment s : regions) {
      if (budget <= 0) {
        break;
      }
      int end = cut(text, s.start(), s.end(), budget);
      budget -= end - s.start();
      List<List<Token>> found = tokenizer.sentences(text, s.start(), end);
      sentences.addAll(found);
      headline.addAll(Collections.nCopies(found.size(), HEADINGS.contains(s.kind())));
    }
    if (HeadlineCase.appliesTo(article.language())) {
      HeadlineCase headlineCase = HeadlineCase.learn(sentences);
      for (int i = 0; i < sentences.size(); i++) {
        if (headline.get(i)) {
          sentences.set(i, headlineCase.recase(sentences.get(i)));
        }
      }
    }
    List<Mention> mentions = WaterNames.join(text, recognizer.get().recognizer().recognize(sentences));
    List<Entity> entities = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      entities.add(new Entity("e" + (entities.size() + 1), article.textOf(m.span()), m.type(), null, null, 0, List.of(m)));
    }
    return article.toBuilder().entities(entities).build();
  }
}
