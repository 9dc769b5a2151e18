package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.SemEvalSimilarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
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

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The SemEval-2022 Task 8 CSV.")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path csv = file != null ? file : defaultFile();
    if (!Files.isRegularFile(csv)) {
      spec.commandLine().getErr().println("newsgraph: " + csv + ": no such file (give the SemEval-2022 Task 8 CSV as FILE)");
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

  /** {@code ../shared/...} from the working directory, else from the checkout that holds the jar. */
  static Path defaultFile() {
    Path relative = Path.of(SemEvalSimilarity.DEFAULT_FILE);
    if (Files.exists(relative)) {
      return relative;
    }
    try {
      Path jar = Path.of(EvalSimilarityCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve(SemEvalSimilarity.DEFAULT_FILE).normalize();
        if (Files.exists(candidate)) {
          return candidate;
        }
      }
    } catch (Exception e) {
      // fall through
    }
    return relative;
  }
}
