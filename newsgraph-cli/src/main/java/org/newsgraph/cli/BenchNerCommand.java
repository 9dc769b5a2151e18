package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ner.NerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tokens per second of entity recognition on one thread: newsgraph's recognizer, and it with",
      "grouping and linking to the bundled knowledge base, beside",
      "CoreNLP's default NER pipeline (tokenize,ssplit,pos,lemma,ner; German: tokenize,ssplit,mwt,pos,ner)",
      "on the same text in the same run, with load time and the heap each adds."
    })
final class BenchNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "en (default) or de.")
  String language;

  @Option(names = "--input", paramLabel = "FILE",
      description = {"Text to run on: a JSON Lines corpus (.jsonl, .jsonl.gz, field text), a GermEval .tsv or a CoNLL",
          "file. Default: ../shared/data/corpus/world-news-en.jsonl.gz for en,",
          "../shared/data/ner/germeval2014-de/dev.tsv for de."})
  Path input;

  @Option(names = "--sentences", defaultValue = "300", description = "How many sentences of it (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--runs", defaultValue = "3", description = "Timed passes over the text for each side; the median counts (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--no-baseline", description = "Skip CoreNLP's pipeline: time newsgraph alone.")
  boolean noBaseline;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path file = input != null ? input : defaultInput(language);
    List<String> paragraphs = NerBenchmark.paragraphs(file, language, sentences);
    out.printf(Locale.ROOT, "text: %d paragraphs from %s, language %s, one thread%n", paragraphs.size(), file, language);
    out.flush();
    List<NerBenchmark.Side> sides = NerBenchmark.run(language, paragraphs, runs, !noBaseline);
    sides.forEach(side -> out.println(side.line()));
    if (sides.size() == 3) {
      out.printf(Locale.ROOT, "newsgraph is %.1fx as fast, %.1fx with grouping and linking (%d tokens by newsgraph's count)%n",
          sides.get(0).tokensPerSecond() / sides.get(2).tokensPerSecond(),
          sides.get(1).tokensPerSecond() / sides.get(2).tokensPerSecond(), sides.get(0).tokens());
    }
    out.flush();
    return 0;
  }

  private static Path defaultInput(String language) {
    return Path.of(language.equals("de") ? "../shared/data/ner/germeval2014-de/dev.tsv" : "../shared/data/corpus/world-news-en.jsonl.gz");
  }
}
