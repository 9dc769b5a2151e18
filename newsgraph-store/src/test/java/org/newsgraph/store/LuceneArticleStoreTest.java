package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.segment.Segmenter;
import org.newsgraph.testing.SchemaCheck;

/** Search with filters and facets, query syntax, German analysis, and what a commit makes durable. */
class LuceneArticleStoreTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pipeline SEGMENT = Pipeline.builder().add(new Segmenter()).build();

  @TempDir Path dir;

  static ObjectNode article(String title, String body, String lang, String outlet, String date) {
    Article a =
        Article.builder(title + "\n\n" + body)
            .title(title)
            .language(lang)
            .published(date)
            .credit(new Credit(outlet, List.of(), List.of("AP")))
            .reader("test")
            .build();
    return ArticleJson.toTree(SEGMENT.run(a));
  }

  /** Entities and events as later stages will add them (the store reads them where present). */
  static ObjectNode withEvents(ObjectNode o, String entity, String source, String target, String code) {
    o.putArray("entities").addObject().put("id", entity);
    ObjectNode e = o.putArray("events").addObject();
    e.put("source", source);
    e.put("target", target);
    e.put("code", code);
    return o;
  }

  private List<ObjectNode> corpus() {
    List<ObjectNode> all = new ArrayList<>();
    all.add(withEvents(article("Russia and Iran sign energy deal", "Moscow and Tehran agreed on gas deliveries, officials said on Monday.", "en", "Daily Planet", "2016-03-01"), "Q159", "RUS", "IRN", "057"));
    all.add(withEvents(article("Kremlin warns Tehran over missile tests", "Russia criticised Iran after a series of missile tests, the foreign ministry said.", "en", "Evening Star", "2017-05-10"), "Q159", "RUS", "IRN", "111"));
    all.add(withEvents(article("Harbour reopens after storm", "The northern quay reopened on Friday, the port authority said.", "en", "Daily Planet", "2016-03-02"), "Q1055", "DEU", "DEU", "020"));
    all.add(article("Soldaten kehren aus Mali zurück", "Die Bundeswehr holt ihre Soldaten aus Mali zurück, teilte das Ministerium mit.", "de", "Tagesblatt", "2018-01-15"));
    all.add(article("Undated note on shipping", "Shipping rates rose again, brokers said.", "en", null, null));
    return all;
  }

  @Test
  void searchesWithQuerySyntaxFiltersAndFacets() throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (ObjectNode a : corpus()) {
        store.put(a);
      }
      store.commit(List.of());
      assertEquals(5, store.count());

      SearchResult r = store.search(SearchRequest.of("iran"));
      assertEquals(2, r.total());
      assertTrue(r.hits().get(0).snippet().contains("<b>Iran</b>") || r.hits().get(1).snippet().contains("<b>Iran</b>"));
      Map<String, Long> outlets = facet(r, "outlet");
      assertEquals(Map.of("Daily Planet", 1L, "Evening Star", 1L), outlets);
      assertEquals(Map.of("2016", 1L, "2017", 1L), facet(r, "year"));
      assertEquals(Map.of("RUS", 2L, "IRN", 2L), facet(r, "actor"));

      // filters
      assertEquals(1, search(store, "iran", b -> new SearchRequest(b.query(), null, null, null, List.of("daily planet"), null, null, null, 10, false, 10, true)).total());
      assertEquals(2, search(store, "", b -> new SearchRequest(null, List.of("Q159"), null, null, null, null, null, null, 10, false, 10, true)).total());
      assertEquals(3, search(store, "", b -> new SearchRequest(null, null, List.of("rus", "DEU"), null, null, null, null, null, 10, false, 10, true)).total());
      assertEquals(1, search(store, "", b -> new SearchRequest(null, null, null, List.of("111"), null, null, null, null, 10, false, 10, true)).total());
      assertEquals(1, search(store, "", b -> new SearchRequest(null, null, null, null, null, List.of("de"), null, null, 10, false, 10, true)).total());
      assertEquals(2, search(store, "", b -> new SearchRequest(null, null, null, null, null, null, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), 10, false, 10, true)).total());

      // syntax: fields, phrases, dates, boolean operators
      assertEquals(1, store.search(SearchRequest.of("title:kremlin")).total());
      assertEquals(0, store.search(SearchRequest.of("title:moscow")).total());
      assertEquals(1, store.search(SearchRequest.of("\"gas deliveries\"")).total());
      assertEquals(2, store.search(SearchRequest.of("date:2016")).total());
      assertEquals(1, store.search(SearchRequest.of("date:[2017-01-01 TO 2018-01-01]")).total());
      assertEquals(3, store.search(SearchRequest.of("iran OR harbour")).total());
      assertEquals(1, store.search(SearchRequest.of("iran -missile")).total());
      assertEquals(2, store.search(SearchRequest.of("actor:RUS")).total());
      assertEquals(5, store.search(SearchRequest.of("")).total());
      // English stemming, German analysis
      assertEquals(1, store.search(SearchRequest.of("reopening")).total());
      assertEquals(1, store.search(SearchRequest.of("soldat")).total());
      assertEquals(1, store.search(SearchRequest.of("ministerium")).total());
      assertThrows(IllegalArgumentException.class, () -> store.search(SearchRequest.of("title:(")));
      // sorted by date, newest first; the limit
      SearchResult byDate = store.search(new SearchRequest(null, null, null, null, null, null, null, null, 2, true, 0, false));
      assertEquals(List.of("2018-01-15", "2017-05-10"), byDate.hits().stream().map(SearchResult.Hit::published).toList());
    }
  }

  private static SearchResult search(ArticleStore store, String q, java.util.function.UnaryOperator<SearchRequest> f) throws IOException {
    return store.search(f.apply(SearchRequest.of(q)));
  }

  private static Map<String, Long> facet(SearchResult r, String dim) {
    return r.facets().getOrDefault(dim, List.of()).stream()
        .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
  }

  @Test
  void onlyCommittedArticlesAndJournalSurviveAndTheyCommitTogether() throws IOException {
    List<ObjectNode> all = corpus();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.put(all.get(0));
      store.commit(List.of(new JournalEntry("k", "input.jsonl", 1, false)));
      store.put(all.get(1));
      assertTrue(store.contains(all.get(1).get("id").asText()), "seen since open");
      // closed without commit, as a crash would leave it
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertEquals(1, store.count());
      assertFalse(store.contains(all.get(1).get("id").asText()));
      assertEquals(new JournalEntry("k", "input.jsonl", 1, false), store.journal("k").orElseThrow());
      store.put(all.get(1));
      store.put(all.get(1)); // the same id again replaces, never doubles
      store.commit(List.of(new JournalEntry("k", "input.jsonl", 2, true)));
      assertEquals(2, store.count());
      assertEquals(new JournalEntry("k", "input.jsonl", 2, true), store.journal("k").orElseThrow());
      // a reader sees the store, the journal is not counted as articles
      try (LuceneArticleStore reader = LuceneArticleStore.openReadOnly(dir)) {
        assertEquals(2, reader.count());
        assertEquals(1, reader.journalEntries().size());
      }
    }
  }

  @Test
  void readingAMissingStoreSaysHowToMakeOne() {
    IOException e = assertThrows(IOException.class, () -> LuceneArticleStore.openReadOnly(dir.resolve("none")));
    assertTrue(e.getMessage().contains("newsgraph ingest"), e.getMessage());
  }

  @Test
  void storiesMarkNearCopiesAndGroupRewritesAndTheJsonStaysValid() throws IOException {
    String wire =
        "The central bank raised its key interest rate by half a percentage point on Thursday, the largest increase in two decades, "
            + "as policymakers tried to curb inflation that has climbed to its highest level since the early 1980s. "
            + "The governor said further increases were likely in the coming months if prices kept rising at the current pace. "
            + "Markets had expected the move, and stocks rose modestly after the announcement in the capital.";
    ObjectNode original = article("Central bank raises rates by half a point", wire, "en", "Wire One", "2022-05-05");
    ObjectNode copy = article("Central bank lifts rates by half a point", wire.replace("on Thursday", "on Thursday afternoon").replace("modestly", "slightly"), "en", "Town Paper", "2022-05-06");
    ObjectNode rewrite =
        article(
            "Central bank raises key interest rate as inflation climbs",
            "Policymakers at the central bank raised the key interest rate by half a percentage point, the biggest increase in two decades, "
                + "to curb inflation at its highest level since the 1980s. The governor expects further rate increases in the coming months.",
            "en", "Other Daily", "2022-05-06");
    ObjectNode unrelated = article("Harbour reopens after storm", "The northern quay reopened on Friday, two days after a storm tore loose three mooring posts, the port authority said.", "en", "Coast News", "2022-05-06");
    ObjectNode late = article("Central bank lifts rates by half a point", wire, "en", "Late Paper", "2022-09-01");
    String[] topics = {
      "The city council approved a new budget for public libraries after a long debate about opening hours.",
      "Heavy snow closed mountain passes and delayed trains across the northern region for a second day.",
      "The football club signed a young striker from a rival team in a deal worth several million euros.",
      "Researchers reported a new species of frog discovered in the rainforest during a survey last year.",
      "The airline cancelled dozens of flights as cabin crews went on strike over pay and working hours.",
      "Farmers protested against lower milk prices by driving tractors through the centre of the capital.",
      "A court sentenced two men for a series of burglaries in the suburbs over the past winter.",
      "The museum opened an exhibition of early photographs of the harbour and its fishing fleet."
    };
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (ObjectNode a : List.of(original, copy, rewrite, unrelated)) {
        store.put(a);
      }
      for (int i = 0; i < topics.length; i++) {
        store.put(article("Local news " + i, topics[i], "en", "Filler", "2022-05-0" + (1 + i % 9)));
      }
      store.commit(List.of());
      ArticleStore.StoryReport report = store.groupStories();
      assertEquals(4 + topics.length, report.placed());
      String o = original.get("id").asText();
      ObjectNode c = store.get(copy.get("id").asText()).orElseThrow();
      assertEquals(o, c.get("duplicateOf").asText());
      assertEquals(o, c.get("story").asText());
      ObjectNode r = store.get(rewrite.get("id").asText()).orElseThrow();
      assertTrue(r.get("duplicateOf").isNull());
      assertEquals(o, r.get("story").asText(), "a rewrite joins the story");
      ObjectNode u = store.get(unrelated.get("id").asText()).orElseThrow();
      assertEquals(unrelated.get("id").asText(), u.get("story").asText());
      for (ObjectNode a : List.of(c, r, u)) {
        SchemaCheck.assertValid(MAPPER.writeValueAsString(a));
      }
      // a later ingest places only the new article; months later a copy starts a story of its own
      store.put(late);
      store.commit(List.of());
      assertEquals(1, store.groupStories().placed());
      ObjectNode l = store.get(late.get("id").asText()).orElseThrow();
      assertEquals(late.get("id").asText(), l.get("story").asText());
      assertEquals(0, store.groupStories().placed());
    }
  }
}
