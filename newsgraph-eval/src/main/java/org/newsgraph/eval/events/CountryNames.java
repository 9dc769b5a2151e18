package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.kb.KbEntry;
import org.newsgraph.kb.KnowledgeBase;

/**
 * Finds the countries a sentence mentions by the knowledge base's country names ("Russia", "U.S.";
 * German "Russland", "USA"), demonyms ("Russian"; German adjective stems, "russisch") and capitals
 * ("Moscow"; "Moskau"), matched case-sensitively as whole words, longest name first. German names
 * also match in the genitive ("Russlands"), and a German stem matches inflected and capitalised
 * ("russische", "Russischen"), since German declines both. A name is only a cue for sampling, not a
 * link: "Georgia" the US state counts as the country.
 */
public final class CountryNames {
  /** The endings of a German adjective, none included (the stem alone is the adverb, "russisch"). */
  private static final String GERMAN_ADJECTIVE_ENDING = "(?:e|en|em|er|es)?";

  private final Pattern names;
  private final Map<String, String> country = new HashMap<>();

  /** English names. */
  public CountryNames(KnowledgeBase kb) {
    this(kb, "en");
  }

  /** Names in {@code language}: "en" or "de". */
  public CountryNames(KnowledgeBase kb, String language) {
    boolean german = switch (language) {
      case "en" -> false;
      case "de" -> true;
      default -> throw new IllegalArgumentException("no country names in language '" + language + "' (en, de)");
    };
    Map<String, String> stems = new HashMap<>();
    for (KbEntry e : kb.entries()) {
      if (!e.kind().equals("country")) {
        continue;
      }
      (german ? e.namesDe() : e.namesEn()).forEach(n -> country.putIfAbsent(n, e.country()));
      if (german) {
        e.demonymsDe().forEach(n -> stems.putIfAbsent(n, e.country()));
      } else {
        e.demonymsEn().forEach(n -> country.putIfAbsent(n, e.country()));
      }
      if (!e.capital().isEmpty()) {
        kb.get(e.capital()).ifPresent(c -> (german ? c.namesDe() : c.namesEn()).forEach(n -> country.putIfAbsent(n, e.country())));
      }
    }
    List<String> all = new ArrayList<>(country.keySet());
    all.addAll(stems.keySet());
    all.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String n : all) {
      alternatives.append(alternatives.length() == 0 ? "" : "|");
      if (stems.containsKey(n) && !country.containsKey(n)) {
        String capitalised = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        alternatives.append("(?:").append(Pattern.quote(n)).append('|').append(Pattern.quote(capitalised)).append(')').append(GERMAN_ADJECTIVE_ENDING);
      } else {
        alternatives.append(Pattern.quote(n)).append(german && !n.matches(".*[sßxz]") ? "s?" : "");
      }
    }
    stems.forEach((stem, code) -> {
      String capitalised = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
      country.putIfAbsent(stem, code);
      country.putIfAbsent(capitalised, code);
    });
    this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** The ISO 3166 alpha-3 codes of the countries {@code sentence} names, sorted. */
  public Set<String> in(String sentence) {
    Set<String> out = new TreeSet<>();
    Matcher m = names.matcher(sentence);
    while (m.find()) {
      out.add(countryOf(m.group()));
    }
    return out;
  }

  /** The country of a match: the name itself, or the name less a genitive "s" or an adjective's ending. */
  private String countryOf(String match) {
    for (String key = match; !key.isEmpty(); key = key.substring(0, key.length() - 1)) {
      String c = country.get(key);
      if (c != null) {
        return c;
      }
      if (match.length() - key.length() >= 2) {
        break;
      }
    }
    throw new IllegalStateException("a match without its country: " + match);
  }
}
