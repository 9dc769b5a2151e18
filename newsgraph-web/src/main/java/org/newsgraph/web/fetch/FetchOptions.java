package org.newsgraph.web.fetch;

import java.time.Duration;

/**
 * How {@link UrlFetcher} fetches.
 *
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest wait for one response, headers and body, on each hop
 * @param maxBytes the largest body taken; a larger one is refused
 * @param maxRedirects how many redirects are followed before giving up
 * @param allowPrivate whether loopback, link-local and private addresses may be fetched (tests,
 *     intranets); without it they are refused, before the first request and after each redirect
 */
public record FetchOptions(
    Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects, boolean allowPrivate) {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  public static FetchOptions defaults(long maxBytes) {
    return new FetchOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, maxBytes, DEFAULT_MAX_REDIRECTS, false);
  }

  public FetchOptions withAllowPrivate(boolean allow) {
    return new FetchOptions(connectTimeout, readTimeout, maxBytes, maxRedirects, allow);
  }

  public FetchOptions withReadTimeout(Duration timeout) {
    return new FetchOptions(connectTimeout, timeout, maxBytes, maxRedirects, allowPrivate);
  }

  public FetchOptions withMaxRedirects(int max) {
    return new FetchOptions(connectTimeout, readTimeout, maxBytes, max, allowPrivate);
  }

  public FetchOptions withMaxBytes(long max) {
    return new FetchOptions(connectTimeout, readTimeout, max, maxRedirects, allowPrivate);
  }
}
