package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;

/** The test pages under {@code pages/}, read with a fresh {@link HtmlReader}. */
final class Pages {
  private Pages() {}

  static byte[] bytes(String name) {
    try (InputStream in = Pages.class.getResourceAsStream("pages/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test page " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article read(String name) {
    return read(name, bytes(name));
  }

  static Article read(String name, byte[] bytes) {
    try {
      List<Article> articles = new HtmlReader().read(Source.of(name, bytes));
      if (articles.size() != 1) {
        throw new AssertionError(name + ": " + articles.size() + " articles, expected one");
      }
      return articles.get(0);
    } catch (BadInputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
