package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.pipeline.Stage;

/**
 * Gives each entity of the article its knowledge-base id and actor code, through an {@link
 * EntityLinker}, then lets the linker read office titles as mentions of their holders.
 */
public final class EntityLinking implements Stage {
  private final EntityLinker linker;

  public EntityLinking(EntityLinker linker) {
    this.linker = linker;
  }

  @Override
  public Article apply(Article article) {
    if (article.entities() == null || article.entities().isEmpty() || linker == EntityLinker.NONE) {
      return article;
    }
    List<Entity> linked = new ArrayList<>(article.entities().size());
    for (Entity entity : article.entities()) {
      linked.add(linker.link(entity, article));
    }
    return linker.withTitleMentions(article.toBuilder().entities(linked).build());
  }
}
