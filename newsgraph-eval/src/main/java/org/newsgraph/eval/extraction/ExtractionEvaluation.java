package org.newsgraph.eval.extraction;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.eval.extraction.ExtractionDataset.Page;
import org.newsgraph.eval.extraction.ShingleMatch.Counts;

/** Scores extractors on the pages of an {@link ExtractionDataset} with the benchmark's metric. */
public final class ExtractionEvaluation {
  /** One extractor's result: its counts page by page, in the dataset's order, and the score. */
  public record Result(String extractor, List<Counts> pages, ExtractionScore score) {}

  private final ExtractionDataset dataset;
  private final List<Result> results;

  private ExtractionEvaluation(ExtractionDataset dataset, List<Result> results) {
    this.dataset = dataset;
    this.results = List.copyOf(results);
  }

  public static ExtractionEvaluation run(ExtractionDataset dataset, List<Extractor> extractors) {
    List<Result> results = new ArrayList<>();
    for (Extractor extractor : extractors) {
      List<Counts> counts = new ArrayList<>();
      for (Page page : dataset.pages()) {
        counts.add(ShingleMatch.compare(page.truth(), extractor.body(page)));
      }
      results.add(new Result(extractor.name(), counts, ExtractionScore.of(counts)));
    }
    return new ExtractionEvaluation(dataset, results);
  }

  public List<Result> results() {
    return results;
  }

  public Result result(String extractor) {
    return results.stream()
        .filter(r -> r.extractor().equals(extractor))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no extractor " + extractor));
  }

  /** The table: one row an extractor; with {@code verbose}, each page's F1 first, worst first. */
  public void print(PrintWriter out, boolean verbose) {
    if (verbose) {
      printPages(out);
    }
    out.printf(Locale.ROOT, "%d pages from %s%n", dataset.pages().size(), dataset.dir());
    out.printf(Locale.ROOT, "%-14s %9s %9s %9s%n", "extractor", "precision", "recall", "F1");
    for (Result r : results) {
      ExtractionScore s = r.score();
      out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f%n", r.extractor(), s.precision(), s.recall(), s.f1());
    }
    if (results.size() == 2 && results.get(1).score().f1() > 0) {
      out.printf(
          Locale.ROOT,
          "F1 %s / %s = %.3f%n",
          results.get(0).extractor(),
          results.get(1).extractor(),
          results.get(0).score().f1() / results.get(1).score().f1());
    }
    out.flush();
  }

  private void printPages(PrintWriter out) {
    List<Page> pages = dataset.pages();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    Result first = results.get(0);
    order.sort((a, b) -> Double.compare(ExtractionScore.f1(first.pages().get(a)), ExtractionScore.f1(first.pages().get(b))));
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", "page"));
    for (Result r : results) {
      header.append(String.format(Locale.ROOT, " %22s", r.extractor() + " P/R/F1"));
    }
    out.println(header.append("  url"));
    for (int i : order) {
      Page page = pages.get(i);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", page.id().substring(0, Math.min(16, page.id().length()))));
      for (Result r : results) {
        Counts c = r.pages().get(i);
        line.append(String.format(
            Locale.ROOT, "   %.2f %.2f %5.3f", ExtractionScore.precision(c), ExtractionScore.recall(c), ExtractionScore.f1(c)));
        line.append("  ");
      }
      out.println(line.append(page.url() == null ? "" : page.url()));
    }
    out.println();
  }
}
