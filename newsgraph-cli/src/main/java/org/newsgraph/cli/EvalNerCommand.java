package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ner.ConllFormat;
import org.newsgraph.eval.ner.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Precision, recall and F1 of entity recognition per type and overall (exact spans, as conlleval),",
      "on a CoNLL-2003 column file or, with --germeval, a GermEval 2014 TSV file (outer column:",
      "PER, LOC, ORG as they are, OTH and *deriv as MISC, *part as O).",
      "Prints newsgraph's figures and, measured in the same run, those of CoreNLP's own test path",
      "(CRFClassifier -testFile) with the same model."
    })
final class EvalNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The column file, e.g. ../shared/data/ner/conll2003-en/dev.txt.")
  Path file;

  @Option(names = "--germeval", description = "FILE is GermEval 2014 TSV (German model unless --language says otherwise).")
  boolean germeval;

  @Option(names = "--language", paramLabel = "LANG", description = "Model language: en or de (default: en, de with --germeval).")
  String language;

  @Option(names = "--no-reference", description = "Skip CoreNLP's own test path: newsgraph's figures alone.")
  boolean noReference;

  @Override
  public Integer call() throws Exception {
    ConllFormat format = germeval ? ConllFormat.GERMEVAL : ConllFormat.CONLL;
    String lang = language != null ? language : germeval ? "de" : "en";
    NerEvaluation.Result result = NerEvaluation.evaluate(file, format, lang, !noReference);
    spec.commandLine().getOut().print(result.report());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
