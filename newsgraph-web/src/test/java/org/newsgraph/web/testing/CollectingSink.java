package org.newsgraph.web.testing;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.web.ArticleSink;

/** Keeps what a reader reports, for assertions; warnings and summaries as "name: line". */
public final class CollectingSink implements ArticleSink {
  public final List<Article> articles = new ArrayList<>();
  public final List<String> warnings = new ArrayList<>();
  public final List<String> summaries = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void warning(String part, String reason) {
    warnings.add(part + ": " + reason);
  }

  @Override
  public void summary(String input, String line) {
    summaries.add(input + ": " + line);
  }
}
