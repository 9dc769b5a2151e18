package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.credit.Agencies;

/**
 * Cleans the author names that pages give: "By Jane Doe and John Roe", "TOM KRISHER, AP Auto
 * Writer", "Jill Disis, CNN Business". Splits lists, drops "By", job titles, dates, the outlet's
 * own name, user names ("admin") and anything that is not a name (a URL, an e-mail address);
 * news agencies ("Associated Press", "dpa") are set apart, as agencies.
 */
final class Authors {
  private static final Pattern BY =
      Pattern.compile("^(?:by|von|from|text|texte?|autor(?:in)?|author|written by|reported by|ein (?:beitrag|artikel) von)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||/|&|\\band\\b|\\bund\\b|\\bmit\\b)\\s*");
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "writer", "editor", "reporter", "correspondent", "staff", "contributor", "contributing", "columnist", "national",
          "political", "senior", "chief", "auto", "security", "business", "sports", "science", "news", "desk", "team",
          "redaktion", "korrespondent", "korrespondentin", "reports", "editorial", "autor", "autorin", "photographer",
          "producer", "analyst", "intern", "special", "to", "the", "for", "associate", "managing", "deputy", "online");
  private static final Set<String> NOT_NAMES = Set.of("admin", "administrator", "guest", "redaktion", "editorial", "staff", "unknown", "anonymous");

  private final Agencies agencies = Agencies.bundled();

  /** Names of people, and names of agencies, in the order given, each once. */
  record Names(List<String> authors, List<String> agencies) {}

  Names clean(List<String> raw, String outlet) {
    List<String> people = new ArrayList<>();
    List<String> agencyNames = new ArrayList<>();
    String outletKey = outlet == null ? "" : BlockClassifier.normal(outlet);
    for (String value : raw) {
      if (value == null) {
        continue;
      }
      String v = BY.matcher(value.replace('\u00a0', ' ').strip()).replaceFirst("");
      for (String part : SPLIT.split(v)) {
        String name = BY.matcher(part.strip()).replaceFirst("").replaceAll("\\s+", " ").strip();
        name = stripRoles(name);
        if (name.isEmpty()) {
          continue;
        }
        String agency = agencies.canonical(name);
        if (agency == null && name.toLowerCase(Locale.ROOT).startsWith("the ")) {
          agency = agencies.canonical(name.substring(4));
        }
        if (agency != null) {
          addOnce(agencyNames, agency);
          continue;
        }
        if (!isName(name)) {
          continue;
        }
        String key = BlockClassifier.normal(name);
        if (!outletKey.isEmpty() && (outletKey.contains(key) || key.contains(outletKey))) {
          continue; // the outlet, not a person
        }
        addOnce(people, name);
      }
    }
    return new Names(people, agencyNames);
  }

  /** "Carrie Arnold Contributing Writer" becomes "Carrie Arnold". */
  private static String stripRoles(String name) {
    String[] words = name.split(" ");
    int end = words.length;
    while (end > 0 && ROLE_WORDS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
      end--;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, end));
  }

  /** One to five words of letters (initials and hyphens allowed), capitalised, no digits. */
  static boolean isName(String name) {
    if (name.isEmpty() || name.length() > 60 || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > 5) {
      return false;
    }
    boolean credentials = true; // "MS", "RDN", "PhD" after a name
    for (String w : words) {
      credentials &= w.length() <= 4 && !w.equals(w.toLowerCase(Locale.ROOT)) && (w.equals(w.toUpperCase(Locale.ROOT)) || w.equals("PhD"));
    }
    if (credentials) {
      return false;
    }
    if (!Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.')) {
        return false;
      }
    }
    for (String w : words) {
      int dot = w.indexOf('.');
      if (dot >= 0 && dot < w.length() - 1 && Character.isLowerCase(w.charAt(dot + 1))) {
        return false; // "Cleveland.com", "humans.txt"
      }
    }
    return true;
  }

  private static void addOnce(List<String> list, String value) {
    if (list.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
      list.add(value);
    }
  }
}
