package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.credit.CreditReader;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.model.Article;
import org.newsgraph.relevance.OverlapRelevance;
import org.newsgraph.segment.Segmenter;

/** An ordered list of stages, built once and run on many articles. */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** The standard analysis, as the command line, the server and the cluster job run it. */
  public static Pipeline standard() {
    return builder()
        .add(new LanguageIdentifier())
        .add(new Segmenter())
        .add(new CreditReader())
        .add(new OverlapRelevance())
        .build();
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
