package org.newsgraph.read;

import java.util.List;
import org.newsgraph.model.Article;

/**
 * Turns one input into the articles it holds (a page holds one, a feed or an archive many). Each
 * article's text is what the reader produced; all later offsets point into it.
 */
public interface ArticleReader {
  List<Article> read(Source source) throws BadInputException;
}
