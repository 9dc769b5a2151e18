package org.newsgraph.credit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
      Pattern.compile("(?i)(?:https?://)?(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}/?");
  private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
  private static final Set<String> PARTICLES =
      Set.of("von", "van", "de", "der", "den", "da", "di", "del", "la", "le", "al", "el", "bin", "ibn", "zu", "ten", "ter");
  private static final Set<String> ARTICLES = Set.of("The", "Der", "Die", "Das");

  private final Agencies agencies;

  public CreditParser(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The parsed credit, or null when some part of the line is none of outlet, author or agency. */
  public Credit parse(String line) {
    String outlet = null;
    Set<String> authors = new LinkedHashSet<>();
    Set<String> found = new LinkedHashSet<>();
    for (String raw : SEPARATORS.split(line)) {
      String item = clean(raw);
      if (item.isEmpty()) {
        continue;
      }
      String agency = agencies.canonical(item);
      if (agency == null && item.matches("(?i)dpa-?[a-z]{2,4}")) {
        agency = "dpa"; // dpa's regional services: dpa/lnw, dpa-lby
      }
      if (agency != null) {
        found.add(agency);
      } else if (DOMAIN.matcher(item).matches()) {
        if (outlet == null) {
          outlet = item.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "").replaceFirst("/$", "");
        }
      } else if (isPersonName(item)) {
        authors.add(item);
      } else if (outlet == null && isOutletName(item)) {
        outlet = item;
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
    return raw.strip().replaceAll("^[(\\[]+|[)\\].]+$", "").strip();
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

  private static boolean isOutletName(String item) {
    String[] parts = item.split("\\s+");
    if (parts.length > 5) {
      return false;
    }
    for (String p : parts) {
      if (!Character.isUpperCase(p.codePointAt(0)) && !Character.isDigit(p.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
