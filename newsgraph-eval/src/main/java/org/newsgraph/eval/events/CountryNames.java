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
 * Finds the countries an English sentence mentions by the knowledge base's English country names
 * ("Russia", "U.S."), demonyms ("Russian") and capitals ("Moscow"), matched case-sensitively as whole
 * words, longest name first. A name is only a cue for sampling, not a link: "Georgia" the US state
 * counts as the country.
 */
public final class CountryNames {
  private final Pattern names;
  private final Map<String, String> country = new HashMap<>();

  public CountryNames(KnowledgeBase kb) {
    for (KbEntry e : kb.entries()) {
      if (!e.kind().equals("country")) {
        continue;
      }
      e.namesEn().forEach(n -> country.putIfAbsent(n, e.country()));
      e.demonymsEn().forEach(n -> country.putIfAbsent(n, e.country()));
      if (!e.capital().isEmpty()) {
        kb.get(e.capital()).ifPresent(c -> c.namesEn().forEach(n -> country.putIfAbsent(n, e.country())));
      }
    }
    List<String> all = new ArrayList<>(country.keySet());
    all.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String n : all) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** The ISO 3166 alpha-3 codes of the countries {@code sentence} names, sorted. */
  public Set<String> in(String sentence) {
    Set<String> out = new TreeSet<>();
    Matcher m = names.matcher(sentence);
    while (m.find()) {
      out.add(country.get(m.group()));
    }
    return out;
  }
}
