package org.newsgraph.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code DATA/rejects.jsonl}: one JSON object a line for each input or record that could not be
 * stored, with the reason. A record is written once: the log remembers the (input key, position)
 * pairs it holds, so that a resumed or repeated ingest does not write it again.
 */
public final class RejectLog implements AutoCloseable {
  public static final String FILE = "rejects.jsonl";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final Set<String> known = new HashSet<>();
  private final BufferedWriter out;

  public RejectLog(Path data) throws IOException {
    this.file = data.resolve(FILE);
    Files.createDirectories(data);
    if (Files.exists(file)) {
      repairLastLine();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        try {
          JsonNode o = MAPPER.readTree(line);
          known.add(o.path("key").asText() + "#" + o.path("position").asLong());
        } catch (IOException e) {
          // a torn line from a crash: ignored
        }
      }
    }
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** A crash may leave a line without its end: end it, so the next record starts on its own line. */
  private void repairLastLine() throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long len = raf.length();
      if (len > 0) {
        raf.seek(len - 1);
        if (raf.read() != '\n') {
          raf.seek(len);
          raf.write('\n');
        }
      }
    }
  }

  public Path file() {
    return file;
  }

  /** Writes the reject unless this (key, position) is already in the log; returns whether it wrote. */
  public synchronized boolean reject(String key, long position, String name, String reason) throws IOException {
    if (!known.add(key + "#" + position)) {
      return false;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("input", name);
    o.put("position", position);
    o.put("reason", reason);
    o.put("key", key);
    o.put("time", Instant.now().toString());
    out.write(o.toString());
    out.write('\n');
    out.flush();
    return true;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
