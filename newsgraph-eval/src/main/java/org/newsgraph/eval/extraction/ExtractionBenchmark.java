package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.eval.extraction.ExtractionDataset.Page;

/**
 * Pages per second of each extractor on one thread: every extractor first runs over all pages to
 * warm the JIT up, then the extractors take turns, a full pass over the pages each, for the given
 * number of rounds, with a garbage collection before each; each keeps its best and median round.
 */
public final class ExtractionBenchmark {
  /** One extractor's speed: pages per second in its median and its best round. */
  public record Speed(String extractor, double medianPagesPerSecond, double bestPagesPerSecond, long bytes) {}

  private ExtractionBenchmark() {}

  public static List<Speed> run(ExtractionDataset dataset, List<Extractor> extractors, int warmups, int rounds) {
    List<Page> pages = dataset.pages();
    long sink = 0;
    for (int w = 0; w < warmups; w++) {
      for (Extractor e : extractors) {
        sink += pass(e, pages);
      }
    }
    List<List<Double>> seconds = new ArrayList<>();
    for (int i = 0; i < extractors.size(); i++) {
      seconds.add(new ArrayList<>());
    }
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < extractors.size(); i++) {
        System.gc(); // so that one extractor's garbage is not collected in the other's time
        long start = System.nanoTime();
        sink += pass(extractors.get(i), pages);
        seconds.get(i).add((System.nanoTime() - start) / 1e9);
      }
    }
    List<Speed> speeds = new ArrayList<>();
    for (int i = 0; i < extractors.size(); i++) {
      List<Double> s = new ArrayList<>(seconds.get(i));
      s.sort(Double::compare);
      double median = s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
      double best = s.get(0);
      speeds.add(new Speed(extractors.get(i).name(), pages.size() / median, pages.size() / best, dataset.totalBytes()));
    }
    if (sink == 42) {
      System.err.print("");
    }
    return speeds;
  }

  private static long pass(Extractor extractor, List<Page> pages) {
    long chars = 0;
    for (Page page : pages) {
      chars += extractor.body(page).length();
    }
    return chars;
  }
}
