package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.SearchResult;
import org.newsgraph.store.events.Relations;

/**
 * {@code newsgraph serve}: the REST API (documented in {@code openapi.json}) and the web page over
 * one store, on one port. Everything that comes from articles is data to the page, never markup:
 * the page renders it as text, and a Content-Security-Policy forbids inline and foreign scripts.
 */
public final class NewsServer implements AutoCloseable {
  /** Where the server listens and what it accepts. {@code token} null: no token. */
  public record Options(String host, int port, String token, long maxBodyBytes, int analysisThreads) {
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;

    public static Options local(int port) {
      return new Options("127.0.0.1", port, null, DEFAULT_MAX_BODY_BYTES, Runtime.getRuntime().availableProcessors());
    }
  }

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]{0,11}");
  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{2,24}");
  private static final int MAX_PAGE_SIZE = 50;
  private static final int MAX_PAGE = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LuceneArticleStore store;
  private final Analyzer analyzer;
  private final Options options;
  private final boolean loopback;
  private final Metrics metrics = new Metrics();
  private final Map<String, String> entityNames = new ConcurrentHashMap<>();
  private final Javalin app;

  public NewsServer(LuceneArticleStore store, Pipeline pipeline, Options options) {
    this.store = store;
    this.options = options;
    this.loopback = isLoopback(options.host());
    this.analyzer = new Analyzer(pipeline, options.maxBodyBytes(), Math.max(1, options.analysisThreads()));
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/org/newsgraph/server/public";
        s.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.requestLogger.http((ctx, millis) -> metrics.record(ctx.method().name(), route(ctx), ctx.statusCode(), millis / 1000.0));
    });
    routes();
  }

  /** Starts listening; returns the port (the one chosen when the options asked for 0). */
  public int start() {
    app.start(options.host(), options.port());
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    app.get("/health", ctx -> json(ctx, JSON.createObjectNode().put("status", "ok").put("articles", store.count())));
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.text(store.count())));
    app.get("/openapi.json", ctx -> {
      try (InputStream in = NewsServer.class.getResourceAsStream("openapi.json")) {
        ctx.contentType("application/json").result(in.readAllBytes());
      }
    });
    app.post("/api/analyze", ctx -> json(ctx, analyzer.analyze(body(ctx))));
    app.post("/api/articles", this::store);
    app.get("/api/articles", this::search);
    app.get("/api/articles/{id}", ctx -> json(ctx, store.get(id(ctx.pathParam("id"), ARTICLE_ID, "article id"))
        .orElseThrow(() -> new ApiException(404, "no article " + ctx.pathParam("id")))));
    app.get("/api/entities/{kb}", this::entity);
    app.get("/api/stories/{id}", this::story);
    app.get("/api/relations", this::relations);

    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      // The client learns only that it failed; the operator sees what happened.
      System.err.println("newsgraph serve: " + ctx.method() + " " + ctx.path() + ": " + e);
      error(ctx, 500, "internal error");
    });
    app.error(404, ctx -> {
      // Keep the message of an ApiException; give everything else (unknown paths) a JSON error too.
      if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
        error(ctx, 404, "not found: " + ctx.path());
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
  }

  private void store(Context ctx) throws IOException {
    checkToken(ctx);
    ObjectNode article = analyzer.analyze(body(ctx));
    synchronized (store) {
      store.put(article);
      store.commit(List.of());
    }
    ctx.status(201);
    json(ctx, article);
  }

  private void checkToken(Context ctx) {
    if (options.token() == null) {
      if (!loopback) {
        throw new ApiException(403, "writing is off: the server listens beyond loopback without --token");
      }
      return;
    }
    String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    byte[] expected = ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "this endpoint needs the header Authorization: Bearer TOKEN (the server's --token)");
    }
  }

  private void search(Context ctx) throws IOException {
    int size = intParam(ctx, "size", 10, 1, MAX_PAGE_SIZE);
    int page = intParam(ctx, "page", 1, 1, MAX_PAGE);
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    boolean byDate = "date".equals(ctx.queryParam("sort")) || q.isEmpty();
    SearchRequest request =
        new SearchRequest(
            q, values(ctx, "entity", QID), values(ctx, "actor", ACTOR), values(ctx, "event", Pattern.compile("[0-9]{2,4}")),
            ctx.queryParams("outlet"), values(ctx, "lang", Pattern.compile("[a-z]{2,3}")), date(ctx, "from"), date(ctx, "to"),
            page * size, byDate, 12, true);
    SearchResult result;
    try {
      result = store.search(request);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "q: " + e.getMessage());
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", result.total()).put("page", page).put("size", size).put("millis", result.millis());
    ArrayNode hits = out.putArray("hits");
    for (SearchResult.Hit h : result.hits().subList(Math.min(result.hits().size(), (page - 1) * size), result.hits().size())) {
      ObjectNode hit = hits.addObject();
      hit.put("id", h.id()).put("title", h.title()).put("published", h.published()).put("outlet", h.outlet())
          .put("language", h.language()).put("url", h.url()).put("story", h.story()).put("duplicateOf", h.duplicateOf())
          .put("score", h.score());
      hit.set("snippet", Snippets.parts(h.snippet()));
    }
    ObjectNode facets = out.putObject("facets");
    ObjectNode labels = out.putObject("labels");
    result.facets().forEach((field, values) -> {
      ArrayNode f = facets.putArray(field);
      for (SearchResult.FacetValue v : values) {
        f.addObject().put("value", v.value()).put("count", v.count());
        if ("entity".equals(field)) {
          entityName(v.value()).ifPresent(name -> labels.put(v.value(), name));
        }
      }
    });
    for (String e : request.entities()) {
      entityName(e).ifPresent(name -> labels.put(e, name));
    }
    json(ctx, out);
  }

  /** The name articles give an entity most often, among a few that mention it; remembered. */
  private Optional<String> entityName(String kb) {
    String known = entityNames.get(kb);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      SearchResult r = store.search(new SearchRequest("", List.of(kb), null, null, null, null, null, null, 5, false, 0, false));
      Map<String, Integer> names = new java.util.HashMap<>();
      for (SearchResult.Hit hit : r.hits()) {
        for (JsonNode e : store.get(hit.id()).map(a -> a.path("entities")).orElse(JSON.createArrayNode())) {
          if (kb.equals(e.path("kb").asText(null))) {
            names.merge(e.path("name").asText(), 1, Integer::sum);
          }
        }
      }
      Optional<String> name =
          names.entrySet().stream()
              .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
              .map(Map.Entry::getKey);
      if (name.isPresent() && entityNames.size() < 100_000) {
        entityNames.put(kb, name.get());
      }
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void entity(Context ctx) throws IOException {
    String kb = id(ctx.pathParam("kb"), QID, "Wikidata id");
    EntityProfile profile = new EntityProfile(kb);
    int[] seen = {0};
    store.forEachMatching("entity:" + kb, a -> {
      if (seen[0]++ < EntityProfile.MAX_ARTICLES) {
        profile.add(a);
      }
    });
    if (profile.isEmpty()) {
      throw new ApiException(404, "no article mentions " + kb);
    }
    json(ctx, profile.json());
  }

  private void story(Context ctx) throws IOException {
    String id = id(ctx.pathParam("id"), ARTICLE_ID, "story id");
    List<ObjectNode> members = new ArrayList<>();
    for (ObjectNode a : store.story(id)) {
      ObjectNode m = JSON.createObjectNode();
      m.put("id", a.path("id").asText()).put("title", a.path("title").asText(null))
          .put("published", a.path("published").asText(null)).put("outlet", a.path("credit").path("outlet").asText(null))
          .put("duplicateOf", a.path("duplicateOf").asText(null));
      members.add(m);
    }
    if (members.isEmpty()) {
      throw new ApiException(404, "no story " + id);
    }
    members.sort((x, y) -> x.path("published").asText("").compareTo(y.path("published").asText("")));
    ObjectNode out = JSON.createObjectNode().put("id", id).put("size", members.size());
    out.putArray("articles").addAll(members);
    json(ctx, out);
  }

  private void relations(Context ctx) throws IOException {
    String a = id(Optional.ofNullable(ctx.queryParam("a")).orElse(""), ACTOR, "a (an actor code such as RUS)").toUpperCase(Locale.ROOT);
    String b = id(Optional.ofNullable(ctx.queryParam("b")).orElse(""), ACTOR, "b (an actor code such as IRN)").toUpperCase(Locale.ROOT);
    Relations.Period by = RelationsView.period(Optional.ofNullable(ctx.queryParam("by")).orElse("month"));
    json(ctx, RelationsView.json(a, b, by, Relations.compute(store, a, b, by)));
  }

  /** The request body as JSON, at most {@code maxBodyBytes} long whatever the headers say. */
  private JsonNode body(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > options.maxBodyBytes()) {
      throw new ApiException(413, "the body is larger than " + options.maxBodyBytes() + " bytes");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes.write(buffer, 0, n);
        if (bytes.size() > options.maxBodyBytes()) {
          throw new ApiException(413, "the body is larger than " + options.maxBodyBytes() + " bytes");
        }
      }
    }
    if (bytes.size() == 0) {
      throw new ApiException(400, "the body is empty; send a JSON object such as {\"text\": \"...\"}");
    }
    try {
      return JSON.readTree(bytes.toByteArray());
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "the body is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  private static List<String> values(Context ctx, String name, Pattern valid) {
    List<String> values = ctx.queryParams(name);
    for (String v : values) {
      id(v, valid, name);
    }
    return values;
  }

  private static String id(String value, Pattern valid, String what) {
    if (!valid.matcher(value).matches()) {
      throw new ApiException(400, what + ": not a valid value: " + abbreviate(value));
    }
    return value;
  }

  private static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(400, name + ": a date as YYYY-MM-DD, not " + abbreviate(v));
    }
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new ApiException(400, name + ": between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + ": a whole number, not " + abbreviate(v));
    }
  }

  private static String abbreviate(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "..." : v;
  }

  private static void json(Context ctx, JsonNode node) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(node));
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json; charset=utf-8");
    ctx.result("{\"error\":" + JSON.getNodeFactory().textNode(message == null ? "error" : message) + ",\"status\":" + status + "}");
  }

  /** The route a request matched, for the metrics: its template, not the path (ids would explode them). */
  private static String route(Context ctx) {
    String path;
    try {
      path = ctx.endpointHandlerPath();
    } catch (IllegalStateException e) {
      // Javalin serves static files (and finds that nothing matches) in its before phase.
      return ctx.statusCode() == 404 ? "unmatched" : "static";
    }
    if (path == null || path.isEmpty() || "*".equals(path)) {
      return ctx.statusCode() == 404 ? "unmatched" : "static";
    }
    return path;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host: " + host);
    }
  }
}
