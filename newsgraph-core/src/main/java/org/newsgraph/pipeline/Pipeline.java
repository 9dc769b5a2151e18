package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.credit.CreditReader;
import org.newsgraph.enrich.FactSelection;
import org.newsgraph.entity.EntityGrouping;
import org.newsgraph.entity.EntityLinker;
import org.newsgraph.entity.EntityLinking;
import org.newsgraph.entity.EntityRecognition;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.event.EventCoder;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.model.Article;
import org.newsgraph.quote.QuoteStage;
import org.newsgraph.relevance.OverlapRelevance;
import org.newsgraph.relevance.TextEmbedder;
import org.newsgraph.relevance.TopicRelevance;
import org.newsgraph.segment.Segmenter;
import org.newsgraph.tone.ToneStage;

/** An ordered list of stages, built once and run on many articles. */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * The standard analysis, as the command line, the server and the cluster job run it. Entities are
   * recognised with the recognizers installed on the class path (newsgraph-corenlp's for English
   * and German, see {@link RecognizerProvider#installed()}); without one they are left out.
   */
  public static Pipeline standard() {
    return standard(RecognizerProvider.installed());
  }

  /**
   * The standard analysis with the given entity recognizers; {@link RecognizerProvider#NONE} leaves
   * entities out, for measurements that do not need them (and with them events). Events come
   * after quotes, so that the coder knows which words are quoted speech.
   */
  public static Pipeline standard(RecognizerProvider recognizers) {
    return standard(recognizers, EntityLinker.installed());
  }

  /** The standard analysis with the given recognizers and entity linker (another knowledge base). */
  public static Pipeline standard(RecognizerProvider recognizers, EntityLinker linker) {
    return builder()
        .add(new LanguageIdentifier())
        .add(new Segmenter())
        .add(new CreditReader())
        .add(new EntityRecognition(recognizers))
        .add(new EntityGrouping())
        .add(new EntityLinking(linker))
        .add(relevance(TextEmbedder.installed()))
        .add(new QuoteStage())
        .add(new EventCoder())
        .add(new ToneStage()) // after relevance: off-topic paragraphs carry no tone
        .add(new FactSelection()) // last: it reads entities, links and events
        .build();
  }

  /**
   * The topic model where an embedder is installed (newsgraph-embed); without one, the word overlap
   * that came before it.
   */
  private static Stage relevance(TextEmbedder embedder) {
    return embedder == null ? new OverlapRelevance() : new TopicRelevance(embedder);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Article run(Article article) {
    Article a = article;
    for (Stage stage : stages) {
      a = stage.apply(a);
    }
    return a;
  }

  public List<Stage> stages() {
    return stages;
  }

  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    public Builder add(Stage stage) {
      stages.add(stage);
      return this;
    }

    public Pipeline build() {
      return new Pipeline(stages);
    }
  }
}
