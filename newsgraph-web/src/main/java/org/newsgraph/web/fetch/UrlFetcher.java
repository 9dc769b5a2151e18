package org.newsgraph.web.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsgraph.read.BadInputException;
import org.newsgraph.web.OneLine;

/**
 * Fetches an http or https URL with {@link HttpClient}: a connect timeout, a timeout for each
 * response, a size limit, redirects followed by hand up to a bound so that every hop is checked
 * (http or https only, and with {@link AddressPolicy} unless private addresses are allowed), a real
 * User-Agent. Every failure is a {@link BadInputException} naming the URL as given.
 *
 * <p>The address check resolves the host before the request and the client resolves it again to
 * connect, so a DNS answer that changes in between (rebinding) is not caught; the check guards
 * against URLs and redirects that name private hosts, not against a hostile DNS server.
 */
public final class UrlFetcher {
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,"
          + "text/plain;q=0.8,*/*;q=0.5";

  private final FetchOptions options;
  private final HttpClient client;
  private final String userAgent = UserAgent.value();

  public UrlFetcher(FetchOptions options) {
    this.options = options;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Whether the input names an http or https URL. */
  public static boolean isHttp(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  public FetchedPage fetch(String input) throws BadInputException {
    URI uri = parse(input, input);
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      check(input, uri);
      HttpResponse<byte[]> response = send(input, uri);
      int status = response.statusCode();
      if (isRedirect(status)) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new BadInputException(input, "HTTP " + status + " redirect without a Location");
        }
        uri = uri.resolve(parse(input, location.get().strip()));
        continue;
      }
      if (status < 200 || status > 299) {
        throw new BadInputException(input, "HTTP " + status + (uri.toString().equals(input) ? "" : " from " + uri));
      }
      if (status == 204) {
        throw new BadInputException(input, "HTTP 204, no content");
      }
      return new FetchedPage(uri.toString(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }
    throw new BadInputException(input, "too many redirects (more than " + options.maxRedirects() + ")");
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI parse(String input, String url) throws BadInputException {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new BadInputException(input, "not a valid URL: " + OneLine.of(e));
    }
  }

  /** The scheme must be http(s) and the host public unless allowed otherwise. */
  private void check(String input, URI uri) throws BadInputException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String where = uri.toString().equals(input) ? "" : " (redirected to " + uri + ")";
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BadInputException(
          input, "refusing " + (scheme.isEmpty() ? "a URL without a scheme" : scheme + ": URL") + where
              + ", only http and https are fetched");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new BadInputException(input, "URL without a host" + where);
    }
    if (options.allowPrivate()) {
      return;
    }
    try {
      String refusal = AddressPolicy.refusal(uri.getHost());
      if (refusal != null) {
        throw new BadInputException(input, refusal + where);
      }
    } catch (UnknownHostException e) {
      throw new BadInputException(input, "unknown host " + uri.getHost() + where);
    }
  }

  private HttpResponse<byte[]> send(String input, URI uri) throws BadInputException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(options.readTimeout())
            .header("User-Agent", userAgent)
            .header("Accept", ACCEPT)
            .header("Accept-Encoding", "identity")
            .build();
    long limit = options.maxBytes();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request,
            info -> {
              if (info.statusCode() < 200 || info.statusCode() > 299) {
                return LimitedBody.discarding();
              }
              OptionalLong length = info.headers().firstValueAsLong("Content-Length");
              if (length.isPresent() && length.getAsLong() > limit) {
                return LimitedBody.refusing(limit);
              }
              return new LimitedBody(limit);
            });
    long waitMillis = options.connectTimeout().toMillis() + options.readTimeout().toMillis();
    long start = System.nanoTime();
    try {
      return future.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(input);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new BadInputException(input, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof LimitedBody.TooLarge) {
        throw new BadInputException(
            input, "response " + cause.getMessage() + ", over the size limit (raise it with --max-bytes)");
      }
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      if (cause instanceof HttpConnectTimeoutException && elapsedMillis < options.readTimeout().toMillis()) {
        // (the client also reports a response timeout during connection set-up this way)
        throw new BadInputException(input, "connection timed out after " + seconds(options.connectTimeout().toMillis()));
      }
      if (cause instanceof HttpTimeoutException) {
        throw timedOut(input);
      }
      if (cause instanceof ConnectException) {
        throw new BadInputException(input, "cannot connect to " + uri.getAuthority() + ": connection refused");
      }
      if (cause instanceof IOException) {
        throw new BadInputException(input, "cannot fetch: " + OneLine.of(cause));
      }
      throw new BadInputException(input, "cannot fetch: " + OneLine.of(cause));
    }
  }

  private BadInputException timedOut(String input) {
    return new BadInputException(input, "timed out after " + seconds(options.readTimeout().toMillis()));
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
