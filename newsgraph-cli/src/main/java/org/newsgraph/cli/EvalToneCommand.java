package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.SemEvalSimilarity;
import org.newsgraph.eval.ToneAgreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "tone",
    mixinStandardHelpOptions = true,
    description = {
      "Pearson correlation of the distance between the tone scores of two articles, |score1 - score2|,",
      "with the human 'Tone' rating of SemEval-2022 Task 8 pairs (1 = same tone ... 4 = very different;",
      "higher r is better), for the en-en and de-de pairs, and the mean tone score of their texts.",
      "FILE defaults to " + SemEvalSimilarity.DEFAULT_FILE + "."
    })
final class EvalToneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SemEvalFile file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path csv = file.existing(spec.commandLine().getErr());
    if (csv == null) {
      return Main.BAD_INPUT;
    }
    out.println("SemEval-2022 Task 8, " + csv);
    out.println("Pearson r of |tone score 1 - tone score 2| with Tone (1 = same tone, 4 = very different; higher r is better)");
    out.printf(Locale.ROOT, "%-8s %6s %8s %12s%n", "pairs", "n", "r", "mean score");
    for (ToneAgreement.Result r : ToneAgreement.evaluate(csv)) {
      out.printf(Locale.ROOT, "%-8s %6d %8.3f %12.3f%n", r.languages(), r.pairs(), r.pearson(), r.meanScore());
    }
    return 0;
  }
}
