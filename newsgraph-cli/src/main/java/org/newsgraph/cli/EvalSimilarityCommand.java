package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.SemEvalSimilarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "similarity",
    mixinStandardHelpOptions = true,
    description = {
      "Pearson correlation of newsgraph's story similarity with the human 'Overall' rating of",
      "SemEval-2022 Task 8 pairs (1 = same story ... 4 = unrelated; we correlate with the negated",
      "rating, so higher is better), for en-en, de-de and de-en pairs, those three together, and",
      "all pairs. FILE defaults to " + SemEvalSimilarity.DEFAULT_FILE + "."
    })
final class EvalSimilarityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SemEvalFile file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path csv = file.existing(spec.commandLine().getErr());
    if (csv == null) {
      return Main.BAD_INPUT;
    }
    SemEvalSimilarity.Report report = SemEvalSimilarity.evaluate(csv);
    out.println("SemEval-2022 Task 8, " + csv);
    out.println("Pearson r of our similarity with -Overall (1 = same story, 4 = unrelated; higher r is better)");
    out.printf(Locale.ROOT, "%-28s %6s %8s%n", "pairs", "n", "r");
    for (SemEvalSimilarity.Result r : report.results()) {
      out.printf(Locale.ROOT, "%-28s %6d %8.3f%n", r.group(), r.pairs(), r.pearson());
    }
    return 0;
  }
}
