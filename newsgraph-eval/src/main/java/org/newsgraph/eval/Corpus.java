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
import org.newsgraph.eval.linking.NifCorpus;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;

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

  /**
   * The news texts of a file by its kind: a corpus in JSON Lines (all of it), the SemEval-2022 Task
   * 8 CSV (the texts in {@code language}, each article once, by the ids of {@code pair_id}, in file
   * order), NIF Turtle as the N3 collection publishes it (each document, its URI as id) or
   * GermEval 2014 TSV (each sentence, see {@link GermEvalTexts}).
   */
  public static List<CorpusArticle> readTexts(Path path, String language) throws IOException {
    String name = path.getFileName().toString();
    if (name.endsWith(".csv")) {
      return SemEvalSimilarity.texts(path, language);
    }
    if (name.endsWith(".tsv")) {
      return GermEvalTexts.read(path);
    }
    if (name.endsWith(".ttl")) {
      List<CorpusArticle> out = new ArrayList<>();
      try {
        for (NifCorpus.Document d : NifCorpus.read(path)) {
          out.add(new CorpusArticle(d.uri(), null, null, null, null, null, null, null, d.text()));
        }
      } catch (BadInputException e) {
        throw new IOException(e.getMessage(), e);
      }
      return out;
    }
    return read(path);
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
