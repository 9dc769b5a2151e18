package org.newsgraph.entity;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Tokenizer;

/** What recognising names in one language takes: a tokenizer and a recognizer trained on its tokens. */
public record LanguageRecognizer(Tokenizer tokenizer, EntityRecognizer recognizer) {
  public LanguageRecognizer {
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(recognizer, "recognizer");
  }

  /** The mentions in {@code text} between {@code start} and {@code end}, with offsets into {@code text}. */
  public List<Mention> recognize(String text, int start, int end) {
    return recognizer.recognize(tokenizer.sentences(text, start, end));
  }
}
