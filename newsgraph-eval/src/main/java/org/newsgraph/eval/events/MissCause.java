package org.newsgraph.eval.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Factuality;

/**
 * Why the coder missed a hand-coded triple, told from what it made of the sentence: the same
 * triple coded but not asserted, the pair coded with another root, both actors found but no event
 * between them (the verb, the frame or the tree reading failed), or an actor missing. It separates
 * the misses that need actors from those that need verb knowledge, without reading each sentence.
 */
public enum MissCause {
  NOT_ASSERTED("coded, not asserted"),
  OTHER_ROOT("pair coded with another root"),
  NO_EVENT("both actors found, no event between them"),
  NO_SOURCE("source not found"),
  NO_TARGET("target not found"),
  NO_ACTORS("neither actor found");

  private final String label;

  MissCause(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The cause of missing {@code gold} in {@code events} of {@code analysed}: its actors are the
   * actor codes of its entities and of the given events (institutions and groups act only there).
   */
  public static MissCause of(EventTriple gold, Article analysed, List<Event> events) {
    Set<String> actors = new HashSet<>();
    for (Entity e : analysed.entities() == null ? List.<Entity>of() : analysed.entities()) {
      if (e.actor() != null) {
        actors.add(EventTriple.primary(e.actor()));
      }
    }
    boolean pair = false;
    for (Event e : events) {
      if (e.source() != null) {
        actors.add(EventTriple.primary(e.source()));
      }
      if (e.source() == null || e.target() == null) {
        continue;
      }
      EventTriple t = EventTriple.of(e.source(), e.target(), e.code());
      actors.add(t.target());
      if (t.equals(gold) && e.factuality() != Factuality.ASSERTED) {
        return NOT_ASSERTED;
      }
      pair |= t.source().equals(gold.source()) && t.target().equals(gold.target());
    }
    if (pair) {
      return OTHER_ROOT;
    }
    boolean source = actors.contains(gold.source());
    boolean target = actors.contains(gold.target());
    return source && target ? NO_EVENT : source ? NO_TARGET : target ? NO_SOURCE : NO_ACTORS;
  }
}
