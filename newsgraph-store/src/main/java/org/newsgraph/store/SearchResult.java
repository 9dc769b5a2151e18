package org.newsgraph.store;

import java.util.List;
import java.util.Map;

/** Hits in order, how many matched in all, and the facet counts over all that matched. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, double millis) {
  /** One article found. {@code snippet} marks matches as {@code <b>...</b>} (the rest HTML-escaped). */
  public record Hit(
      String id, String published, String outlet, String language, String title, String url, float score,
      String snippet, String story, String duplicateOf) {}

  public record FacetValue(String value, long count) {}
}
