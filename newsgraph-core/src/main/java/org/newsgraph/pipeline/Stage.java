package org.newsgraph.pipeline;

import org.newsgraph.model.Article;

/**
 * One step of the analysis: a pure function of the article and of read-only resources that the
 * stage loaded when it was built. Stages are shared across threads and articles.
 */
@FunctionalInterface
public interface Stage {
  Article apply(Article article);
}
