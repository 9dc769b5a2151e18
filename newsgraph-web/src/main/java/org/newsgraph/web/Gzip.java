package org.newsgraph.web;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.newsgraph.read.BadInputException;

/**
 * Gzip recognised by its magic bytes and decompressed under a size limit, so that a small file that
 * expands to gigabytes is refused rather than read. Broken or truncated data is a one-line error.
 */
public final class Gzip {
  private Gzip() {}

  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** The whole decompressed content (all members), refused when larger than {@code maxBytes}. */
  public static byte[] gunzip(String input, byte[] compressed, long maxBytes) throws BadInputException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new BadInputException(
            input,
            "decompresses to more than " + maxBytes + " bytes, over the size limit (raise it with --max-bytes)");
      }
      return bytes;
    } catch (IOException e) {
      throw broken(input, e);
    }
  }

  /**
   * Up to {@code n} decompressed bytes from the start of a gzip stream whose first bytes are
   * {@code compressedHead}; fewer when the head ends first (it may be only the start of a file) or
   * when the data breaks after some bytes came out (a later record of an archive may be corrupt).
   *
   * @throws BadInputException when not one byte can be decompressed
   */
  public static byte[] head(String input, byte[] compressedHead, int n) throws BadInputException {
    byte[] out = new byte[n];
    int filled = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressedHead), 8192)) {
      while (filled < n) {
        int r = in.read(out, filled, n - filled);
        if (r < 0) {
          break;
        }
        filled += r;
      }
    } catch (IOException e) {
      if (filled == 0 && !(e instanceof EOFException)) {
        throw broken(input, e);
      }
      // the head was cut off, or broke, here: what came before is all there is to sniff
    }
    return Arrays.copyOf(out, filled);
  }

  static BadInputException broken(String input, IOException e) {
    String reason;
    if (e instanceof EOFException) {
      reason = "truncated";
    } else if (e instanceof ZipException && e.getMessage() != null) {
      reason = e.getMessage();
    } else {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return new BadInputException(input, "broken gzip: " + reason);
  }
}
