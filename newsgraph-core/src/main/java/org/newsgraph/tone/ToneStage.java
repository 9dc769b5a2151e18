package org.newsgraph.tone;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Tone;
import org.newsgraph.pipeline.Stage;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * Measures the article's tone as GDELT does: the shares of positive and negative words in the
 * article's own text (headline, lead, body and subheadings; never teasers, adverts, the credit line,
 * appended text or paragraphs marked off topic), in percent of its words; score = positive -
 * negative, polarity = positive + negative. Words are rated by AFINN-165 (English) and its German
 * translation ({@code afinn-en.tsv}, {@code afinn-de.tsv} beside this class; ODbL, see NOTICE).
 * German words not in the list are also looked up by their Snowball stem, since the translated
 * list holds mostly one form of each word. AFINN is a plain word count, so negation is not handled: "not good" counts as positive, as the
 * lexicon's method has it (its few negated phrases, such as "not good", are entries of their own).
 * Articles in other languages, or of unknown language, are not measured (tone stays null).
 */
public final class ToneStage implements Stage {
  private static final List<SegmentKind> OWN_TEXT =
      List.of(SegmentKind.HEADLINE, SegmentKind.LEAD, SegmentKind.BODY, SegmentKind.SUBHEADING);

  private final ToneLexicon english = ToneLexicon.bundled("afinn-en.tsv");
  // the German list is a translation that holds mostly one form of each word: inflections by stem
  private final ToneLexicon german = ToneLexicon.bundled("afinn-de.tsv", GermanStemmer::new);

  @Override
  public Article apply(Article article) {
    ToneLexicon lexicon = lexicon(article.language());
    if (lexicon == null) {
      return article;
    }
    List<String> words = new ArrayList<>();
    for (Segment s : article.segments()) {
      if (OWN_TEXT.contains(s.kind()) && !s.offTopic()) {
        words.addAll(ToneLexicon.words(article.textOf(s)));
      }
    }
    return article.toBuilder().tone(tone(lexicon.count(words), words.size())).build();
  }

  private ToneLexicon lexicon(String language) {
    if ("en".equals(language)) {
      return english;
    }
    if ("de".equals(language)) {
      return german;
    }
    return null;
  }

  static Tone tone(ToneLexicon.Counts counts, int words) {
    if (words == 0) {
      return new Tone(0, 0, 0, 0, 0);
    }
    double positive = percent(counts.positive(), words);
    double negative = percent(counts.negative(), words);
    return new Tone(round(positive - negative), round(positive), round(negative), round(positive + negative), words);
  }

  private static double percent(int n, int words) {
    return 100.0 * n / words;
  }

  /** Three decimals: finer than any difference one word makes in a text of a thousand words. */
  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
