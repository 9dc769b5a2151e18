package org.newsgraph.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.model.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;

/** Reads an HTML page: for now the text of its paragraphs, one a line, segmented as plain text. */
public final class HtmlReader implements ArticleReader {
  public static final String NAME = "html";

  @Override
  public List<Article> read(Source source) throws BadInputException {
    Document page = Jsoup.parse(new String(source.bytes(), StandardCharsets.UTF_8));
    StringBuilder text = new StringBuilder();
    page.select("h1, h2, h3, p").forEach(e -> text.append(e.text()).append('\n'));
    if (text.toString().isBlank()) {
      throw new BadInputException(source.name(), "no article text found in the page");
    }
    return List.of(Article.builder(text.toString()).input(source.name()).reader(NAME).title(page.title().isBlank() ? null : page.title()).build());
  }
}
