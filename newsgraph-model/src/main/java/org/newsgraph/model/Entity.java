package org.newsgraph.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One person, organisation, place or other named thing that the article mentions, with every
 * mention of it in the article.
 *
 * @param id the entity's id within the article ({@code e1}, {@code e2}, ...), which other
 *     annotations use to refer to it
 * @param name the canonical name: the fullest form the article uses ("Vladimir Putin" for "Putin",
 *     "Putin's", "Vladimir Putin")
 * @param kb a Wikidata id such as {@code Q7747}, or null when not linked
 * @param actor a CAMEO actor code such as {@code RUSGOV}, or null
 * @param salience how central the entity is to the article, 0..1
 * @param mentions its mentions in text order; never empty
 */
public record Entity(
    String id, String name, EntityType type, String kb, String actor, double salience, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an entity needs a mention");
    }
    if (!(salience >= 0 && salience <= 1)) {
      throw new IllegalArgumentException("salience out of 0..1: " + salience);
    }
    mentions = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
  }

  /** Where the entity is first mentioned. */
  public int firstStart() {
    return mentions.get(0).start();
  }
}
