package org.newsgraph.read;

import java.util.List;
import org.newsgraph.model.Article;

/** Reads a plain-text article: the text as it is, every line kept. */
public final class PlainTextReader implements ArticleReader {
  public static final String NAME = "text";

  @Override
  public List<Article> read(Source source) throws BadInputException {
    String text = TextDecoder.decode(source.name(), source.bytes());
    return List.of(Article.builder(text).input(source.name()).reader(NAME).build());
  }
}
