package org.newsgraph.model;

/**
 * Whether the sentence reports an event as having happened. Only {@link #ASSERTED} events count in
 * relations and evaluations; the others are kept so that a reader can see what was not coded as
 * fact, and why.
 */
public enum Factuality {
  /** Reported as having happened (or happening). */
  ASSERTED,
  /** Said not to have happened: "did not attack", "hat nicht ...". */
  NEGATED,
  /** Possible, wished, planned or asked about: modals, conditionals, questions, the future. */
  HYPOTHETICAL,
  /** Claimed by a speaker inside reported speech, not by the article itself. */
  REPORTED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
