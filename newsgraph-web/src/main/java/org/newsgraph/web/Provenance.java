package org.newsgraph.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;

/**
 * What a container knows about a document it holds (a feed about its item, an archive or an HTTP
 * response about its page), applied to the article that the document's reader made. The input name
 * and the URL the document was fetched from are facts and win; the date, title and authors fill in
 * what the page itself did not say.
 *
 * @param input the article's input name, e.g. {@code crawl.warc.gz#offset=1234}
 * @param url the address the document was fetched from or links to, or null
 * @param published ISO 8601 date or date-time, or null
 * @param title the headline the container gives, or null
 * @param authors names the container gives, possibly none
 */
public record Provenance(String input, String url, String published, String title, List<String> authors) {
  public Provenance {
    authors = List.copyOf(authors);
  }

  public static Provenance of(String input) {
    return new Provenance(input, null, null, null, List.of());
  }

  public Article applyTo(Article article) {
    Article.Builder b = article.toBuilder().input(input);
    if (url != null) {
      b.url(url);
    }
    if (article.published() == null && published != null) {
      b.published(published);
    }
    if (article.title() == null && title != null && !title.isBlank()) {
      b.title(title.strip());
    }
    if (!authors.isEmpty()) {
      Credit c = article.credit();
      Set<String> names = new LinkedHashSet<>(c.authors());
      names.addAll(authors);
      b.credit(new Credit(c.outlet(), List.copyOf(names), c.agencies()));
    }
    return b.build();
  }
}
