package org.newsgraph.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;

/**
 * What a careful editor says about a test article: one kind and the first words of each
 * paragraph, and the credit. Read from a {@code NAME.expected} file (format in the articles'
 * README).
 */
record Expectation(List<SegmentKind> kinds, List<String> starts, Credit credit) {

  static Expectation read(Path file) throws IOException {
    List<SegmentKind> kinds = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    String outlet = null;
    List<String> authors = List.of();
    List<String> agencies = List.of();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab > 0) {
        kinds.add(SegmentKind.fromLabel(line.substring(0, tab)));
        starts.add(line.substring(tab + 1).strip());
      } else if (line.startsWith("outlet:")) {
        outlet = value(line).isEmpty() ? null : value(line).get(0);
      } else if (line.startsWith("authors:")) {
        authors = value(line);
      } else if (line.startsWith("agencies:")) {
        agencies = value(line);
      } else {
        throw new IllegalArgumentException(file + ": cannot read line: " + line);
      }
    }
    return new Expectation(kinds, starts, new Credit(outlet, authors, agencies));
  }

  private static List<String> value(String line) {
    String v = line.substring(line.indexOf(':') + 1).strip();
    return v.equals("-") ? List.of() : Arrays.stream(v.split(",")).map(String::strip).toList();
  }

  /** Every difference between the article and this expectation, one line each; empty when none. */
  List<String> differences(Article article) {
    List<String> diffs = new ArrayList<>();
    List<Segment> segments = article.segments();
    if (segments.size() != kinds.size()) {
      diffs.add("expected " + kinds.size() + " paragraphs, found " + segments.size());
    }
    for (int i = 0; i < Math.min(segments.size(), kinds.size()); i++) {
      Segment s = segments.get(i);
      String text = flat(article.textOf(s));
      if (!text.startsWith(starts.get(i))) {
        diffs.add("paragraph " + (i + 1) + " should begin \"" + starts.get(i) + "\": " + text);
      } else if (s.kind() != kinds.get(i)) {
        diffs.add("paragraph " + (i + 1) + " is " + s.kind().label() + ", expected " + kinds.get(i).label() + ": " + cut(text));
      }
    }
    if (!article.credit().equals(credit)) {
      diffs.add("credit " + article.credit() + ", expected " + credit);
    }
    return diffs;
  }

  /** The article as the segmenter saw it, kind and text of each paragraph, for failure messages. */
  static String describe(Article article) {
    StringBuilder b = new StringBuilder();
    for (Segment s : article.segments()) {
      b.append(String.format("  %-10s %s%n", s.kind().label(), cut(flat(article.textOf(s)))));
    }
    return b.toString();
  }

  static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String cut(String text) {
    return text.length() <= 70 ? text : text.substring(0, 70) + "...";
  }
}
