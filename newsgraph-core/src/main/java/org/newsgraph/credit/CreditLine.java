package org.newsgraph.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Credit;

/**
 * Recognises a credit line and reads it: a labelled line ("Source: ...", "Quelle: ...", "By ...",
 * "Von ... und ..."), or a bare list of outlet, authors and agencies ("(dpa)", "example.com, Jane
 * Doe, AFP").
 */
public final class CreditLine {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final List<String> labels;
  private final CreditParser parser;

  private CreditLine(List<String> labels, CreditParser parser) {
    this.labels = labels;
    this.parser = parser;
  }

  public static CreditLine bundled() {
    List<String> labels = new ArrayList<>();
    try (InputStream in = CreditLine.class.getResourceAsStream("credit-labels.txt")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          labels.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    labels.sort(Comparator.comparingInt(String::length).reversed());
    return new CreditLine(labels, new CreditParser(Agencies.bundled()));
  }

  /** Whether the paragraph is a credit line. */
  public boolean matches(String text) {
    int words = words(text);
    String label = label(text);
    if (label != null) {
      if (!Character.isLetter(label.charAt(label.length() - 1))) {
        return words <= 30; // "Source: ...": the label says it all
      }
      // "By", "Von" also start sentences: the rest must read as names.
      return words <= 20 && !endsSentence(text) && parser.parse(text.substring(label.length())) != null;
    }
    if (words > 15 || endsSentence(text)) {
      return false;
    }
    Credit credit = parser.parse(text);
    return credit != null
        && (!credit.agencies().isEmpty() || (credit.outlet() != null && credit.outlet().contains(".")));
  }

  /** What a credit line says; null when nothing in it reads as outlet, author or agency. */
  public Credit read(String text) {
    String label = label(text);
    return parser.parse(label == null ? text : text.substring(label.length()));
  }

  /** Agencies named in a dateline's parentheses, "BERLIN (dpa) -"; null when not an agency. */
  public Credit readAgencies(String text) {
    Credit credit = parser.parse(text);
    return credit != null && credit.authors().isEmpty() && credit.outlet() == null ? credit : null;
  }

  private String label(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String label : labels) {
      if (lower.startsWith(label)) {
        boolean wordLabel = Character.isLetter(label.charAt(label.length() - 1));
        if (!wordLabel || (text.length() > label.length() && text.charAt(label.length()) == ' ')) {
          return text.substring(0, label.length());
        }
      }
    }
    return null;
  }

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  /** Ends like a sentence; a bare trailing full stop after a name list does not count. */
  private static boolean endsSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '!' || c == '?' || c == ';' || c == ':' || (c == '.' && words(t) > 8);
  }
}
