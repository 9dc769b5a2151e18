package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.eval.quotes.NewsgraphQuotes;
import org.newsgraph.eval.quotes.QuoteEvaluation;
import org.newsgraph.eval.quotes.QuoteSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Content precision and recall, and speaker accuracy, of quotes on the PolNeAR attribution corpus,",
      "for direct and indirect speech apart (a match: contents overlap by half of the gold content)."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the PolNeAR folder, e.g. ../shared/data/quotes/polnear-en")
  Path dir;

  @Option(names = "--split", defaultValue = "dev", description = "which split to score: dev (default) or train")
  String split;

  @Option(names = "--baseline", paramLabel = "SYSTEM", description = "also score a baseline on the same texts: corenlp (needs newsgraph-corenlp-quotes on the class path)")
  String baseline;

  @Option(
      names = "--segments",
      defaultValue = "all",
      description = "all (default): every paragraph is the article's, as PolNeAR's texts are; detected: the standard pipeline's segmenter decides")
  String segments;

  @Option(names = "--errors", paramLabel = "FILE", description = "write every missed, false and wrongly attributed quote to FILE")
  Path errors;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("newsgraph eval quotes: " + dir + " is not a folder");
      return 1;
    }
    if (!segments.equals("all") && !segments.equals("detected")) {
      spec.commandLine().getErr().println("newsgraph eval quotes: --segments is all or detected, not " + segments);
      return 2;
    }
    QuoteSystem system = NewsgraphQuotes.of(segments.equals("detected"));
    QuoteEvaluation.Result r = QuoteEvaluation.evaluate(dir, split, system, errors);
    spec.commandLine().getOut().print(QuoteEvaluation.report(r));
    if (baseline != null) {
      Optional<QuoteSystem> b = QuoteSystem.installed(baseline);
      if (b.isEmpty()) {
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("newsgraph eval quotes: baseline '" + baseline + "' is not installed");
        return 1;
      }
      spec.commandLine().getOut().print(QuoteEvaluation.report(QuoteEvaluation.evaluate(dir, split, b.get())));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
