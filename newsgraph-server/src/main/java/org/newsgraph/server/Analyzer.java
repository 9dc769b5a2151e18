package org.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.web.HtmlReader;
import org.newsgraph.web.fetch.FetchOptions;
import org.newsgraph.web.fetch.FetchedPage;
import org.newsgraph.web.fetch.UrlFetcher;

/**
 * Turns an API request body ({@code text}, {@code html} or {@code url}, with optional {@code
 * title}, {@code published}, {@code url}) into newsgraph/1 JSON. URLs are fetched with the
 * command line's fetcher, which refuses loopback, link-local and private addresses (no
 * server-side request forgery). At most {@code permits} analyses run at once, so a burst of
 * requests queues instead of filling the heap.
 */
final class Analyzer {
  private final Pipeline pipeline;
  private final long maxBytes;
  private final UrlFetcher fetcher;
  private final Semaphore permits;

  Analyzer(Pipeline pipeline, long maxBytes, int permits) {
    this.pipeline = pipeline;
    this.maxBytes = maxBytes;
    this.fetcher = new UrlFetcher(FetchOptions.defaults(maxBytes));
    this.permits = new Semaphore(permits, true);
  }

  ObjectNode analyze(JsonNode body) {
    if (!body.isObject()) {
      throw new ApiException(400, "the body must be a JSON object with text, html or url");
    }
    String text = string(body, "text");
    String html = string(body, "html");
    String url = string(body, "url");
    int given = (text != null ? 1 : 0) + (html != null ? 1 : 0);
    if (given > 1) {
      throw new ApiException(400, "give one of text and html, not both");
    }
    if (given == 0 && url == null) {
      throw new ApiException(400, "the body needs text, html or url");
    }
    Article read;
    try {
      if (text != null) {
        read = only(new PlainTextReader().read(Source.of("request", text.getBytes(StandardCharsets.UTF_8))));
      } else if (html != null) {
        read = only(htmlReader().read(Source.of("request", html.getBytes(StandardCharsets.UTF_8)), url));
      } else {
        read = fetch(url);
      }
    } catch (BadInputException e) {
      throw new ApiException(400, e.getMessage());
    }
    Article.Builder b = read.toBuilder();
    if (url != null && read.url() == null) {
      b.url(url);
    }
    if (string(body, "title") != null) {
      b.title(string(body, "title"));
    }
    if (string(body, "published") != null) {
      b.published(string(body, "published"));
    }
    return ArticleJson.toTree(run(b.build()));
  }

  private Article fetch(String url) throws BadInputException {
    if (!UrlFetcher.isHttp(url)) {
      throw new ApiException(400, "url: only http and https URLs are fetched");
    }
    FetchedPage page = fetcher.fetch(url);
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    Source source = Source.of(page.url(), page.body());
    return type.startsWith("text/plain") ? only(new PlainTextReader().read(source)) : only(htmlReader().read(source, page.url()));
  }

  private Article run(Article article) {
    try {
      if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
        throw new ApiException(503, "the server is busy analysing; try again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted");
    }
    try {
      return pipeline.run(article);
    } finally {
      permits.release();
    }
  }

  private HtmlReader htmlReader() {
    return new HtmlReader(maxBytes, warning -> {});
  }

  private static Article only(List<Article> read) {
    if (read.isEmpty()) {
      throw new ApiException(400, "no article found in the input");
    }
    return read.get(0);
  }

  private static String string(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ApiException(400, field + ": must be a string");
    }
    return v.asText().isBlank() ? null : v.asText();
  }
}
