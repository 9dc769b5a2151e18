package org.newsgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.FieldMapping;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.Source;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.ingest.IngestProgress;
import org.newsgraph.store.ingest.Ingester;
import org.newsgraph.store.ingest.RejectLog;
import org.newsgraph.testing.SharedData;

/**
 * The store the server tests run against, built once per test JVM: real articles (every 60th of
 * the first 1,800 lines of the English corpus, and the two example articles) ingested with the
 * standard pipeline, plus two fixtures the tests need and the current pipeline cannot produce:
 * articles with coded events (the event coder is a later stage; the events are written here, in
 * the shape docs/schema.md gives) and an article whose title, text and entity carry script
 * payloads.
 */
final class TestCollection {
  static final String PAYLOAD_TITLE = "<script>window.__pwned = 'title'</script>Hostile <img src=x onerror=\"window.__pwned='img'\">";
  static final String PAYLOAD_NAME = "<img src=x onerror=\"window.__pwned='entity'\">Evil Corp";
  static final String EVENT_A = "RUS";
  static final String EVENT_B = "IRN";

  private static TestCollection instance;

  final Path data;
  final LuceneArticleStore store;
  final Pipeline pipeline = Pipeline.standard();
  final String hostileId;
  final List<String> eventArticleIds = new ArrayList<>();

  private TestCollection(Path data) throws IOException, InterruptedException {
    this.data = data;
    Path corpus = SharedData.require("data/corpus/world-news-en.jsonl.gz");
    Path examples = SharedData.require("examples");
    Path sample = data.resolve("sample.jsonl");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      String line;
      for (int i = 0; i < 1_800 && (line = in.readLine()) != null; i++) {
        if (i % 60 == 0) {
          lines.add(line);
        }
      }
      Files.write(sample, lines);
    }
    store = LuceneArticleStore.open(data.resolve("store"));
    try (RejectLog rejects = new RejectLog(data.resolve("store"))) {
      Inputs.Expansion inputs =
          Inputs.standard(FieldMapping.DEFAULT, Source.DEFAULT_MAX_BYTES, List.of())
              .expand(List.of(sample.toString(), examples.resolve("black-sea-grain-en.txt").toString(), examples.resolve("sahel-mission-de.txt").toString()));
      new Ingester(store, pipeline::run, rejects, new Ingester.Options(2, 60_000, 5_000, true), IngestProgress.NONE).run(inputs);
    }
    hostileId = putHostile();
    putEventArticles();
    store.commit(List.of());
  }

  static synchronized TestCollection get() throws IOException, InterruptedException {
    if (instance == null) {
      instance = new TestCollection(Files.createTempDirectory("newsgraph-server-test"));
    }
    return instance;
  }

  private String putHostile() throws IOException {
    String text = PAYLOAD_TITLE + "\n\nThe company " + PAYLOAD_NAME + " said on Monday that <script>window.__pwned='text'</script> it would "
        + "\"<b onmouseover=alert(1)>never</b> stop\", its chief said.\n\nSource: example.org";
    Article read = Article.builder(text).input("hostile.txt").reader("text").published("2024-05-02").build();
    ObjectNode a = ArticleJson.toTree(pipeline.run(read));
    a.put("title", PAYLOAD_TITLE);
    int start = text.indexOf(PAYLOAD_NAME);
    ArrayNode entities = a.withArray("entities");
    ObjectNode evil = entities.addObject();
    evil.put("id", "e" + (entities.size()))
        .put("name", PAYLOAD_NAME).put("type", "ORGANIZATION").put("kb", "Q999999999").put("actor", (String) null).put("salience", 0.5);
    evil.putArray("mentions").addObject().put("start", start).put("end", start + PAYLOAD_NAME.length()).put("text", PAYLOAD_NAME);
    ArrayNode facts = a.putArray("facts");
    facts.addObject().put("text", "<script>window.__pwned='fact'</script>A fact").put("source", "javascript:window.__pwned='link'")
        .put("asOf", (String) null).put("relevance", 0.5).putNull("contradiction").putArray("about").add("Q999999999");
    store.put(a);
    return a.path("id").asText();
  }

  /** Three articles in three months in which Russia and Iran meet, with events coded as an event coder would. */
  private void putEventArticles() throws IOException {
    String[][] stories = {
      {"2024-01-15", "Russia and Iran sign a grain agreement in Tehran",
        "Russia signed an agreement with Iran on Monday to supply grain through the Caspian Sea, the two governments said.", "057", "4.0", "1"},
      {"2024-02-20", "Iran accuses Russia of delaying deliveries",
        "Iran accused Russia on Tuesday of delaying the promised deliveries, officials in Tehran said.", "112", "-2.0", "3"},
      {"2024-03-05", "Russia and Iran hold talks on gas prices in Moscow",
        "Russia met Iran in Moscow on Wednesday for talks on gas prices, the foreign ministry said.", "036", "4.0", "1"},
    };
    for (String[] s : stories) {
      String text = s[1] + "\n\n" + s[2] + "\n\nSource: example.org, Test Desk";
      Article read = Article.builder(text).input("events.txt").reader("text").published(s[0]).build();
      ObjectNode a = ArticleJson.toTree(pipeline.run(read));
      int start = text.indexOf(s[2]);
      boolean iranActs = s[1].startsWith("Iran");
      ObjectNode e = a.putArray("events").addObject();
      e.put("source", iranActs ? EVENT_B : EVENT_A).put("target", iranActs ? EVENT_A : EVENT_B).put("code", s[3])
          .put("goldstein", Double.parseDouble(s[4])).put("quadClass", Integer.parseInt(s[5]))
          .put("start", start).put("end", start + s[2].length()).put("text", s[2])
          .putNull("sourceEntity").putNull("targetEntity").putNull("cue").putNull("cueStart").putNull("cueEnd")
          .put("factuality", "asserted");
      store.put(a);
      eventArticleIds.add(a.path("id").asText());
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();
}
