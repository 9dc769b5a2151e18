package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.model.Span;
import org.newsgraph.quote.Sentences;
import org.newsgraph.segment.Paragraphs;

/**
 * Draws sentences for hand-coding events: every sentence of every article (split into paragraphs
 * and sentences as the pipeline splits them) that names at least two different countries (or as
 * many as the caller asks for) and has
 * {@value #MIN_WORDS} to {@value #MAX_WORDS} words is a candidate; a seeded shuffle of the
 * candidates, in corpus order, picks {@code count} of them. Longer "sentences" are nearly always two
 * sentences run together by the source ("America.He says"), which no coder should be scored on.
 */
public final class EventSample {
  static final int MIN_WORDS = 5;
  static final int MAX_WORDS = 80;

  /** One drawn sentence: {@code sentence} counts the article's sentences from 0. */
  public record Drawn(String articleId, String date, int sentence, String text, Set<String> countries) {}

  private final CountryNames countries;
  private final Locale locale;
  private final int minCountries;

  /** English sentences that name two countries. */
  public EventSample(CountryNames countries) {
    this(countries, Locale.ENGLISH, 2);
  }

  /**
   * Sentences split by the rules of {@code locale} that name at least {@code minCountries}
   * different countries as {@code countries} names them.
   */
  public EventSample(CountryNames countries, Locale locale, int minCountries) {
    this.countries = countries;
    this.locale = locale;
    this.minCountries = minCountries;
  }

  /**
   * {@code count} sentences of the corpus's candidates, drawn with {@code seed}, less those whose
   * text is in {@code excluded} (sentences already hand-coded in another file). They are dropped
   * before the shuffle, so a seed, a corpus and the excluded texts always give the same sample.
   */
  public List<Drawn> draw(List<CorpusArticle> corpus, Set<String> excluded, long seed, int count) {
    List<Drawn> kept = candidates(corpus).stream().filter(d -> !excluded.contains(d.text())).toList();
    return shuffle(kept, seed, count);
  }

  /** {@code count} of the candidates, drawn with {@code seed}. */
  static List<Drawn> shuffle(List<Drawn> candidates, long seed, int count) {
    List<Drawn> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(seed));
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  /** Every sentence of the corpus that may be drawn, in corpus order. */
  List<Drawn> candidates(List<CorpusArticle> corpus) {
    List<Drawn> candidates = new ArrayList<>();
    for (CorpusArticle a : corpus) {
      if (a.text() == null) {
        continue;
      }
      List<Span> sentences = Sentences.split(a.text(), Paragraphs.split(a.text()), locale);
      for (int i = 0; i < sentences.size(); i++) {
        String s = sentences.get(i).of(a.text()).replaceAll("\\s+", " ");
        int words = s.split(" ").length;
        if (words < MIN_WORDS || words > MAX_WORDS) {
          continue;
        }
        Set<String> named = countries.in(s);
        if (named.size() >= minCountries) {
          candidates.add(new Drawn(a.id(), a.date(), i, s, named));
        }
      }
    }
    return candidates;
  }

  /** The sentences as blocks of the gold format, without events, to be coded by hand. */
  public static String format(List<Drawn> drawn) {
    StringBuilder out = new StringBuilder();
    for (Drawn d : drawn) {
      out.append("# sample: ").append(d.articleId()).append(" sentence ").append(d.sentence()).append('\n');
      if (d.date() != null && !d.date().isBlank()) {
        out.append("# date: ").append(d.date()).append('\n');
      }
      out.append("text: ").append(d.text()).append("\n\n");
    }
    return out.toString();
  }
}
