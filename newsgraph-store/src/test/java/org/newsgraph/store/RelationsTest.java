package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.events.GdeltEvents;
import org.newsgraph.store.events.Relations;
import org.newsgraph.store.events.RelationsChart;

/** Relations and the GDELT export over events[] written into the JSON as the event stage writes them. */
class RelationsTest {
  @TempDir Path dir;

  private static ObjectNode withEvents(ObjectNode o, Object[]... events) {
    ArrayNode a = o.putArray("events");
    for (Object[] e : events) {
      a.addObject().put("source", (String) e[0]).put("target", (String) e[1]).put("code", (String) e[2]).put("goldstein", (Double) e[3]);
    }
    return o;
  }

  @Test
  void countsEventsEachWayOncePerStoryAndExportsGdeltRows() throws Exception {
    String wire =
        "Russia and Iran signed an agreement on gas deliveries on Monday, officials in Moscow and Tehran said. "
            + "The deal covers supplies over the next ten years and was signed by the two energy ministers in the capital. "
            + "Iran thanked Russia for its support and promised to expand cooperation in other fields next year.";
    ObjectNode original = withEvents(LuceneArticleStoreTest.article("Russia and Iran sign gas deal", wire, "en", "Wire", "2016-03-01"),
        new Object[] {"RUS", "IRN", "057", 8.0}, new Object[] {"IRN", "RUS", "051", 3.4});
    ObjectNode copy = withEvents(LuceneArticleStoreTest.article("Russia, Iran sign gas deal", wire.replace("on Monday", "on Monday night"), "en", "Copy Daily", "2016-03-02"),
        new Object[] {"RUS", "IRN", "057", 8.0});
    ObjectNode later = withEvents(LuceneArticleStoreTest.article("Kremlin criticises Tehran over missile tests",
            "Russia criticised Iran after a series of missile tests, the foreign ministry in Moscow said on Thursday, calling them a threat to stability.",
            "en", "Wire", "2016-05-12"),
        new Object[] {"RUS", "IRN", "111", -2.0}, new Object[] {"RUS", "USA", "043", 2.8});
    // what the coder keeps but does not assert: none of it may count, be exported or be a facet
    ArrayNode kept = (ArrayNode) later.get("events");
    kept.addObject().put("source", "RUS").put("target", "IRN").put("code", "190").put("goldstein", -10.0).put("factuality", "negated");
    kept.addObject().put("source", "RUS").put("target", "CHE").put("code", "0871").put("goldstein", 9.0).put("factuality", "hypothetical");
    ((ObjectNode) kept.get(0)).put("factuality", "asserted");
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (ObjectNode o : List.of(original, copy, later)) {
        store.put(o);
      }
      store.commit(List.of());
      store.groupStories();
      List<Relations.Row> rows = Relations.compute(store, "rus", "IRN", Relations.Period.month);
      assertEquals(List.of("2016-03", "2016-05"), rows.stream().map(r -> r.period).toList());
      Relations.Row march = rows.get(0);
      assertEquals(1, march.ab.events, "the copy's event counts once");
      assertEquals(8.0, march.ab.meanGoldstein());
      assertEquals(1, march.ba.events);
      assertEquals(1.0, march.cooperationShare());
      Relations.Row may = rows.get(1);
      assertEquals(1, may.ab.events);
      assertEquals(0.0, may.cooperationShare());
      assertEquals("111", may.topEvents(3).get(0).code());
      assertEquals(-2.0, may.ab.meanGoldstein(), "the negated attack does not count");
      assertEquals(0, store.search(new SearchRequest(null, null, null, List.of("190"), null, null, null, null, 10, false, 10, true)).total());
      assertEquals(0, store.search(new SearchRequest(null, null, List.of("CHE"), null, null, null, null, null, 10, false, 10, true)).total());
      assertEquals(1, store.search(new SearchRequest(null, null, null, List.of("111"), null, null, null, null, 10, false, 10, true)).total());
      assertEquals(1, Relations.compute(store, "RUS", "IRN", Relations.Period.year).size());
      String svg = RelationsChart.svg(rows, "RUS->IRN", "IRN->RUS");
      assertTrue(svg.startsWith("<svg"));
      List<String> countAxis = java.util.regex.Pattern.compile("text-anchor=\"end\">(\\d+)</text>").matcher(svg).results().map(m -> m.group(1)).toList();
      assertEquals(List.of("0", "1", "2", "3", "4"), countAxis, "whole, distinct steps on the count axis");

      long[] id = {1};
      List<String> gdelt = GdeltEvents.rows(store.get(later.get("id").asText()).orElseThrow(), id);
      assertEquals(2, gdelt.size());
      String[] cols = gdelt.get(0).split("\t", -1);
      assertEquals(61, cols.length);
      assertEquals(GdeltEvents.COLUMNS.size(), cols.length);
      assertEquals("20160512", cols[1]);
      assertEquals("RUS", cols[5]);
      assertEquals("IRN", cols[15]);
      assertEquals("111", cols[26]);
      assertEquals("11", cols[28]);
      assertEquals("-2.0", cols[30]);
    }
  }

  @Test
  void aCountryCoversItsRoles() throws Exception {
    ObjectNode talks = withEvents(LuceneArticleStoreTest.article("Putin calls Rouhani",
            "Russian President Vladimir Putin spoke to Iranian counterpart Hassan Rouhani by phone on Sunday, the Kremlin said.",
            "en", "Wire", "2018-04-15"),
        new Object[] {"RUSGOV", "IRNGOV", "041", 1.0});
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.put(talks);
      store.commit(List.of());
      assertEquals(1, Relations.compute(store, "RUS", "IRN", Relations.Period.year).get(0).ab.events);
      assertEquals(1, Relations.compute(store, "RUSGOV", "IRN", Relations.Period.year).size());
      assertEquals(List.of(), Relations.compute(store, "RUSMIL", "IRN", Relations.Period.year));
    }
  }
}
