package org.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the store says about one entity (a Wikidata id): its names, how often articles mention it
 * per month, the entities named beside it, and the quotes whose speaker it is. Built from the
 * stored JSON of the articles that mention it (the first {@link #MAX_ARTICLES} in index order).
 */
final class EntityProfile {
  static final int MAX_ARTICLES = 5_000;
  private static final int TOP = 20;

  private final String kb;
  private final Map<String, Integer> names = new HashMap<>();
  private final Map<String, Integer> types = new HashMap<>();
  private final Map<String, Integer> actors = new HashMap<>();
  private final TreeMap<String, int[]> months = new TreeMap<>();
  private final Map<String, int[]> coMentioned = new HashMap<>();
  private final Map<String, String> coNames = new HashMap<>();
  private final List<ObjectNode> quotes = new ArrayList<>();
  private final List<ObjectNode> articles = new ArrayList<>();
  private int undated;

  EntityProfile(String kb) {
    this.kb = kb;
  }

  /** Adds one article that mentions the entity. */
  void add(JsonNode article) {
    JsonNode self = null;
    for (JsonNode e : article.path("entities")) {
      if (kb.equals(e.path("kb").asText(null))) {
        self = e;
        break;
      }
    }
    if (self == null) {
      return;
    }
    count(names, self.path("name").asText());
    count(types, self.path("type").asText());
    if (self.hasNonNull("actor")) {
      count(actors, self.path("actor").asText());
    }
    String published = article.path("published").asText("");
    int mentions = self.path("mentions").size();
    if (published.matches("\\d{4}-\\d{2}.*")) {
      int[] m = months.computeIfAbsent(published.substring(0, 7), k -> new int[2]);
      m[0]++;
      m[1] += mentions;
    } else {
      undated++;
    }
    for (JsonNode e : article.path("entities")) {
      String other = e.path("kb").asText(null);
      if (other != null && !other.equals(kb)) {
        coMentioned.computeIfAbsent(other, k -> new int[1])[0]++;
        coNames.putIfAbsent(other, e.path("name").asText());
      }
    }
    String selfId = self.path("id").asText();
    for (JsonNode q : article.path("quotes")) {
      if (selfId.equals(q.path("speaker").path("entity").asText(null))) {
        ObjectNode quote = JsonNodeFactory.instance.objectNode();
        quote.put("text", q.path("text").asText()).put("direct", q.path("direct").asBoolean());
        quote.put("article", article.path("id").asText()).put("title", article.path("title").asText(null));
        quote.put("published", article.path("published").asText(null));
        quotes.add(quote);
      }
    }
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("id", article.path("id").asText()).put("title", article.path("title").asText(null))
        .put("published", article.path("published").asText(null))
        .put("outlet", article.path("credit").path("outlet").asText(null)).put("mentions", mentions);
    articles.add(a);
  }

  boolean isEmpty() {
    return articles.isEmpty();
  }

  ObjectNode json() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("kb", kb).put("name", mostCommon(names)).put("type", mostCommon(types)).put("actor", mostCommon(actors));
    out.put("articles", articles.size()).put("undatedArticles", undated);
    var names = out.putArray("names");
    this.names.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> names.add(e.getKey()));
    var overTime = out.putArray("mentionsOverTime");
    months.forEach((month, m) -> overTime.addObject().put("period", month).put("articles", m[0]).put("mentions", m[1]));
    var co = out.putArray("coMentioned");
    coMentioned.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(TOP)
        .forEach(e -> co.addObject().put("kb", e.getKey()).put("name", coNames.get(e.getKey())).put("articles", e.getValue()[0]));
    var q = out.putArray("quotes");
    quotes.stream().sorted(byPublishedDesc()).limit(50).forEach(q::add);
    var recent = out.putArray("recentArticles");
    articles.stream().sorted(byPublishedDesc()).limit(TOP).forEach(recent::add);
    return out;
  }

  private static Comparator<ObjectNode> byPublishedDesc() {
    return Comparator.comparing((ObjectNode o) -> o.path("published").asText("")).reversed();
  }

  private static void count(Map<String, Integer> counts, String v) {
    if (v != null && !v.isBlank()) {
      counts.merge(v, 1, Integer::sum);
    }
  }

  private static String mostCommon(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }
}
