package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile requests: oversized and malformed bodies, forged URLs, missing tokens, and what errors reveal. */
class SafetyTest {
  private static ServerFixture server;

  @BeforeAll
  static void start() throws Exception {
    server = new ServerFixture(new NewsServer.Options("127.0.0.1", 0, null, 64 * 1024, 2));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void bodiesOverTheLimitAre413() throws Exception {
    String big = TestCollection.JSON.createObjectNode().put("text", "word ".repeat(20_000)).toString();
    JsonNode error = OpenApi.check("POST", "/api/analyze", server.post("/api/analyze", big));
    assertEquals(413, error.get("status").asInt());
    assertTrue(error.get("error").asText().contains("larger than 65536 bytes"), error.toString());
  }

  @Test
  void chunkedBodiesOverTheLimitAre413Too() throws Exception {
    // No Content-Length: the limit holds while reading.
    HttpURLConnection c = (HttpURLConnection) URI.create(server.base + "/api/analyze").toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setChunkedStreamingMode(4096);
    c.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = c.getOutputStream()) {
      out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 200; i++) {
        out.write("word ".repeat(100).getBytes(StandardCharsets.UTF_8));
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException closedEarly) {
      // the server may answer and close before the whole body is sent
    }
    assertEquals(413, c.getResponseCode());
  }

  @Test
  void badJsonIsAClear400() throws Exception {
    JsonNode error = OpenApi.check("POST", "/api/analyze", server.post("/api/analyze", "{\"text\": \"unterminated"));
    assertEquals(400, error.get("status").asInt());
    assertTrue(error.get("error").asText().startsWith("the body is not valid JSON"), error.toString());
    assertTrue(error.get("error").asText().contains("line 1"), error.toString());
    assertEquals(400, OpenApi.check("POST", "/api/analyze", server.post("/api/analyze", "[1, 2]")).get("status").asInt());
    assertEquals(400, OpenApi.check("POST", "/api/analyze", server.post("/api/analyze", "{\"text\": 42}")).get("status").asInt());
    assertEquals(400, OpenApi.check("POST", "/api/analyze", server.post("/api/analyze", "{}")).get("status").asInt());
    assertEquals(400, OpenApi.check("POST", "/api/analyze", server.post("/api/analyze", "")).get("status").asInt());
  }

  @Test
  void urlAnalysisRefusesLoopbackPrivateAndOtherSchemes() throws Exception {
    for (String url : new String[] {server.base + "/health", "http://localhost:9/", "http://10.1.2.3/", "http://192.168.0.1/admin",
        "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "file:///etc/passwd", "ftp://example.org/x"}) {
      HttpResponse<String> r = server.post("/api/analyze", TestCollection.JSON.createObjectNode().put("url", url).toString());
      JsonNode error = OpenApi.check("POST", "/api/analyze", r);
      assertEquals(400, error.get("status").asInt(), url + ": " + r.body());
      assertFalse(r.body().contains("\"status\":\"ok\""), "the server fetched itself: " + r.body());
    }
  }

  @Test
  void writesNeedTheTokenBeyondLoopback() throws Exception {
    String body = TestCollection.JSON.createObjectNode().put("text", "Token test\n\nA short article about tokens.").toString();
    try (ServerFixture open = new ServerFixture(new NewsServer.Options("0.0.0.0", 0, null, 64 * 1024, 1))) {
      JsonNode refused = OpenApi.check("POST", "/api/articles", open.post("/api/articles", body));
      assertEquals(403, refused.get("status").asInt());
      assertTrue(refused.get("error").asText().contains("--token"), refused.toString());
    }
    try (ServerFixture guarded = new ServerFixture(new NewsServer.Options("0.0.0.0", 0, "s3cret-token", 64 * 1024, 1))) {
      assertEquals(401, OpenApi.check("POST", "/api/articles", guarded.post("/api/articles", body)).get("status").asInt());
      assertEquals(401, OpenApi.check("POST", "/api/articles", guarded.post("/api/articles", body, "Authorization", "Bearer wrong")).get("status").asInt());
      HttpResponse<String> stored = guarded.post("/api/articles", body, "Authorization", "Bearer s3cret-token");
      OpenApi.check("POST", "/api/articles", stored);
      assertEquals(201, stored.statusCode());
      // Reading and analysing stay open.
      assertEquals(200, guarded.get("/api/articles?q=tokens").statusCode());
    }
  }

  @Test
  void errorsNeverLeakStackTraces() throws Exception {
    HttpResponse<?>[] responses = {
      server.get("/api/articles?q=" + java.net.URLEncoder.encode("title:(unclosed AND", StandardCharsets.UTF_8)),
      server.get("/api/articles?page=abc"),
      server.get("/api/articles?from=yesterday"),
      server.get("/api/articles/..%2F..%2Fetc%2Fpasswd"),
      server.get("/api/entities/notAnId"),
      server.get("/api/relations?a=RUS"),
      server.get("/api/nothing-here"),
      server.post("/api/analyze", "{\"html\": 5}"),
    };
    for (HttpResponse<?> r : responses) {
      String body = String.valueOf(r.body());
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.uri() + " -> " + r.statusCode() + " " + body);
      JsonNode error = TestCollection.JSON.readTree(body);
      assertEquals(r.statusCode(), error.get("status").asInt(), body);
      assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("org.newsgraph") || body.contains("io.javalin"), "leaks internals: " + body);
    }
  }

  @Test
  void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
    for (String path : new String[] {"/", "/app.js", "/app.css", "/api/articles?size=1", "/api/nothing-here"}) {
      HttpResponse<String> r = server.get(path);
      assertTrue(r.statusCode() == 200 || path.contains("nothing"), path + " -> " + r.statusCode());
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval") && csp.contains("object-src 'none'"), path + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
  }

  @Test
  void theChartLibraryComesFromTheJar() throws Exception {
    HttpResponse<String> r = server.get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().length() > 100_000);
    String index = server.get("/").body();
    assertTrue(index.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"), "the page loads the chart library from the server");
    assertFalse(index.contains("//cdn") || index.contains("https://"), "no script from elsewhere");
  }
}
