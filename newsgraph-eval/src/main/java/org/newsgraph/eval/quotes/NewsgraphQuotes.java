package org.newsgraph.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.quote.QuoteStage;
import org.newsgraph.read.PlainTextReader;

/**
 * newsgraph's own quotes on plain text: either the standard pipeline, as {@code newsgraph analyze}
 * runs it (the segmenter decides which paragraphs are the article's), or the language and quote
 * stages alone, which read every paragraph as the article's: PolNeAR's texts are article bodies
 * with their headline, without page furniture, so this measures the quote stage apart from
 * segmentation.
 */
public final class NewsgraphQuotes implements QuoteSystem {
  private final Pipeline pipeline;

  /** The quote stage on every paragraph. */
  public NewsgraphQuotes() {
    this(Pipeline.builder().add(new LanguageIdentifier()).add(new QuoteStage()).build());
  }

  /** With the standard pipeline (true) or the quote stage on every paragraph (false). */
  public static NewsgraphQuotes of(boolean standardPipeline) {
    // entities do not change what is scored (speaker spans), so they are left out for speed
    return standardPipeline ? new NewsgraphQuotes(Pipeline.standard(RecognizerProvider.NONE)) : new NewsgraphQuotes();
  }

  public NewsgraphQuotes(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public String name() {
    return "newsgraph";
  }

  @Override
  public List<PredictedQuote> quotes(String text) {
    Article a = pipeline.run(Article.builder(text).reader(PlainTextReader.NAME).build());
    List<PredictedQuote> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (q.kind() != QuoteKind.SPEECH) {
        continue;
      }
      out.add(new PredictedQuote(
          q.parts(),
          q.direct(),
          q.speaker() == null ? null : q.speaker().span(),
          q.speaker() == null ? null : q.speaker().antecedent(),
          q.cue()));
    }
    return out;
  }
}
