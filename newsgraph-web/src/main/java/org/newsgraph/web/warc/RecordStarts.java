package org.newsgraph.web.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where a record may start after a corrupt one, so that the rest of an archive is still read:
 * the next gzip member header in a compressed archive (each record is a member, as Common Crawl
 * writes them), the next {@code WARC/1.} version line in an uncompressed one. A candidate is only a
 * guess; the reader tries it and looks further when it does not parse.
 */
final class RecordStarts {
  private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 8};
  private static final byte[] VERSION_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

  private final SeekableByteChannel channel;
  private final boolean gzip;
  private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

  RecordStarts(SeekableByteChannel channel, boolean gzip) {
    this.channel = channel;
    this.gzip = gzip;
  }

  /** The first candidate at or after {@code from}, or -1 at the end of the archive. */
  long next(long from) throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER : VERSION_LINE;
    // An uncompressed record's version line follows a newline: look one byte back for it.
    long start = gzip ? from : Math.max(0, from - 1);
    long size = channel.size();
    long base = start;
    while (base < size) {
      buffer.clear();
      channel.position(base);
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // fill the buffer
      }
      buffer.flip();
      int limit = buffer.limit();
      for (int i = 0; i + pattern.length <= limit; i++) {
        if (matches(buffer, i, pattern)) {
          long at = base + i + (gzip ? 0 : 1);
          if (at >= from) {
            return at;
          }
        }
      }
      if (limit < pattern.length || base + limit >= size) {
        return -1;
      }
      base += limit - pattern.length + 1; // overlap so that a pattern across the edge is found
    }
    return -1;
  }

  private static boolean matches(ByteBuffer b, int at, byte[] pattern) {
    for (int k = 0; k < pattern.length; k++) {
      if (b.get(at + k) != pattern[k]) {
        return false;
      }
    }
    return true;
  }
}
