package org.newsgraph.eval.quotes;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * A quote as a system under evaluation found it.
 *
 * @param content the content's pieces
 * @param direct whether the system calls it direct speech
 * @param speaker the speaker's span, or null
 * @param antecedent the name a pronoun speaker stands for, or null
 * @param cue the cue's span, or null
 */
public record PredictedQuote(List<Span> content, boolean direct, Span speaker, Span antecedent, Span cue) {
  public PredictedQuote {
    content = List.copyOf(content);
  }
}
