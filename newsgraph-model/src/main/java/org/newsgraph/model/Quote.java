package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A quotation or a piece of reported speech in the article.
 *
 * @param span the content, from the start of its first part to the end of its last; for a direct
 *     quote without its quotation marks
 * @param parts the content's pieces in text order: one for most quotes, several when the
 *     attribution interrupts the words ("“We will,” she said. “Soon.”", "Moscow, he said, would
 *     ...") or a quote runs on over paragraphs
 * @param direct whether the words are given in quotation marks as said; false for reported
 *     (indirect) speech, including reported speech that quotes a few words inside it
 * @param kind speech, or a scare quote (a short phrase in marks that nobody is said to have said)
 * @param cue the verb or phrase that marks the speech ("said", "according to", "laut",
 *     "zufolge", a Konjunktiv verb, a colon); null when none was found
 * @param speaker who said it, or null when the text does not say (or the quote is a scare quote)
 */
public record Quote(Span span, List<Span> parts, boolean direct, QuoteKind kind, Span cue, Speaker speaker) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a quote needs a part");
    }
    for (int i = 0; i < parts.size(); i++) {
      Span p = parts.get(i);
      if (p.start() < span.start() || p.end() > span.end() || (i > 0 && p.start() < parts.get(i - 1).end())) {
        throw new IllegalArgumentException("parts " + parts + " do not lie in order within " + span);
      }
    }
    if (kind == QuoteKind.SCARE && speaker != null) {
      throw new IllegalArgumentException("a scare quote has no speaker");
    }
  }

  /** A quote in one piece. */
  public Quote(Span span, boolean direct, QuoteKind kind, Span cue, Speaker speaker) {
    this(span, List.of(span), direct, kind, cue, speaker);
  }

  /** The quote made of the given parts, in order; its span runs from the first to the last. */
  public static Quote of(List<Span> parts, boolean direct, QuoteKind kind, Span cue, Speaker speaker) {
    return new Quote(
        new Span(parts.get(0).start(), parts.get(parts.size() - 1).end()), parts, direct, kind, cue, speaker);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public Quote withSpeaker(Speaker speaker) {
    return new Quote(span, parts, direct, kind, cue, speaker);
  }

  /** The highest offset any of its spans reaches. */
  int reach() {
    int end = span.end();
    if (cue != null) {
      end = Math.max(end, cue.end());
    }
    if (speaker != null) {
      end = Math.max(end, speaker.end());
      if (speaker.antecedent() != null) {
        end = Math.max(end, speaker.antecedent().end());
      }
    }
    return end;
  }
}
