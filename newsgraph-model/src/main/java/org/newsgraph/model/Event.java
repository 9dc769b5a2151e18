package org.newsgraph.model;

import java.util.Objects;

/**
 * Who did what to whom, as one sentence of the article reports it, coded in CAMEO.
 *
 * @param span the sentence that reports the event
 * @param source the CAMEO actor code of who acts ({@code RUSGOV}), never null
 * @param target the CAMEO actor code of whom it is done to, or null when the sentence names none
 * @param code the CAMEO event code at the most specific level the sentence supports ({@code 0233})
 * @param goldstein the Goldstein cooperation/conflict score of the code, -10..10
 * @param quadClass verbal or material cooperation or conflict, from the code
 * @param sourceEntity the id of the entity behind the source ({@code e1}), or null
 * @param targetEntity the id of the entity behind the target, or null
 * @param cue the verb or phrase that carries the event ("asked", "rejected"), or null
 * @param factuality whether the sentence reports it as having happened
 */
public record Event(
    Span span,
    String source,
    String target,
    String code,
    double goldstein,
    QuadClass quadClass,
    String sourceEntity,
    String targetEntity,
    Span cue,
    Factuality factuality) {
  public Event {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(factuality, "factuality");
    if (!code.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO event code: " + code);
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("Goldstein score out of -10..10: " + goldstein);
    }
  }

  /** The two-digit root of the code ({@code 02} for {@code 0233}). */
  public String rootCode() {
    return code.substring(0, 2);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  int reach() {
    return cue == null ? span.end() : Math.max(span.end(), cue.end());
  }
}
