package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A search: a query in Lucene syntax (empty for all articles) over {@code title}, {@code body} and
 * the keyword fields {@code id, lang, outlet, entity, actor, event, agency, story, url}, plus
 * filters; each list filter matches any of its values.
 */
public record SearchRequest(
    String query,
    List<String> entities,
    List<String> actors,
    List<String> events,
    List<String> outlets,
    List<String> languages,
    LocalDate from,
    LocalDate to,
    int limit,
    boolean sortByDate,
    int facetValues,
    boolean highlight) {
  public SearchRequest {
    entities = entities == null ? List.of() : List.copyOf(entities);
    actors = actors == null ? List.of() : List.copyOf(actors);
    events = events == null ? List.of() : List.copyOf(events);
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, 10, false, 10, true);
  }

  public SearchRequest withLimit(int limit) {
    return new SearchRequest(query, entities, actors, events, outlets, languages, from, to, limit, sortByDate, facetValues, highlight);
  }
}
