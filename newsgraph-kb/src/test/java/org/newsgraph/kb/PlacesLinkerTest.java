package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/** Subdivisions and large cities (places.tsv.gz) linked by name and the article's context, or left unlinked. */
class PlacesLinkerTest {
  private final Linker linker = new Linker(KnowledgeBase.bundled());

  /** Links the first occurrence of {@code mention} in {@code text}; {@code others} are the article's other mentions. */
  private Link link(String text, String mention, EntityType type, String lang, String... others) {
    int start = text.indexOf(mention);
    List<String> mentions = new ArrayList<>(List.of(others));
    mentions.add(mention);
    return linker.link(new MentionQuery(mention, type, start, start + mention.length()),
        new ArticleContext(text, mentions, null, lang));
  }

  @Test
  void theBundledTableHoldsSubdivisionsAndCitiesWithTheirCountries() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    KbEntry louisiana = kb.get("Q1588").orElseThrow();
    assertEquals(Places.SUBDIVISION, louisiana.kind());
    assertEquals("USA", louisiana.country());
    assertEquals("Bayern", kb.get("Q980").orElseThrow().namesDe().get(0));
    // a capital keeps its curated entry and its government actor
    assertEquals("JPNGOV", kb.get("Q1490").orElseThrow().actor());
    assertTrue(kb.entries().stream().filter(Places::is).count() > 5000);
    // a name a curated entry has is that entry's ("London" the capital, not the Ontario city)
    assertEquals(List.of("Q84"), kb.named("London").stream().map(KbEntry::id).toList());
    assertEquals(2, kb.named("Florida").size());
  }

  @Test
  void aUsStateIsLinkedWhereTheArticleNamesItsCountryAndActsAsThatCountry() {
    assertEquals(new Link("Q1588", "USA"), link("Flooding hit Louisiana, the United States' Gulf state.", "Louisiana",
        EntityType.LOCATION, "en", "United States"));
    // another state of the country is context enough
    assertEquals("Q1408", link("Voters in New Jersey and Ohio went to the polls.", "New Jersey", EntityType.LOCATION, "en", "Ohio").id());
    // a name the gazetteer has but the article does not place: no link
    assertNull(link("Flooding hit Louisiana.", "Louisiana", EntityType.LOCATION, "en").id());
    assertNull(link("Hanover Insurance reported earnings.", "Hanover", null, "en").id());
  }

  @Test
  void georgiaIsTheCountryUnlessTheArticleNamesTheUnitedStates() {
    assertEquals("Q230", link("Georgia and Russia fought a war in 2008.", "Georgia", EntityType.LOCATION, "en", "Russia").id());
    assertEquals("Q230", link("Protests spread across Georgia.", "Georgia", EntityType.LOCATION, "en").id());
    assertEquals("Q1428", link("Joe Biden won Georgia, the United States' peach state.", "Georgia", EntityType.LOCATION, "en",
        "Joe Biden", "United States").id());
  }

  @Test
  void aGermanLandInAGermanSentence() {
    assertEquals("Q980", link("In Bayern wird im Herbst gewählt, sagte Olaf Scholz.", "Bayern", EntityType.LOCATION, "de", "Olaf Scholz").id());
    assertEquals("Q1198", link("Die Regierung von Nordrhein-Westfalen tagte in Deutschland.", "Nordrhein-Westfalen",
        EntityType.LOCATION, "de", "Deutschland").id());
    // the source's German name of Gulf Province (Papua New Guinea) is no link in a German article about cars
    assertNull(link("Der Golf verkauft sich in Deutschland gut.", "Golf", null, "de", "Deutschland").id());
  }

  @Test
  void anAmbiguousOrUnsupportedCityStaysUnlinked() {
    // Córdoba: a city and a province of Argentina (and a city of Spain); no context, no link
    assertNull(link("Rain fell on Córdoba.", "Córdoba", EntityType.LOCATION, "en").id());
    // with Argentina named, still two Argentine places: the city and the province tie
    assertNull(link("Rain fell on Córdoba, Argentina.", "Córdoba", EntityType.LOCATION, "en", "Argentina").id());
    // Birmingham: the table's one is in Britain, but a city needs its country in the article
    assertNull(link("A storm struck Birmingham.", "Birmingham", EntityType.LOCATION, "en").id());
    assertEquals("Q2256", link("A storm struck Birmingham, Britain's second city.", "Birmingham", EntityType.LOCATION, "en",
        "Britain").id());
  }

  @Test
  void aSubdivisionSharedAcrossCountriesNeedsItsCountry() {
    // Florida: a US state and a department of Uruguay
    assertNull(link("Heat in Florida.", "Florida", EntityType.LOCATION, "en").id());
    assertEquals("Q812", link("Heat in Florida worried the United States.", "Florida", EntityType.LOCATION, "en", "United States").id());
    assertEquals("Q16593", link("Heat in Florida worried Uruguay.", "Florida", EntityType.LOCATION, "en", "Uruguay").id());
  }

  @Test
  void aCapitalOrPersonKeepsItsName() {
    // Washington the capital, not the state, even where the article names the United States
    assertEquals(new Link("Q61", "USAGOV"), link("Washington imposed tariffs on the United States' rivals.", "Washington",
        EntityType.LOCATION, "en", "United States"));
    // a person's name that is also a place is no place
    assertNull(link("Victoria said no.", "Victoria", EntityType.PERSON, "en").id());
    // an adjective tagged MISC names no place
    assertNull(link("A Florida man.", "Florida", EntityType.MISC, "en", "United States").id());
  }
}
