package org.newsgraph.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Credit;

/**
 * Recognises a credit line and reads it: a labelled line ("Source: ...", "Quelle: ...", "By ...",
 * "Von ... und ...", "Reporting by ...; Editing by ..."), or a bare list of outlet, authors and
 * agencies ("(dpa)", "AFP/Reuters", "example.com, Jane Doe, AFP").
 */
public final class CreditLine {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private enum Role { SOURCE, BYLINE, EDITOR }

  private record Label(String text, Role role) {
    /** "Source:", "©": no sentence starts like this. "By", "Von" may. */
    boolean saysItAll() {
      return !Character.isLetter(text.charAt(text.length() - 1));
    }
  }

  private final List<Label> labels;
  private final CreditParser parser;

  private CreditLine(List<Label> labels, CreditParser parser) {
    this.labels = labels;
    this.parser = parser;
  }

  public static CreditLine bundled() {
    List<Label> labels = new ArrayList<>();
    try (InputStream in = CreditLine.class.getResourceAsStream("credit-labels.txt")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          labels.add(new Label(cols[0].strip().toLowerCase(Locale.ROOT), Role.valueOf(cols[1].strip().toUpperCase(Locale.ROOT))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    labels.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
    return new CreditLine(labels, new CreditParser(Agencies.bundled()));
  }

  /** Whether the paragraph is a credit line. */
  public boolean matches(String text) {
    return read(text) != null;
  }

  /**
   * What a credit line says, or null when the paragraph is none: too long, a sentence, or some
   * part of it neither outlet, author nor agency. Parts after "Editing by" name no authors.
   */
  public Credit read(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    int words = words(line);
    String[] parts = line.split("\\s*;\\s*");
    Label first = label(parts[0]);
    boolean fits =
        first == null ? words <= 15 && !endsSentence(line)
            : first.saysItAll() ? words <= 30
            : words <= 20 && !endsSentence(line);
    if (!fits) {
      return null;
    }
    String outlet = null;
    Set<String> authors = new LinkedHashSet<>();
    Set<String> agencies = new LinkedHashSet<>();
    for (String part : parts) {
      Label label = label(part);
      Credit credit = parser.parse(label == null ? part : part.substring(label.text().length()));
      if (credit == null) {
        return null;
      }
      Label role = label == null ? first : label;
      if (role != null && role.role() == Role.BYLINE && !role.saysItAll()
          && credit.authors().isEmpty() && credit.agencies().isEmpty()) {
        return null; // "By Monday", "Von Berlin": a sentence's start, not a byline
      }
      if (role != null && role.role() == Role.EDITOR) {
        continue;
      }
      if (role == null || role.role() != Role.BYLINE || isAddress(credit.outlet())) {
        outlet = outlet == null ? credit.outlet() : outlet; // "Von Jan Petersen, Brüssel": a place
      }
      authors.addAll(credit.authors());
      agencies.addAll(credit.agencies());
    }
    if (first == null && agencies.isEmpty() && !isAddress(outlet)) {
      return null; // bare names: credit only with an agency or a web address among them
    }
    return new Credit(outlet, List.copyOf(authors), List.copyOf(agencies));
  }

  private static boolean isAddress(String outlet) {
    return outlet != null && outlet.matches("\\S+\\.\\S+");
  }

  /** Agencies named in a dateline's parentheses, "BERLIN (dpa) -"; null when not an agency. */
  public Credit readAgencies(String text) {
    Credit credit = parser.parse(text);
    return credit != null && credit.authors().isEmpty() && credit.outlet() == null ? credit : null;
  }

  private Label label(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Label label : labels) {
      String l = label.text();
      if (lower.startsWith(l) && (label.saysItAll() || (text.length() > l.length() && text.charAt(l.length()) == ' '))) {
        return label;
      }
    }
    return null;
  }

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  /** Ends like a sentence; a bare trailing full stop after a name list does not count. */
  private static boolean endsSentence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(text.length() - 1);
    return c == '!' || c == '?' || c == ';' || c == ':' || (c == '.' && words(text) > 8);
  }
}
