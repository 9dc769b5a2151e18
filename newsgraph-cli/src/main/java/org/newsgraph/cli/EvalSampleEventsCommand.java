package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.events.CountryNames;
import org.newsgraph.eval.events.EventSample;
import org.newsgraph.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "sample-events",
    mixinStandardHelpOptions = true,
    description = {
      "Draws sentences that name at least two different countries from a news corpus, for",
      "hand-coding events, and prints them in the event gold format (no event lines).",
      "",
      "Countries: the bundled knowledge base's English country names, demonyms and capitals,",
      "whole words, case-sensitive. Sentences: the pipeline's paragraph and sentence splitter;",
      "only sentences of 5 to 80 words are drawn. The draw is a seeded shuffle of all candidates",
      "in corpus order, so a seed and a corpus always give the same sample."
    })
final class EvalSampleEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CORPUS", description = "the corpus, JSON Lines (gzip when .gz), e.g. ../shared/data/corpus/world-news-en.jsonl.gz")
  Path corpus;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--count", defaultValue = "200", description = "Number of sentences (default: ${DEFAULT-VALUE}).")
  int count;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (count < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1");
    }
    if (!Files.isRegularFile(corpus)) {
      spec.commandLine().getErr().println("newsgraph: corpus not found: " + corpus);
      return Main.BAD_INPUT;
    }
    List<EventSample.Drawn> drawn =
        new EventSample(new CountryNames(KnowledgeBase.bundled())).draw(Corpus.read(corpus), seed, count);
    out.println("# newsgraph event gold, English: drawn by newsgraph eval sample-events --seed " + seed + " --count " + count + " " + corpus.getFileName());
    out.println();
    out.print(EventSample.format(drawn));
    out.flush();
    return 0;
  }
}
