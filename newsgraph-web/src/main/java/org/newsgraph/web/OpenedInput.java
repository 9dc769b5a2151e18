package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;

/**
 * An input that {@link Inputs} has opened and recognised, ready to be read once. Closing it frees
 * what opening took (an open file, a temporary copy of standard input).
 */
public final class OpenedInput implements AutoCloseable {
  /** Reads the input into a sink. */
  @FunctionalInterface
  interface Reading {
    void read(ArticleSink sink) throws BadInputException;
  }

  private final String input;
  private final InputKind kind;
  private final Reading reading;
  private final Runnable cleanup;

  OpenedInput(String input, InputKind kind, Reading reading, Runnable cleanup) {
    this.input = input;
    this.kind = kind;
    this.reading = reading;
    this.cleanup = cleanup;
  }

  OpenedInput(String input, InputKind kind, Reading reading) {
    this(input, kind, reading, () -> {});
  }

  /** The input as the user gave it. */
  public String input() {
    return input;
  }

  public InputKind kind() {
    return kind;
  }

  /**
   * Reads the input: articles, warnings and a summary go to the sink as they are found.
   *
   * @throws BadInputException when the input as a whole cannot be read (parts that cannot be read
   *     are warnings)
   */
  public void read(ArticleSink sink) throws BadInputException {
    reading.read(sink);
  }

  /** Reads all articles into a list; warnings and summaries are dropped. */
  public List<Article> readAll() throws BadInputException {
    List<Article> articles = new ArrayList<>();
    read(
        new ArticleSink() {
          @Override
          public void article(Article article) {
            articles.add(article);
          }

          @Override
          public void warning(String part, String reason) {}
        });
    return articles;
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
