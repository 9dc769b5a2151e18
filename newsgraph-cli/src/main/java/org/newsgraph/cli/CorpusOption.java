package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.CorpusArticle;
import picocli.CommandLine.Option;

/** The news corpus that the eval and bench commands draw articles from (a picocli mixin). */
final class CorpusOption {
  @Option(names = "--corpus", defaultValue = "../shared/data/corpus/world-news-en.jsonl.gz",
      description = "The corpus, JSON Lines (gzip when .gz) (default: ${DEFAULT-VALUE}).")
  Path path;

  /** Every article of the corpus; null, with a one-line error, when the file is not there. */
  List<CorpusArticle> read(PrintWriter err) throws IOException {
    if (!Files.isRegularFile(path)) {
      err.println("newsgraph: corpus not found: " + path);
      return null;
    }
    return Corpus.read(path);
  }
}
