package org.newsgraph.model;

import java.util.Objects;

/**
 * Who said a quote, as the text names them.
 *
 * @param span the mention as written: a name ("Arkady Volkov"), a pronoun ("he", "who"), a role
 *     ("the spokeswoman", "ein Sprecher des Ministeriums")
 * @param antecedent for a pronoun or a role, the earlier name it stands for when the text gives
 *     one ("he" after "Arkady Volkov"); null otherwise
 * @param entity the id of the article's entity the speaker refers to ({@code e1}, ...), or null
 *     when entities were not recognised or none fits
 */
public record Speaker(Span span, Span antecedent, String entity) {
  public Speaker {
    Objects.requireNonNull(span, "span");
  }

  public Speaker(Span span) {
    this(span, null, null);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public Speaker withEntity(String entity) {
    return new Speaker(span, antecedent, entity);
  }

  /** The span that names the speaker best: the antecedent where there is one, else the mention. */
  public Span naming() {
    return antecedent != null ? antecedent : span;
  }
}
