package org.newsgraph.kb;

import java.util.List;
import java.util.function.Predicate;

/**
 * The places of {@code places.tsv.gz} (first-level subdivisions and cities of 100,000 people or
 * more, from a public gazetteer), and which of them a name may stand for in an article. Their names
 * repeat across the world and with the curated entries and common words: "Georgia" is a country and
 * a US state, "Córdoba" a city in Spain and a city and a province in Argentina, "Washington" the
 * capital and a state, "Florida" a US state and a department of Uruguay, "Hanover" a parish of
 * Jamaica and an insurer, "Golf" (the source's German name of Gulf Province) a car. So a place is
 * linked only where the article's other mentions name its country (the country itself, or a person,
 * organisation or other place of it), and it yields to anything curated of the same name except a
 * country of another state; of several places the article backs, none is linked (the linker's tie).
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
    // "Mexico" the country, not the State of Mexico; "Georgia" the US state where the article names the US
    boolean yields = !curated.stream().allMatch(e -> e.kind().equals("country"));
    return candidates.stream()
        .filter(Places::is)
        .filter(p -> yields || !countryNamed.test(p) || curated.stream().anyMatch(c -> c.country().equals(p.country())))
        .toList();
  }
}
