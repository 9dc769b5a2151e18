package org.newsgraph.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Article;

/** Reads a news corpus: JSON Lines, one {@link CorpusArticle} a line, gzip when the name ends in .gz. */
public final class Corpus {
  private Corpus() {}

  public static List<CorpusArticle> read(Path path) throws IOException {
    List<CorpusArticle> articles = new ArrayList<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        MappingIterator<CorpusArticle> it = new ObjectMapper().readerFor(CorpusArticle.class).readValues(in)) {
      while (it.hasNextValue()) {
        articles.add(it.nextValue());
      }
    }
    return articles;
  }

  /** {@code n} articles with a title and a text, drawn with the seed: the same corpus and seed give the same ones. */
  public static List<CorpusArticle> sample(List<CorpusArticle> corpus, int n, long seed) {
    List<CorpusArticle> usable = new ArrayList<>();
    for (CorpusArticle a : corpus) {
      if (a.title() != null && !a.title().isBlank() && a.text() != null && !a.text().isBlank()) {
        usable.add(a);
      }
    }
    java.util.Collections.shuffle(usable, new java.util.Random(seed));
    return usable.subList(0, Math.min(n, usable.size()));
  }

  /** The article as newsgraph reads it: the title, a blank line, the text; its id and date. */
  public static Article article(CorpusArticle a) {
    return Article.builder(a.title().strip() + "\n\n" + a.text()).input(a.id()).published(a.date()).build();
  }
}
