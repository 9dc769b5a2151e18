package org.newsgraph.eval.extraction;

import java.nio.charset.StandardCharsets;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.newsgraph.eval.extraction.ExtractionDataset.Page;

/**
 * The baseline: Readability4J, a port of Mozilla's Readability.js, whose text content is what the
 * benchmark scores for Readability.js. It takes a string, so the page is decoded as UTF-8 first
 * (the benchmark's pages are UTF-8, and the benchmark reads them so); that decoding is counted
 * in its time, as charset detection is counted in newsgraph's.
 */
public final class Readability4JExtractor implements Extractor {
  @Override
  public String name() {
    return "Readability4J";
  }

  @Override
  public String body(Page page) {
    String html = new String(page.html(), StandardCharsets.UTF_8);
    String url = page.url() == null ? "https://example.com/" : page.url();
    try {
      Article article = new Readability4J(url, html).parse();
      String text = article.getTextContent();
      return text == null ? "" : text;
    } catch (RuntimeException e) {
      return "";
    }
  }
}
