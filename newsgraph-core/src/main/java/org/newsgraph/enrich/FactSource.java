package org.newsgraph.enrich;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The statements a knowledge base holds about an entity. A knowledge-base module (newsgraph-kb)
 * implements it and registers it in {@code META-INF/services}, as it registers its {@link
 * org.newsgraph.entity.EntityLinker}.
 */
public interface FactSource {
  /** The statements about the entity with this Wikidata id, in any order; empty when none. */
  List<KnownFact> about(String wikidataId);

  /** Knows nothing. */
  FactSource NONE = id -> List.of();

  /** The first source registered on the class path, or {@link #NONE}. */
  static FactSource installed() {
    return ServiceLoader.load(FactSource.class, FactSource.class.getClassLoader()).findFirst().orElse(NONE);
  }
}
