package org.newsgraph.web.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;
import org.newsgraph.web.HtmlReader;
import org.newsgraph.web.InputKind;
import org.newsgraph.web.Inputs;
import org.newsgraph.web.OpenedInput;
import org.newsgraph.web.feed.FeedReaderTest;
import org.newsgraph.web.testing.CollectingSink;
import org.newsgraph.web.testing.LocalServer;
import org.newsgraph.web.testing.TestPages;

/** Fetches from a server on 127.0.0.1, so private addresses are allowed except where refusal is tested. */
class UrlFetcherTest {
  private static final FetchOptions LOCAL = FetchOptions.defaults(1_000_000).withAllowPrivate(true);

  private LocalServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private BadInputException failure(FetchOptions options, String url) {
    BadInputException e = assertThrows(BadInputException.class, () -> new UrlFetcher(options).fetch(url));
    assertEquals(url, e.input());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e;
  }

  @Test
  void fetchesAPageWithARealUserAgent() throws Exception {
    server.serve("/a", 200, "text/html; charset=utf-8", TestPages.htmlBytes("varna"));
    FetchedPage page = new UrlFetcher(LOCAL).fetch(server.url("/a"));
    assertEquals(server.url("/a"), page.url());
    assertEquals("text/html; charset=utf-8", page.contentType());
    assertEquals(TestPages.html("varna"), new String(page.body(), StandardCharsets.UTF_8));
    String agent = server.userAgents().get(0);
    assertTrue(agent.matches("newsgraph/\\S+ \\(\\+https://\\S+\\)"), agent);
  }

  @Test
  void followsRedirectsAndReportsWhereItEnded() throws Exception {
    server.serve("/final", 200, "text/html", TestPages.htmlBytes("varna"));
    server.redirect("/two", "/final");
    server.redirect("/one", server.url("/two"));
    List<Article> articles = Inputs.builder(new HtmlReader()).fetchOptions(LOCAL).build().open(server.url("/one")).readAll();
    assertEquals(server.url("/one"), articles.get(0).input(), "the input is the URL as given");
    assertEquals(server.url("/final"), articles.get(0).url(), "the URL is where the page came from");
    assertTrue(articles.get(0).text().contains(TestPages.sentence("varna")));
  }

  @Test
  void givesUpAfterTooManyRedirects() {
    server.redirect("/loop", "/loop");
    assertEquals("too many redirects (more than 3)", failure(LOCAL.withMaxRedirects(3), server.url("/loop")).reason());
    assertEquals(4, server.userAgents().size(), "the first request and three redirects");
  }

  @Test
  void refusesRedirectsToOtherSchemes() {
    server.redirect("/sneaky", "file:///etc/passwd");
    BadInputException e = failure(LOCAL, server.url("/sneaky"));
    assertEquals("refusing file: URL (redirected to file:///etc/passwd), only http and https are fetched", e.reason());
  }

  @Test
  void refusesBodiesOverTheSizeLimitWithOrWithoutALength() {
    byte[] big = new byte[50_000];
    server.serve("/big", 200, "text/html", big);
    server.handle("/chunked", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0); // chunked, no length
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(new byte[1000]);
        }
      } catch (IOException e) {
        // the client hung up, as it should
      }
    });
    FetchOptions small = LOCAL.withMaxBytes(10_000);
    String expected = "response more than 10000 bytes, over the size limit (raise it with --max-bytes)";
    assertEquals(expected, failure(small, server.url("/big")).reason());
    assertEquals(expected, failure(small, server.url("/chunked")).reason());
  }

  @Test
  void anErrorStatusIsOneError() {
    server.serve("/missing", 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.US_ASCII));
    assertEquals("HTTP 404", failure(LOCAL, server.url("/missing")).reason());
    server.redirect("/moved", "/missing");
    assertEquals("HTTP 404 from " + server.url("/missing"), failure(LOCAL, server.url("/moved")).reason());
  }

  @Test
  void aSlowServerTimesOut() {
    server.handle("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LocalServer.respond(exchange, 200, "text/html", TestPages.htmlBytes("varna"));
    });
    long start = System.nanoTime();
    BadInputException e = failure(LOCAL.withReadTimeout(Duration.ofMillis(300)), server.url("/slow"));
    assertEquals("timed out after 0.3 s", e.reason());
    assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up in time");
  }

  @Test
  void refusesPrivateAddressesUnlessAllowed() {
    server.serve("/a", 200, "text/html", TestPages.htmlBytes("varna"));
    FetchOptions strict = FetchOptions.defaults(1_000_000);
    BadInputException e = failure(strict, server.url("/a"));
    assertTrue(e.reason().startsWith("refusing 127.0.0.1: 127.0.0.1 is a loopback, link-local or private address"), e.reason());
    assertTrue(e.reason().endsWith("(allow it with --allow-private)"));
    assertTrue(server.userAgents().isEmpty(), "nothing was requested");
    String localhost = server.url("/a").replace("127.0.0.1", "localhost");
    assertTrue(failure(strict, localhost).reason().startsWith("refusing localhost: "));
  }

  @Test
  void aClosedPortIsOneError() throws IOException {
    String url;
    try (LocalServer closed = new LocalServer()) {
      url = closed.url("/a");
    }
    assertTrue(failure(LOCAL, url).reason().startsWith("cannot connect to 127.0.0.1:"));
  }

  @Test
  void theCharsetOfTheContentTypeIsApplied() throws Exception {
    String page = TestPages.html("gr\u00fcnberg").replace("<meta charset=\"utf-8\">", "");
    server.serve("/latin1", 200, "text/html; charset=ISO-8859-1", page.getBytes(StandardCharsets.ISO_8859_1));
    List<Article> articles = Inputs.builder(new HtmlReader()).fetchOptions(LOCAL).build().open(server.url("/latin1")).readAll();
    assertTrue(articles.get(0).text().contains(TestPages.sentence("gr\u00fcnberg")), articles.get(0).text());
  }

  @Test
  void aFetchedFeedIsReadAsAFeed() throws Exception {
    server.serve("/feed", 200, "application/rss+xml; charset=utf-8", FeedReaderTest.rss().getBytes(StandardCharsets.UTF_8));
    Inputs inputs = Inputs.builder(new HtmlReader()).allowPrivate(true).build();
    CollectingSink sink = new CollectingSink();
    try (OpenedInput opened = inputs.open(server.url("/feed"))) {
      assertEquals(InputKind.FEED, opened.kind());
      opened.read(sink);
    }
    assertEquals(2, sink.articles.size());
    assertEquals(server.url("/feed") + "#item=https://news.example/varna", sink.articles.get(0).input());
  }
}
