package org.newsgraph.eval.extraction;

import java.util.List;
import org.newsgraph.eval.extraction.ExtractionDataset.Page;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;
import org.newsgraph.web.HtmlReader;

/** newsgraph's HTML reader; the body is {@link Article#body()}: lead, body and subheadings. */
public final class NewsgraphExtractor implements Extractor {
  private final HtmlReader reader = new HtmlReader();

  @Override
  public String name() {
    return "newsgraph";
  }

  @Override
  public String body(Page page) {
    try {
      List<Article> articles = reader.read(Source.of(page.id(), page.html()), page.url());
      return articles.isEmpty() ? "" : articles.get(0).body();
    } catch (BadInputException e) {
      return "";
    }
  }
}
