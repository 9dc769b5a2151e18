package org.newsgraph.entity;

import java.util.List;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Token;

/**
 * Finds names in tokenised text: one sentence of tokens at a time in, typed mention spans out.
 * Implementations load their models once and are thread-safe.
 */
public interface EntityRecognizer {
  /**
   * The mentions in the given sentences, in text order. A mention runs from the start of its first
   * token to the end of its last, so its offsets are those of the tokens' text.
   */
  List<Mention> recognize(List<List<Token>> sentences);
}
