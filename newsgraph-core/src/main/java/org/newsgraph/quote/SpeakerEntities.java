package org.newsgraph.quote;

import java.util.List;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.Span;

/**
 * Resolves a quote's speaker to one of the article's entities, by their mentions: the entity
 * whose mention overlaps the span that names the speaker (the antecedent of a pronoun, or the
 * speaker span itself: "Arkady Volkov", "the Istanbul Centre"), else the entity that an earlier
 * mention names by the same last name ("Aksoy said" after "Analyst Selin Aksoy"). A pronoun
 * without an antecedent, or a role that names nobody ("a spokeswoman"), stays unresolved.
 *
 * <p>The quote stage builds one from the article's entities when a recognizer ran (see {@link
 * QuoteStage#entityRefs}); the stage knows entities only as mention spans with an id, so that
 * this class does not depend on how entities are recognised.
 */
public final class SpeakerEntities {
  /** One mention of an entity: the entity's id and the mention's span. */
  public record Ref(String entity, Span span) {}

  private final String text;
  private final List<Ref> refs;

  public SpeakerEntities(String text, List<Ref> refs) {
    this.text = text;
    this.refs = List.copyOf(refs);
  }

  public boolean isEmpty() {
    return refs.isEmpty();
  }

  /** The id of the entity the speaker refers to, or null. */
  public String resolve(Speaker speaker) {
    if (speaker == null || refs.isEmpty()) {
      return null;
    }
    String e = overlapping(speaker.naming());
    if (e == null && speaker.antecedent() != null) {
      e = overlapping(speaker.span());
    }
    if (e == null) {
      e = byLastName(speaker.naming());
    }
    return e;
  }

  /** The entity with the mention that overlaps the span most; among equals, the one that ends last (the head). */
  private String overlapping(Span s) {
    Ref best = null;
    int bestOverlap = 0;
    for (Ref r : refs) {
      int o = Math.min(s.end(), r.span().end()) - Math.max(s.start(), r.span().start());
      if (o > bestOverlap || o > 0 && o == bestOverlap && r.span().end() > best.span().end()) {
        best = r;
        bestOverlap = o;
      }
    }
    return best == null ? null : best.entity();
  }

  /** The entity of the nearest mention before the span whose last word is the span's last word. */
  private String byLastName(Span s) {
    String last = lastWord(s.of(text));
    if (last == null || last.length() < 2 || !Character.isUpperCase(last.charAt(0))) {
      return null;
    }
    Ref best = null;
    for (Ref r : refs) {
      String w = lastWord(r.span().of(text));
      if (w != null && w.equals(last)) {
        boolean before = r.span().start() <= s.start();
        if (best == null || before && (best.span().start() > s.start() || r.span().start() > best.span().start())) {
          best = r;
        }
      }
    }
    return best == null ? null : best.entity();
  }

  private static String lastWord(String s) {
    String[] w = s.strip().replaceAll("['’]s$", "").split("[^\\p{L}\\p{N}-]+");
    for (int i = w.length - 1; i >= 0; i--) {
      if (!w[i].isEmpty()) {
        return w[i];
      }
    }
    return null;
  }
}
