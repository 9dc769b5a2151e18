package org.newsgraph.model;

import java.util.Objects;

/** A name as written in the text: its span and the type the recognizer gave it. */
public record Mention(Span span, EntityType type) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }

  public Mention(int start, int end, EntityType type) {
    this(new Span(start, end), type);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
