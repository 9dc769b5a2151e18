package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import java.util.List;

/**
 * One thing the knowledge base knows: its Wikidata id, the recognition type it is found as, its
 * names in English and German, and the facts the linker and the actor coder use.
 *
 * @param id Wikidata id, such as {@code Q159}
 * @param type the recognition type a mention of it has
 * @param kind what it is: country, city (a capital), subdivision or large-city ({@link Places}), igo,
 *     organisation, outlet, person, or for imported
 *     entries the Wikidata class
 * @param actor CAMEO actor code, such as {@code RUS} or {@code IGOUNO}; empty when none
 * @param country the country it belongs to (ISO 3166 alpha-3 or, in imported files, a Wikidata id);
 *     empty when none
 * @param namesEn English label first, then English aliases
 * @param namesDe German label first, then German aliases
 * @param demonymsEn English adjectives and demonyms ("Russian") that stand for a country
 * @param demonymsDe German adjective stems ("russisch") and, for some states, the noun for a national ("Russe")
 * @param enwiki English Wikipedia title; empty when none
 * @param dewiki German Wikipedia title; empty when none
 * @param capital Wikidata id of the capital; empty when none
 * @param offices positions held, with dates
 * @param source where the id and the facts were taken from
 */
public record KbEntry(
    String id,
    EntityType type,
    String kind,
    String actor,
    String country,
    List<String> namesEn,
    List<String> namesDe,
    List<String> demonymsEn,
    List<String> demonymsDe,
    String enwiki,
    String dewiki,
    String capital,
    List<Office> offices,
    String source) {

  public KbEntry {
    if (!WikidataId.isItem(id)) {
      throw new IllegalArgumentException("not a Wikidata item id: " + id);
    }
    namesEn = List.copyOf(namesEn);
    namesDe = List.copyOf(namesDe);
    demonymsEn = List.copyOf(demonymsEn);
    demonymsDe = List.copyOf(demonymsDe);
    offices = List.copyOf(offices);
  }

  /** The English label, else the German one, else the id. */
  public String label() {
    return !namesEn.isEmpty() ? namesEn.get(0) : !namesDe.isEmpty() ? namesDe.get(0) : id;
  }
}
