package org.newsgraph.web;

import org.newsgraph.model.Article;

/**
 * Receives what a reader finds in one input, as it finds it, so that an archive of any size is read
 * record by record: each article in input order, each part of the input that was skipped with a
 * warning, and one-line summaries.
 */
public interface ArticleSink {
  /** An article as the reader produced it (not yet analysed). */
  void article(Article article);

  /**
   * A part of the input (a record, a feed item) that was not read; the rest of the input still is.
   *
   * @param part the part, named as {@link Article#input()} would name it, e.g. {@code
   *     file.warc.gz#offset=1234}
   * @param reason one line, e.g. "corrupt record: ..."
   */
  void warning(String part, String reason);

  /** A one-line summary of an input, e.g. the records it skipped; the default ignores it. */
  default void summary(String input, String line) {}
}
