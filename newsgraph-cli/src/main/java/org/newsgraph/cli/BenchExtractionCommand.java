package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.extraction.ExtractionBenchmark;
import org.newsgraph.eval.extraction.ExtractionBenchmark.Speed;
import org.newsgraph.eval.extraction.ExtractionDataset;
import org.newsgraph.eval.extraction.NewsgraphExtractor;
import org.newsgraph.eval.extraction.Readability4JExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Pages per second of article-body extraction on one thread, newsgraph and Readability4J",
      "in the same run, over the pages of a benchmark folder held in memory (HTML bytes in,",
      "body text out): warm-up passes first, then rounds in turn; the median round counts."
    })
final class BenchExtractionCommand implements Callable<Integer> {
  static final String DEFAULT_DIR = "../shared/data/extraction/scrapinghub-dev";

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = DEFAULT_DIR,
      description = "The benchmark folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up passes over all pages (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--rounds", defaultValue = "5", description = "Timed passes over all pages (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rounds < 1 || warmups < 0) {
      err.println("newsgraph: --rounds must be at least 1 and --warmup at least 0");
      return Main.USAGE;
    }
    ExtractionDataset dataset;
    try {
      dataset = ExtractionDataset.load(dir);
    } catch (IOException e) {
      err.println("newsgraph: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    List<Speed> speeds =
        ExtractionBenchmark.run(dataset, List.of(new NewsgraphExtractor(), new Readability4JExtractor()), warmups, rounds);
    out.printf(
        Locale.ROOT,
        "%d pages (%.1f MB of HTML) from %s, one thread, %d warm-up and %d timed passes%n",
        dataset.pages().size(), dataset.totalBytes() / 1e6, dir, warmups, rounds);
    out.printf(Locale.ROOT, "%-14s %14s %14s%n", "extractor", "pages/s median", "pages/s best");
    for (Speed s : speeds) {
      out.printf(Locale.ROOT, "%-14s %14.1f %14.1f%n", s.extractor(), s.medianPagesPerSecond(), s.bestPagesPerSecond());
    }
    out.printf(
        Locale.ROOT,
        "speed %s / %s = %.2f%n",
        speeds.get(0).extractor(), speeds.get(1).extractor(),
        speeds.get(0).medianPagesPerSecond() / speeds.get(1).medianPagesPerSecond());
    out.flush();
    return 0;
  }
}
