package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge-base file format: UTF-8 TSV with a header line naming the columns, lines starting
 * with {@code #} ignored, several values in one cell separated by {@code |}. Readable, and a change
 * to one entry is a change to one line.
 */
public final class KbFile {
  /** The columns, in the order {@link #write} writes them. */
  public static final List<String> COLUMNS =
      List.of(
          "id", "type", "kind", "actor", "country", "names_en", "names_de", "demonyms_en",
          "demonyms_de", "enwiki", "dewiki", "capital", "offices", "source");

  private KbFile() {}

  /** Reads all entries; {@code name} names the input in error messages. */
  public static List<KbEntry> read(BufferedReader in, String name) throws IOException {
    String header = in.readLine();
    while (header != null && header.startsWith("#")) {
      header = in.readLine();
    }
    if (header == null) {
      return List.of();
    }
    Map<String, Integer> col = new HashMap<>();
    String[] names = header.split("\t", -1);
    for (int i = 0; i < names.length; i++) {
      col.put(names[i].trim(), i);
    }
    if (!col.containsKey("id") || !col.containsKey("type")) {
      throw new IOException(name + ": the header has no id and type columns");
    }
    List<KbEntry> entries = new ArrayList<>();
    int lineNo = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      try {
        entries.add(entry(cells, col));
      } catch (RuntimeException e) {
        throw new IOException(name + " line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return entries;
  }

  private static KbEntry entry(String[] cells, Map<String, Integer> col) {
    List<Office> offices = new ArrayList<>();
    for (String o : list(cells, col, "offices")) {
      offices.add(Office.parse(o));
    }
    return new KbEntry(
        cell(cells, col, "id"),
        EntityType.valueOf(cell(cells, col, "type")),
        cell(cells, col, "kind"),
        cell(cells, col, "actor"),
        cell(cells, col, "country"),
        list(cells, col, "names_en"),
        list(cells, col, "names_de"),
        list(cells, col, "demonyms_en"),
        list(cells, col, "demonyms_de"),
        cell(cells, col, "enwiki"),
        cell(cells, col, "dewiki"),
        cell(cells, col, "capital"),
        offices,
        cell(cells, col, "source"));
  }

  private static String cell(String[] cells, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= cells.length ? "" : cells[i].trim();
  }

  private static List<String> list(String[] cells, Map<String, Integer> col, String name) {
    String c = cell(cells, col, name);
    return c.isEmpty()
        ? List.of()
        : Arrays.stream(c.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Writes the header line. */
  public static void writeHeader(Writer out) {
    line(out, COLUMNS);
  }

  /** Writes one entry as one line. */
  public static void write(Writer out, KbEntry e) {
    line(
        out,
        List.of(
            e.id(), e.type().name(), e.kind(), e.actor(), e.country(), join(e.namesEn()),
            join(e.namesDe()), join(e.demonymsEn()), join(e.demonymsDe()), e.enwiki(), e.dewiki(),
            e.capital(), join(e.offices().stream().map(Office::toString).toList()), e.source()));
  }

  private static String join(List<String> values) {
    return String.join("|", values);
  }

  private static void line(Writer out, List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write('\t');
        }
        // Tabs, line breaks and bars would break the format; labels never need them.
        out.write(cells.get(i).replaceAll("[\\t\\r\\n]", " "));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
