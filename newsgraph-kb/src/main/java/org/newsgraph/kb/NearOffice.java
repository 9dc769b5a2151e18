package org.newsgraph.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.kb.KnowledgeBase.NameKind;
import org.newsgraph.model.EntityType;

/**
 * The side a surname alone stands for when the linker may not say who it is: news names an official
 * by the surname for years after the office ("Flynn" in 2020, "Mueller" in 2018) and a nominee before
 * it ("Tillerson" in December 2016), but a surname is no proof of the person (the linker links an
 * official's surname only where the article names them in full). Where every person of the knowledge
 * base with that surname whose time in office lies near the article's date is of one country, and the
 * article names that country, the surname acts for it: an actor and no link, as a title gives one
 * ({@link TitledActors}). Where the article does not name the country, the surname acts only for the
 * one such person who held an office on the article's date, a government's ("Haley" in April 2017,
 * "Pence" in 2019): news names a sitting official by the surname alone, and a second holder of that
 * surname on the day (two "Carter"s in Congress), or one whose given name it is ("Khaled"), leaves it
 * to no one.
 */
final class NearOffice {
  /** How long before an office news already names its holder by surname: a nominee, a candidate. */
  private static final int YEARS_BEFORE = 2;
  /** How long after an office news still names its holder by surname. */
  private static final int YEARS_AFTER = 6;

  private final KnowledgeBase kb;
  /** People with an office, by the first word of each of their names: read once, not per mention. */
  private final Map<String, List<KbEntry>> officialsByGivenName = new HashMap<>();

  NearOffice(KnowledgeBase kb) {
    this.kb = kb;
    for (KbEntry e : kb.entries()) {
      if (e.type() != EntityType.PERSON || e.offices().isEmpty()) {
        continue;
      }
      for (String name : e.namesEn()) {
        String key = NameKey.exact(name);
        int space = key.indexOf(' ');
        if (space > 0) {
          officialsByGivenName.computeIfAbsent(key.substring(0, space), k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  /**
   * The country's actor code (its government or other sector where the one such person held an
   * office on the date: {@code actorOf}), or null: no date, a name of several words, no one near
   * office, people of two countries, or a country the article does not name ({@code named} takes
   * a country's Wikidata id) unless one of them, and one only, held an office on the date.
   */
  String actor(String surname, LocalDate date, Predicate<String> named, Function<KbEntry, String> actorOf) {
    String key = NameKey.exact(surname);
    if (date == null || key.isEmpty() || key.contains(" ")) {
      return null;
    }
    List<KbEntry> near = kb.byExactKey(key).stream()
        .filter(m -> m.kind() == NameKind.SURNAME && m.entry().type() == EntityType.PERSON)
        .map(KnowledgeBase.NameMatch::entry)
        .filter(e -> e.offices().stream().anyMatch(o -> near(o, date)))
        .distinct()
        .toList();
    Set<String> countries = near.stream().map(e -> kb.country(e.country()).map(KbEntry::id).orElse("")).collect(Collectors.toSet());
    if (countries.size() != 1 || countries.contains("")) {
      return null;
    }
    if (!named.test(countries.iterator().next())) {
      List<KbEntry> holders = near.stream().filter(e -> e.offices().stream().anyMatch(o -> o.heldOn(date))).toList();
      return holders.size() == 1 && governs(holders.get(0), date) && !givenNameOfAnotherHolder(key, holders.get(0), date)
          ? actorOf.apply(holders.get(0)) : null;
    }
    if (near.size() == 1) {
      return actorOf.apply(near.get(0));
    }
    return kb.country(near.get(0).country()).map(KbEntry::actor).filter(a -> !a.isEmpty()).orElse(null);
  }

  /**
   * Whether the person held a government's office on the date (a leader's, a minister's, an envoy's):
   * judges, commanders and legislators are seldom named by the surname alone in world news, and the
   * surname is more often another's ("Holmes" in 2019 was a U.S. diplomat, not Australia's Chief Justice).
   */
  private static boolean governs(KbEntry e, LocalDate date) {
    return e.offices().stream().anyMatch(o -> o.heldOn(date) && o.sector().equals("GOV"));
  }

  /**
   * Whether another person of the knowledge base who held an office on the date has the word for a given
   * name: "Khaled" alone in 2013 is as much Kuwait's defence minister Khaled Al Jarrah Al Sabah as Yemen's
   * minister Abdh Razzaz Saleh Khaled, and mostly someone else still.
   */
  private boolean givenNameOfAnotherHolder(String key, KbEntry holder, LocalDate date) {
    return officialsByGivenName.getOrDefault(key, List.of()).stream()
        .anyMatch(e -> e != holder && e.offices().stream().anyMatch(o -> o.heldOn(date)));
  }

  /** Whether the date lies from two years before the office's start to six years after its end (or last listed day). */
  private static boolean near(Office o, LocalDate date) {
    LocalDate last = o.end() != null ? o.end() : o.listedUntil();
    return (o.start() == null || !date.isBefore(o.start().minusYears(YEARS_BEFORE)))
        && (last == null || !date.isAfter(last.plusYears(YEARS_AFTER)));
  }
}
