package org.newsgraph.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two column formats of the NER data sets.
 *
 * <ul>
 *   <li>{@link #CONLL}: CoNLL-2003, {@code token POS chunk NER} separated by spaces, a blank line
 *       after each sentence, {@code -DOCSTART-} lines between documents; the last column is the tag.
 *   <li>{@link #GERMEVAL}: GermEval 2014, {@code index token outer nested} separated by tabs, a
 *       {@code #} line before each sentence. The outer column is scored as four classes: PER, LOC,
 *       ORG as they are, OTH and every {@code *deriv} as MISC, every {@code *part} as O.
 * </ul>
 */
public enum ConllFormat {
  CONLL(1, Pattern.compile("[ \\t]+"), " "),
  GERMEVAL(2, Pattern.compile("\\t"), "\t");

  private final int wordColumn;
  private final Pattern separator;
  private final String outputSeparator;

  ConllFormat(int wordColumn, Pattern separator, String outputSeparator) {
    this.wordColumn = wordColumn - 1;
    this.separator = separator;
    this.outputSeparator = outputSeparator;
  }

  /** The separator to append a column with. */
  public String separator() {
    return outputSeparator;
  }

  public List<ConllSentence> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  public List<ConllSentence> read(BufferedReader in, String name) throws IOException {
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    int number = 0;
    for (String line = in.readLine(); ; line = in.readLine()) {
      number++;
      boolean blank = line == null || line.isBlank();
      if (blank || isNoToken(line)) {
        if (!words.isEmpty()) {
          sentences.add(new ConllSentence(before, lines, words, fixIob(gold)));
          before.clear();
          lines.clear();
          words.clear();
          gold.clear();
        }
        if (line == null) {
          break;
        }
        if (!blank) {
          before.add(line);
        }
        continue;
      }
      String[] columns = separator.split(line.strip());
      if (columns.length < (this == CONLL ? 2 : 3)) {
        throw new IOException(name + ":" + number + ": expected columns, found: " + line);
      }
      words.add(columns[wordColumn]);
      gold.add(tag(this == CONLL ? columns[columns.length - 1] : columns[2]));
      lines.add(line);
    }
    return sentences;
  }

  private boolean isNoToken(String line) {
    return switch (this) {
      case CONLL -> line.startsWith("-DOCSTART-");
      case GERMEVAL -> line.startsWith("#");
    };
  }

  /** The tag as IOB over PER, ORG, LOC, MISC. */
  String tag(String raw) {
    if (raw.equals("O") || raw.length() < 3 || raw.charAt(1) != '-') {
      return "O";
    }
    String prefix = raw.substring(0, 2);
    String type = raw.substring(2);
    if (this == GERMEVAL) {
      if (type.endsWith("part")) {
        return "O";
      }
      if (type.endsWith("deriv") || type.equals("OTH")) {
        type = "MISC";
      }
    }
    return switch (type) {
      case "PER", "ORG", "LOC", "MISC" -> prefix + type;
      default -> "O";
    };
  }

  /** IOB1 (I- starting a chunk) to IOB2; IOB2 stays as it is. */
  static List<String> fixIob(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String previous = "O";
    for (String t : tags) {
      if (t.startsWith("I-") && !(previous.length() > 2 && previous.substring(2).equals(t.substring(2)))) {
        t = "B-" + t.substring(2);
      }
      out.add(t);
      previous = t;
    }
    return out;
  }
}
