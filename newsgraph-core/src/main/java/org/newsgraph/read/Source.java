package org.newsgraph.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where input comes from: a name to report, and its bytes read up to a size limit. */
public final class Source {
  /** The default size limit; a larger input is refused with a message naming the option. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final String name;
  private final byte[] bytes;

  private Source(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  public static Source of(String name, byte[] bytes) {
    return new Source(name, bytes);
  }

  public static Source file(Path path, long maxBytes) throws BadInputException {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new BadInputException(name, "is a directory");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(name, size, maxBytes);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new Source(name, readUpTo(name, in, maxBytes));
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, "no such file");
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage());
    }
  }

  public static Source stream(String name, InputStream in, long maxBytes) throws BadInputException {
    try {
      return new Source(name, readUpTo(name, new BufferedInputStream(in), maxBytes));
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage());
    }
  }

  private static byte[] readUpTo(String name, InputStream in, long maxBytes)
      throws IOException, BadInputException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw tooLarge(name, -1, maxBytes);
    }
    return bytes;
  }

  private static BadInputException tooLarge(String name, long size, long maxBytes) {
    String actual = size < 0 ? "more than " + maxBytes : String.valueOf(size);
    return new BadInputException(
        name, actual + " bytes is over the size limit of " + maxBytes + " (raise it with --max-bytes)");
  }

  public String name() {
    return name;
  }

  public byte[] bytes() {
    return bytes;
  }
}
