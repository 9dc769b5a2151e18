package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.extraction.ExtractionDataset;
import org.newsgraph.eval.extraction.ExtractionEvaluation;
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
      "Scores article-body extraction on a folder laid out as the article-extraction benchmark",
      "(html/*.html.gz and ground-truth.json) with the benchmark's metric (4-token shingles,",
      "per-page normalised, mean precision and recall), for newsgraph and for Readability4J."
    })
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = BenchExtractionCommand.DEFAULT_DIR,
      description = "The benchmark folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = {"-v", "--verbose"}, description = "Also print each page's precision, recall and F1, worst first.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ExtractionDataset dataset;
    try {
      dataset = ExtractionDataset.load(dir);
    } catch (IOException e) {
      err.println("newsgraph: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    ExtractionEvaluation
        .run(dataset, List.of(new NewsgraphExtractor(), new Readability4JExtractor()))
        .print(spec.commandLine().getOut(), verbose);
    return 0;
  }
}
