package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The places of {@code places.tsv.gz} (first-level subdivisions and cities of 100,000 people or
 * more, from a public gazetteer), and which of them a name may stand for in an article. Their names
 * repeat across the world and with the curated entries: "Georgia" is a country and a US state,
 * "Córdoba" a city in Spain and a city and a province in Argentina, "Washington" the capital and a
 * state, "Florida" a US state and a department of Uruguay. So a place yields to anything curated of
 * the same name, except to a country of another state when the article names the place's country;
 * a city, whose name is the most often repeated and whose table misses whole countries, is linked
 * only where the article names its country; and of several places the article decides or none is
 * linked (the linker's tie).
 */
final class Places {
  /** The kind of a first-level subdivision: a state, province, Land, region. */
  static final String SUBDIVISION = "subdivision";
  /** The kind of a city of the gazetteer; capitals keep their curated entries (kind "city"). */
  static final String LARGE_CITY = "large-city";

  private Places() {}

  static boolean is(KbEntry e) {
    return e.kind().equals(SUBDIVISION) || e.kind().equals(LARGE_CITY);
  }

  /**
   * The places among the candidates for one name that the article does not back.
   *
   * @param countryNamed whether the article's other mentions name the country of an entry
   */
  static List<KbEntry> ruledOut(List<KbEntry> candidates, Predicate<KbEntry> countryNamed) {
    List<KbEntry> curated = candidates.stream().filter(e -> !is(e)).toList();
    boolean onlyOtherCountries = curated.stream().allMatch(e -> e.kind().equals("country"));
    List<KbEntry> out = new ArrayList<>();
    List<KbEntry> kept = new ArrayList<>();
    for (KbEntry p : candidates) {
      if (!is(p)) {
        continue;
      }
      boolean named = countryNamed.test(p);
      boolean stays = curated.isEmpty()
          ? named || p.kind().equals(SUBDIVISION)
          // "Mexico" the country, not the State of Mexico; "Georgia" the state where the article names the US
          : named && onlyOtherCountries && curated.stream().noneMatch(c -> c.country().equals(p.country()));
      (stays ? kept : out).add(p);
    }
    // "Florida" in an article that names the United States: not the department of Uruguay
    if (kept.stream().anyMatch(countryNamed)) {
      kept.stream().filter(countryNamed.negate()).forEach(out::add);
    }
    return out;
  }
}
