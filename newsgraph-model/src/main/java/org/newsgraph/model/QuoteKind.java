package org.newsgraph.model;

import java.util.Locale;

/** What a quoted passage is: words someone said, or words held at a distance. */
public enum QuoteKind {
  /** Speech, direct or reported: someone's words, with a speaker when the text names one. */
  SPEECH,
  /**
   * A short phrase in quotation marks that is not presented as anyone's statement: scare quotes
   * ("a so-called "reform""), titles of shows and papers, terms. Never has a speaker.
   */
  SCARE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static QuoteKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
