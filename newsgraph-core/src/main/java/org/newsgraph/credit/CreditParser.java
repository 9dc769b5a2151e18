package org.newsgraph.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Credit;

/**
 * Reads outlet, authors and agencies from a credit line whose label ("Source:", "Von") is already
 * removed: "example-news.de, Jonas Keller, Lea Brandt, AFP"; "Anna Roth und Felix Wagner, dpa".
 */
public final class CreditParser {
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[,;|/]|\\s(?:and|und|&|with|mit)\\s)\\s*");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}");
  private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
  /** A copyright sign or a year around an item: "© 2024 AFP", "AFP 2024". */
  private static final Pattern DECORATION =
      Pattern.compile("^(?:©\\s*)?(?:(?:19|20)\\d{2}\\b\\s*)?|\\s*\\b(?:19|20)\\d{2}$");
  private static final Set<String> PARTICLES =
      Set.of("von", "van", "de", "der", "den", "da", "di", "del", "la", "le", "al", "el", "bin", "ibn", "zu", "ten", "ter");
  private static final Set<String> ARTICLES = Set.of("The", "Der", "Die", "Das");

  private final Agencies agencies;
  private final List<String> outletWords;

  public CreditParser(Agencies agencies) {
    this.agencies = agencies;
    this.outletWords = loadOutletWords();
  }

  /** The parsed credit, or null when some part of the line is none of outlet, author or agency. */
  public Credit parse(String line) {
    String outlet = null;
    Set<String> authors = new LinkedHashSet<>();
    Set<String> found = new LinkedHashSet<>();
    for (String raw : SEPARATORS.split(line.replaceAll("(?i)https?://", ""))) {
      String item = clean(raw);
      if (item.isEmpty()) {
        continue;
      }
      String agency = agency(item);
      String person = null;
      if (agency == null) {
        // "AAMER MADHANI Associated Press": a name run into the agency's, as AP bylines write it
        int cut = agencySuffix(item);
        if (cut > 0) {
          agency = agency(item.substring(cut));
          item = item.substring(0, cut).strip();
        }
      }
      if (agency != null) {
        found.add(agency);
        if (item.equals(agency) || agency(item) != null) {
          continue;
        }
      }
      if (DOMAIN.matcher(item).matches()) {
        outlet = outlet == null ? item.replaceFirst("(?i)^www\\.", "") : outlet;
      } else if (outlet == null && isOutletName(item)) {
        outlet = item;
      } else if ((person = personName(item)) != null) {
        authors.add(person);
      } else if (!item.matches("[\\p{L}]{1,3}")) {
        return null; // not a credit: a sentence, a list of places, ...
      }
    }
    if (outlet == null && authors.isEmpty() && found.isEmpty()) {
      return null;
    }
    return new Credit(outlet, new ArrayList<>(authors), new ArrayList<>(found));
  }

  private static String clean(String raw) {
    String item = raw.strip().replaceAll("^[(\\[]+|[)\\].]+$", "").strip();
    return DECORATION.matcher(item).replaceAll("").replaceFirst("/$", "").strip();
  }

  private String agency(String item) {
    String agency = agencies.canonical(item);
    if (agency == null && item.matches("(?i)dpa-?[a-z]{2,4}")) {
      agency = "dpa"; // dpa's regional and financial services: dpa/lnw, dpa-lby, dpa-AFX
    }
    return agency;
  }

  /** Where a trailing agency name begins in the item, or -1. */
  private int agencySuffix(String item) {
    for (int i = item.indexOf(' '); i > 0; i = item.indexOf(' ', i + 1)) {
      if (agency(item.substring(i + 1)) != null) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The item as a person's name (all capitals turned to capitalised words), or null. */
  private static String personName(String item) {
    if (isPersonName(item)) {
      return item;
    }
    boolean shouting = item.length() > 3 && item.equals(item.toUpperCase(Locale.ROOT));
    return shouting && isPersonName(capitalise(item)) ? capitalise(item) : null;
  }

  static boolean isPersonName(String item) {
    String[] parts = item.split("\\s+");
    if (parts.length < 2 || parts.length > 5 || ARTICLES.contains(parts[0])) {
      return false;
    }
    int named = 0;
    for (String p : parts) {
      if (PARTICLES.contains(p)) {
        continue;
      }
      if (!NAME_PART.matcher(p).matches() || (p.length() > 3 && p.equals(p.toUpperCase()))) {
        return false;
      }
      named++;
    }
    return named >= 2;
  }

  private static String capitalise(String item) {
    StringBuilder b = new StringBuilder(item.toLowerCase(Locale.ROOT));
    for (int i = 0; i < b.length(); i++) {
      if (i == 0 || b.charAt(i - 1) == ' ' || b.charAt(i - 1) == '-') {
        b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
      }
    }
    return b.toString();
  }

  /**
   * A name that is an outlet's: capitalised words that begin with an article ("The Northern
   * Ledger") or hold an outlet word ("Highland Courier", "Tagesblatt Nord"), or a single
   * capitalised word that is no agency ("Politico").
   */
  private boolean isOutletName(String item) {
    String[] parts = item.split("\\s+");
    if (parts.length > 5) {
      return false;
    }
    boolean outletWord = false;
    for (String p : parts) {
      if (!Character.isUpperCase(p.codePointAt(0)) && !Character.isDigit(p.codePointAt(0))) {
        return false;
      }
      String lower = p.toLowerCase(Locale.ROOT);
      outletWord |= outletWords.stream().anyMatch(w -> lower.equals(w) || (w.length() >= 4 && lower.endsWith(w)));
    }
    return parts.length == 1 || outletWord || ARTICLES.contains(parts[0]);
  }

  private static List<String> loadOutletWords() {
    List<String> words = new ArrayList<>();
    try (InputStream in = CreditParser.class.getResourceAsStream("outlet-words.txt")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
