package org.newsgraph.entity;

import java.util.ServiceLoader;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;

/**
 * Links an entity of an article to a knowledge base: its Wikidata id and CAMEO actor code. A
 * knowledge-base module (newsgraph-kb) implements it and registers the implementation in {@code
 * META-INF/services}, as engines register recognizers (see {@link RecognizerProvider}).
 */
public interface EntityLinker {
  /** The entity with {@code kb} and {@code actor} set where the knowledge base knows them. */
  Entity link(Entity entity, Article article);

  /**
   * The article with the office titles the recognizer does not tag ("the Russian President") read
   * as mentions of the person who held the office on its date: added to that person's entity, or
   * as a new linked entity; and the other names of actors it knows that the recognizer does not
   * tag ("US-Soldaten"). Called after {@link #link} has linked every entity. By default none.
   */
  default Article withTitleMentions(Article article) {
    return article;
  }

  /** Links nothing. */
  EntityLinker NONE = (entity, article) -> entity;

  /** The first linker registered on the class path, or {@link #NONE}. */
  static EntityLinker installed() {
    return ServiceLoader.load(EntityLinker.class, EntityLinker.class.getClassLoader()).findFirst().orElse(NONE);
  }
}
