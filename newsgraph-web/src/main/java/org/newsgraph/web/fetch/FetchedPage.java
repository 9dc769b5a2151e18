package org.newsgraph.web.fetch;

/**
 * A successful response.
 *
 * @param url where the body came from, after redirects
 * @param contentType the Content-Type header, or null
 * @param body the body, at most the size limit
 */
public record FetchedPage(String url, String contentType, byte[] body) {}
