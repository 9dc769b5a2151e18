package org.newsgraph.model;

import java.util.List;

/** Who published and wrote the article, as its credit line or page metadata say. */
public record Credit(String outlet, List<String> authors, List<String> agencies) {
  public static final Credit NONE = new Credit(null, List.of(), List.of());

  public Credit {
    authors = List.copyOf(authors);
    agencies = List.copyOf(agencies);
  }

  public boolean isEmpty() {
    return outlet == null && authors.isEmpty() && agencies.isEmpty();
  }
}
