package org.newsgraph.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes WARC archives for tests, record by record, as Common Crawl writes CC-NEWS (one gzip
 * member a record when compressed), and remembers each record's offset. Raw bytes can be put
 * between records to make an archive corrupt.
 */
public final class TestWarc {
  public static final Instant DATE = Instant.parse("2024-05-14T08:15:30Z");

  private final boolean gzip;
  private final MessageVersion version;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Long> offsets = new ArrayList<>();

  public TestWarc(boolean gzip, MessageVersion version) {
    this.gzip = gzip;
    this.version = version;
  }

  /** The offset of each record and raw chunk, in the order written. */
  public List<Long> offsets() {
    return offsets;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  /** Adds raw bytes (corruption); returns their offset. */
  public long raw(byte[] bytes) {
    long at = out.size();
    offsets.add(at);
    out.writeBytes(bytes);
    return at;
  }

  /** Adds a record; returns its offset. */
  public long record(WarcRecord record) {
    return raw(encode(record));
  }

  /** A record as {@link #record} would add it, without adding it. */
  public byte[] encode(WarcRecord record) {
    try {
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      try (WarcWriter writer = new WarcWriter(Channels.newChannel(one), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
        writer.write(record);
      }
      return one.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long warcinfo() {
    return record(new Warcinfo.Builder().version(version).date(DATE).filename("test.warc")
        .fields(Map.of("software", List.of("newsgraph tests"))).build());
  }

  public long request(String url) {
    byte[] http = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
        + "\r\nUser-Agent: test\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return record(new WarcRequest.Builder(url).version(version).date(DATE).body(MediaType.HTTP_REQUEST, http).build());
  }

  public long metadata(String url) {
    return record(new WarcMetadata.Builder().version(version).date(DATE).targetURI(url)
        .body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII)).build());
  }

  /** A response record: status line, Content-Type and the payload. */
  public long response(String url, int status, String contentType, byte[] payload) {
    return record(response(url, status, contentType, payload, version));
  }

  public static WarcResponse response(String url, int status, String contentType, byte[] payload, MessageVersion version) {
    return response(url, status, contentType, payload, version, "");
  }

  public static WarcResponse response(
      String url, int status, String contentType, byte[] payload, MessageVersion version, String extraHeaders) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Other") + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + payload.length + "\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII));
    http.writeBytes(payload);
    return new WarcResponse.Builder(url).version(version).date(DATE).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
  }

  public long html(String url, String topic) {
    return response(url, 200, "text/html; charset=utf-8", TestPages.htmlBytes(topic));
  }
}
