package org.newsgraph.eval.quotes;

import java.util.List;

/**
 * A system whose quotes are scored: newsgraph's pipeline, or a baseline such as CoreNLP's quote
 * annotators (module newsgraph-corenlp-quotes, found through {@link java.util.ServiceLoader}).
 */
public interface QuoteSystem {
  /** A short name for the report: "newsgraph", "corenlp". */
  String name();

  /** The speech quotes of one article's text (not scare quotes). */
  List<PredictedQuote> quotes(String text);

  /** Looks up an installed baseline by name: a {@link QuoteSystem} registered as a service. */
  static java.util.Optional<QuoteSystem> installed(String name) {
    for (QuoteSystem s : java.util.ServiceLoader.load(QuoteSystem.class)) {
      if (s.name().equals(name)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
