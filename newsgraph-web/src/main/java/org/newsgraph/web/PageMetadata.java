package org.newsgraph.web;

import java.util.List;

/**
 * What a page says about its article, from JSON-LD, Open Graph, other {@code meta} tags and the
 * visible byline; any field may be null (authors empty) when the page does not say.
 *
 * @param title the headline
 * @param authors the people who wrote it
 * @param agencies news agencies named as its authors, e.g. "AP"
 * @param published publication date or date-time, ISO 8601
 * @param siteName the outlet, e.g. "Der Spiegel"
 * @param language ISO 639-1 code
 * @param url the canonical URL
 * @param description the standfirst or summary the page gives
 * @param articleBody the article's text as JSON-LD gives it, which guides the search for the
 *     article in the page (it is often shortened, so it is never used as the text itself)
 */
public record PageMetadata(
    String title,
    List<String> authors,
    List<String> agencies,
    String published,
    String siteName,
    String language,
    String url,
    String description,
    String articleBody) {

  public PageMetadata {
    authors = List.copyOf(authors);
    agencies = List.copyOf(agencies);
  }
}
