package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;

/**
 * A JSON Lines file ({@code .jsonl}, {@code .ndjson}, optionally gzip-compressed): one article a
 * line. The position of a record is its line number less one; blank lines hold no record.
 */
public final class JsonLinesSource implements ArticleSource {
  public static final String READER = "jsonl";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final FieldMapping fields;
  private final long maxBytes;
  private final String key;

  public JsonLinesSource(Path file, FieldMapping fields, long maxBytes) throws IOException {
    this.file = file;
    this.fields = fields;
    this.maxBytes = maxBytes;
    this.key = FileKey.of("jsonl", file) + "|" + fields;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String name() {
    return file.toString();
  }

  /** Counts the lines that are not blank: one pass over the (decompressed) bytes. */
  @Override
  public long count() throws IOException {
    long n = 0;
    boolean blank = true;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = open()) {
      for (int r; (r = in.read(buffer)) > 0; ) {
        for (int i = 0; i < r; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            n += blank ? 0 : 1;
            blank = true;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            blank = false;
          }
        }
      }
    }
    return n + (blank ? 0 : 1);
  }

  private InputStream open() throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return isGzip(file) ? new GZIPInputStream(raw, 1 << 16) : new java.io.BufferedInputStream(raw, 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  @Override
  public void read(long from, RecordSink sink) throws IOException, InterruptedException {
    try (InputStream in = open();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      long position = 0;
      for (String line; (line = lines.readLine()) != null; position++) {
        if (position < from || line.isBlank()) {
          continue;
        }
        sink.accept(record(position, line));
      }
    }
  }

  SourceRecord record(long position, String line) {
    String name = file + ":" + (position + 1);
    if (line.length() > maxBytes) {
      return SourceRecord.rejected(position, name, "record of " + line.length() + " characters is over the size limit of " + maxBytes);
    }
    JsonNode o;
    try {
      o = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return SourceRecord.rejected(position, name, "not valid JSON: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      return SourceRecord.rejected(position, name, "not a JSON object");
    }
    String text = string(o, fields.text());
    if (text == null || text.isBlank()) {
      return SourceRecord.rejected(position, name, "no text in field '" + fields.text() + "'");
    }
    Article article =
        Article.builder(text)
            .input(name)
            .reader(READER)
            .title(blankToNull(string(o, fields.title())))
            .url(blankToNull(string(o, fields.url())))
            .published(blankToNull(string(o, fields.date())))
            .credit(new Credit(blankToNull(string(o, fields.source())), authors(o.get(fields.authors())), List.of()))
            .build();
    return SourceRecord.of(position, name, article);
  }

  private static String string(JsonNode o, String field) {
    JsonNode v = field == null ? null : o.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static List<String> authors(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(a -> addAuthor(out, a.asText()));
    } else {
      for (String a : v.asText().split(",|\\s+and\\s+|;")) {
        addAuthor(out, a);
      }
    }
    return out;
  }

  private static void addAuthor(List<String> out, String a) {
    String s = a.strip();
    if (!s.isEmpty() && !out.contains(s)) {
      out.add(s);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Claims {@code .jsonl}, {@code .ndjson} and their {@code .gz} forms. */
  public static SourceFactory factory(FieldMapping fields, long maxBytes) {
    return new SourceFactory() {
      @Override
      public boolean accepts(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
          n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
      }

      @Override
      public ArticleSource open(Path f) throws IOException {
        return new JsonLinesSource(f, fields, maxBytes);
      }
    };
  }
}
