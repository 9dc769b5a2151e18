package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

/** The REST API over a store of real articles; every response is checked against the OpenAPI file. */
class ApiTest {
  private static ServerFixture server;

  @BeforeAll
  static void start() throws Exception {
    server = ServerFixture.local();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void healthCountsTheStoredArticles() throws Exception {
    JsonNode health = OpenApi.check("GET", "/health", server.get("/health"));
    assertEquals(server.collection.store.count(), health.get("articles").asLong());
    assertTrue(health.get("articles").asLong() >= 30, "the test store holds the sample: " + health);
  }

  @Test
  void searchFindsHighlightsFacetsAndPages() throws Exception {
    JsonNode all = OpenApi.check("GET", "/api/articles", server.get("/api/articles?size=5"));
    assertEquals(server.collection.store.count(), all.get("total").asLong());
    assertEquals(5, all.get("hits").size());
    assertTrue(all.get("facets").has("lang") && all.get("facets").has("outlet"), "facets: " + all.get("facets"));
    String word = firstLongWord(all.get("hits").get(0).get("title").asText());
    JsonNode found = OpenApi.check("GET", "/api/articles", server.get("/api/articles?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
    assertTrue(found.get("total").asLong() >= 1, "a word of a stored title finds its article: " + word);
    boolean marked = false;
    for (JsonNode part : found.get("hits").get(0).get("snippet")) {
      if (part.get("match").asBoolean()) {
        marked = true;
        assertTrue(part.get("text").asText().toLowerCase().contains(word.toLowerCase().substring(0, 4)), "the match is the word: " + part);
      }
    }
    assertTrue(marked, "the snippet marks the match: " + found.get("hits").get(0));
    Set<String> first = ids(OpenApi.check("GET", "/api/articles", server.get("/api/articles?size=10&page=1")));
    Set<String> second = ids(OpenApi.check("GET", "/api/articles", server.get("/api/articles?size=10&page=2")));
    assertEquals(10, second.size());
    second.retainAll(first);
    assertTrue(second.isEmpty(), "pages do not overlap: " + second);
  }

  @Test
  void filtersNarrowTheSearch() throws Exception {
    JsonNode de = OpenApi.check("GET", "/api/articles", server.get("/api/articles?lang=de"));
    assertTrue(de.get("total").asLong() >= 1, "the German example is stored");
    de.get("hits").forEach(h -> assertEquals("de", h.get("language").asText()));
    JsonNode january = OpenApi.check("GET", "/api/articles", server.get("/api/articles?from=2024-01-01&to=2024-01-31"));
    assertTrue(january.get("hits").size() >= 1);
    january.get("hits").forEach(h -> assertTrue(h.get("published").asText().startsWith("2024-01"), h.toString()));
  }

  @Test
  void articlesAreNewsgraphOne() throws Exception {
    String id = OpenApi.check("GET", "/api/articles", server.get("/api/articles?lang=en&q=grain")).get("hits").get(0).get("id").asText();
    var response = server.get("/api/articles/" + id);
    JsonNode article = OpenApi.check("GET", "/api/articles/{id}", response);
    SchemaCheck.assertValid(response.body());
    assertEquals(id, article.get("id").asText());
    JsonNode missing = OpenApi.check("GET", "/api/articles/{id}", server.get("/api/articles/" + "0".repeat(32)));
    assertEquals(404, missing.get("status").asInt());
    assertEquals("no article " + "0".repeat(32), missing.get("error").asText());
  }

  @Test
  void entityPageAggregatesMentionsAndCoMentions() throws Exception {
    JsonNode facets = OpenApi.check("GET", "/api/articles", server.get("/api/articles?size=1")).get("facets");
    assertTrue(facets.has("entity"), "linked entities in the store: " + facets);
    String kb = facets.get("entity").get(0).get("value").asText();
    long articles = facets.get("entity").get(0).get("count").asLong();
    JsonNode entity = OpenApi.check("GET", "/api/entities/{kb}", server.get("/api/entities/" + kb));
    assertEquals(kb, entity.get("kb").asText());
    assertEquals(articles, entity.get("articles").asLong(), "every article that mentions it");
    int dated = 0;
    for (JsonNode m : entity.get("mentionsOverTime")) {
      dated += m.get("articles").asInt();
      assertTrue(m.get("mentions").asInt() >= m.get("articles").asInt());
    }
    assertEquals(articles, dated + entity.get("undatedArticles").asLong());
    entity.get("coMentioned").forEach(c -> assertNotEquals(kb, c.get("kb").asText()));
    assertEquals(404, OpenApi.check("GET", "/api/entities/{kb}", server.get("/api/entities/Q1999999999")).get("status").asInt());
  }

  @Test
  void quotesOfAnEntityAreItsOwn() throws Exception {
    // The example article quotes a named speaker; when the speaker is linked, its page lists the quote.
    var hits = OpenApi.check("GET", "/api/articles", server.get("/api/articles?q=" + URLEncoder.encode("Aksoy", StandardCharsets.UTF_8))).get("hits");
    assertTrue(hits.size() >= 1);
    JsonNode article = TestCollection.JSON.readTree(server.get("/api/articles/" + hits.get(0).get("id").asText()).body());
    for (JsonNode q : article.path("quotes")) {
      String entityId = q.path("speaker").path("entity").asText(null);
      for (JsonNode e : article.path("entities")) {
        if (e.get("id").asText().equals(entityId) && e.hasNonNull("kb")) {
          JsonNode profile = OpenApi.check("GET", "/api/entities/{kb}", server.get("/api/entities/" + e.get("kb").asText()));
          boolean listed = false;
          for (JsonNode pq : profile.get("quotes")) {
            listed |= pq.get("text").asText().equals(q.get("text").asText());
          }
          assertTrue(listed, "the quote is listed on its speaker's page: " + q.get("text"));
        }
      }
    }
  }

  @Test
  void storiesListTheirArticles() throws Exception {
    JsonNode hit = null;
    for (JsonNode h : OpenApi.check("GET", "/api/articles", server.get("/api/articles?size=50")).get("hits")) {
      if (!h.get("story").isNull()) {
        hit = h;
      }
    }
    assertTrue(hit != null, "the ingest grouped stories");
    String story = hit.get("story").asText();
    JsonNode s = OpenApi.check("GET", "/api/stories/{id}", server.get("/api/stories/" + story));
    boolean member = false;
    for (JsonNode a : s.get("articles")) {
      member |= a.get("id").asText().equals(hit.get("id").asText());
    }
    assertTrue(member, "the story holds the article it was named from");
  }

  @Test
  void relationsCountEventsEachWayPerMonth() throws Exception {
    JsonNode r = OpenApi.check("GET", "/api/relations", server.get("/api/relations?a=rus&b=IRN&by=month"));
    assertEquals("RUS->IRN", r.get("ab").asText());
    assertEquals(3, r.get("rows").size(), r.toString());
    JsonNode february = r.get("rows").get(1);
    assertEquals("2024-02", february.get("period").asText());
    assertEquals("2024-02-01", february.get("from").asText());
    assertEquals("2024-02-29", february.get("to").asText());
    assertEquals(0, february.get("ab").get("events").asInt());
    assertEquals(1, february.get("ba").get("events").asInt());
    assertEquals(-2.0, february.get("ba").get("goldstein").asDouble());
    JsonNode byYear = OpenApi.check("GET", "/api/relations", server.get("/api/relations?a=RUS&b=IRN&by=year"));
    assertEquals(1, byYear.get("rows").size());
    assertEquals(2, byYear.get("rows").get(0).get("ab").get("events").asInt());
    assertEquals(0, OpenApi.check("GET", "/api/relations", server.get("/api/relations?a=USA&b=CHN")).get("rows").size());
    assertEquals(400, OpenApi.check("GET", "/api/relations", server.get("/api/relations?a=RUS&b=IRN&by=decade")).get("status").asInt());
  }

  @Test
  void analyzeReturnsTheAnalysisAndStoresNothing() throws Exception {
    long before = server.collection.store.count();
    String text = Files.readString(SharedData.require("examples/black-sea-grain-en.txt"));
    var response = server.post("/api/analyze", TestCollection.JSON.createObjectNode().put("text", text).put("title", "Given title").toString());
    JsonNode a = OpenApi.check("POST", "/api/analyze", response);
    SchemaCheck.assertValid(response.body());
    assertEquals("Given title", a.get("title").asText());
    assertTrue(a.get("entities").size() > 3, "entities found");
    assertTrue(a.get("quotes").size() > 0, "quotes found");
    String html = "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens after storm</h1>"
        + "<p>The northern quay of the harbour reopened on Friday, two days after a storm, the port authority said.</p>"
        + "<p>Ferries to the islands resume their timetable on Monday, said Mara Quist of the port authority.</p></article></body></html>";
    var fromHtml = server.post("/api/analyze", TestCollection.JSON.createObjectNode().put("html", html).put("url", "https://example.org/harbour").toString());
    JsonNode h = OpenApi.check("POST", "/api/analyze", fromHtml);
    SchemaCheck.assertValid(fromHtml.body());
    assertEquals("html", h.get("reader").asText());
    assertEquals("https://example.org/harbour", h.get("url").asText());
    assertTrue(h.get("body").asText().contains("northern quay"));
    assertEquals(before, server.collection.store.count());
  }

  @Test
  void storingAnArticleMakesItSearchable() throws Exception {
    String text = "Lighthouse keepers strike in Brittany\n\nLighthouse keepers on the coast of Brittany went on strike on Thursday "
        + "over pay, their union said.";
    var response = server.post("/api/articles", TestCollection.JSON.createObjectNode().put("text", text).put("published", "2024-06-06").toString());
    JsonNode a = OpenApi.check("POST", "/api/articles", response);
    assertEquals(201, response.statusCode());
    JsonNode found = OpenApi.check("GET", "/api/articles", server.get("/api/articles?q=lighthouse"));
    assertEquals(a.get("id").asText(), found.get("hits").get(0).get("id").asText());
  }

  @Test
  void metricsArePrometheusText() throws Exception {
    server.get("/api/articles?q=grain");
    var response = server.get("/metrics");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String text = response.body();
    Matcher count = Pattern.compile("(?m)^newsgraph_http_requests_total\\{method=\"GET\",route=\"/api/articles\",status=\"200\"} (\\d+)$").matcher(text);
    assertTrue(count.find(), text);
    assertTrue(Long.parseLong(count.group(1)) >= 1);
    assertTrue(text.contains("newsgraph_articles_stored " + server.collection.store.count() + "\n"), text);
    assertTrue(text.contains("newsgraph_http_request_duration_seconds_bucket{route=\"/api/articles\",le=\"+Inf\"}"), text);
    for (String line : text.split("\n")) {
      assertTrue(line.startsWith("#") || line.matches("[a-z_]+(\\{.*})? [0-9.eE+-]+"), "not exposition format: " + line);
    }
  }

  @Test
  void theOpenApiFileIsServed() throws Exception {
    var response = server.get("/openapi.json");
    assertEquals(200, response.statusCode());
    JsonNode spec = TestCollection.JSON.readTree(response.body());
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    for (String path : new String[] {"/api/analyze", "/api/articles", "/api/articles/{id}", "/api/entities/{kb}", "/api/stories/{id}", "/api/relations", "/health", "/metrics"}) {
      assertTrue(spec.get("paths").has(path), path);
    }
  }

  private static Set<String> ids(JsonNode result) {
    Set<String> ids = new HashSet<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static String firstLongWord(String title) {
    for (String w : title.split("[^\\p{L}]+")) {
      if (w.length() >= 6) {
        return w;
      }
    }
    return title.split("\\s+")[0];
  }
}
