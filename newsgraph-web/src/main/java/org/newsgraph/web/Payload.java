package org.newsgraph.web;

/**
 * One document's bytes as they arrived, with what the transport said about them.
 *
 * @param input the name to report, as the user gave it (a path, "-", a URL)
 * @param bytes the content, at most the size limit
 * @param contentType the HTTP Content-Type when the bytes were fetched, else null
 * @param url the address the bytes were fetched from (after redirects), else null
 */
public record Payload(String input, byte[] bytes, String contentType, String url) {
  public static Payload of(String input, byte[] bytes) {
    return new Payload(input, bytes, null, null);
  }

  public Payload withBytes(byte[] other) {
    return new Payload(input, other, contentType, url);
  }
}
