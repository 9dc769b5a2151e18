package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The journal key of a local file: its absolute path, size and modification time. */
public final class FileKey {
  private FileKey() {}

  public static String of(String kind, Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    BasicFileAttributes attrs = Files.readAttributes(abs, BasicFileAttributes.class);
    return kind + ":" + abs + "|" + attrs.size() + "|" + attrs.lastModifiedTime().toMillis();
  }
}
