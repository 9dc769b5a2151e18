package org.newsgraph.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.newsgraph.read.BadInputException;

/** Recognises gzip data by its magic bytes and inflates it, up to a size limit. */
public final class Gzip {
  private Gzip() {}

  /** Whether the bytes start with gzip's magic number, 1f 8b. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * The inflated bytes. Data that is not valid gzip is refused; data that stops short (a download
   * cut off) gives what could be inflated, with a warning, as long as that is not nothing.
   *
   * @param maxBytes the most inflated bytes accepted; more is refused, so a small file that
   *     inflates to gigabytes cannot exhaust memory
   */
  public static byte[] inflate(String input, byte[] gzip, long maxBytes, Consumer<String> warnings)
      throws BadInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, Math.min(gzip.length * 6, 1 << 24)));
    byte[] buffer = new byte[64 * 1024];
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), buffer.length)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + (long) n > maxBytes) {
          throw new BadInputException(
              input, "inflates to more than " + maxBytes + " bytes, over the size limit (raise it with --max-bytes)");
        }
        out.write(buffer, 0, n);
      }
    } catch (EOFException e) {
      if (out.size() == 0) {
        throw new BadInputException(input, "gzip data is truncated before any content");
      }
      warnings.accept(input + ": gzip data is truncated; reading the " + out.size() + " bytes that are there");
    } catch (IOException e) {
      if (out.size() == 0) {
        throw new BadInputException(input, "not valid gzip data (" + e.getMessage() + ")");
      }
      warnings.accept(input + ": gzip data is damaged after " + out.size() + " bytes (" + e.getMessage() + "); reading those");
    }
    return out.toByteArray();
  }
}
