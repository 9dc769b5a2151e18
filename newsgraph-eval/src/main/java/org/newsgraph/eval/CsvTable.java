package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A CSV file with a header row, its columns found by name; short (broken) rows are left out. */
final class CsvTable {
  private final Path file;
  private final List<String> header;
  private final List<List<String>> rows;

  private CsvTable(Path file, List<String> header, List<List<String>> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  static CsvTable read(Path file) throws IOException {
    List<List<String>> all;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      all = Csv.read(in);
    }
    if (all.isEmpty()) {
      throw new IOException(file + ": empty file");
    }
    List<String> header = all.get(0);
    return new CsvTable(file, header, all.subList(1, all.size()).stream().filter(r -> r.size() >= header.size()).toList());
  }

  /** The index of the named column; an error naming the file and its columns when there is none. */
  int column(String name) throws IOException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IOException(file + ": no column '" + name + "' (columns: " + header + ")");
    }
    return i;
  }

  List<List<String>> rows() {
    return rows;
  }
}
