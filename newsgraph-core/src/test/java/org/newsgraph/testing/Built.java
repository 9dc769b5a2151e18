package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;

/** Articles built by hand for tests of stages that run after segmentation and linking. */
public final class Built {
  private final StringBuilder text = new StringBuilder();
  private final List<Segment> segments = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private String published;

  public Built segment(SegmentKind kind, String paragraph) {
    int start = text.length();
    text.append(paragraph);
    segments.add(new Segment(kind, new Span(start, text.length())));
    text.append("\n\n");
    return this;
  }

  public Built published(String date) {
    this.published = date;
    return this;
  }

  /**
   * An entity with id {@code e1, e2, ...}, its mentions every occurrence of the names in the text;
   * left out when the text has none.
   */
  public Built entity(String kb, double salience, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        mentions.add(new Mention(i, i + name.length(), EntityType.LOCATION));
      }
    }
    if (mentions.isEmpty()) {
      return this;
    }
    entities.add(new Entity("e" + (entities.size() + 1), names[0], EntityType.LOCATION, kb, null, salience, mentions));
    return this;
  }

  public Article.Builder builder() {
    return Article.builder(text.toString()).language("en").published(published).segments(segments).entities(entities);
  }

  public Article build() {
    return builder().build();
  }
}
