package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses news articles and prints newsgraph/1 JSON: one document for one input,",
      "JSON Lines (one article a line, in the order given) for several.",
      "Inputs that cannot be read are reported on standard error; the others are still analysed,",
      "and the exit code is 1 at the end."
    })
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { json, text }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files to read, or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "json", description = "json (default) or text (the article body only).")
  Format format;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + Source.DEFAULT_MAX_BYTES,
      description = "Refuse inputs larger than this many bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = Pipeline.standard();
    PlainTextReader reader = new PlainTextReader();
    boolean several = inputs.size() > 1;
    int failed = 0;
    for (String input : inputs) {
      try {
        Source source =
            input.equals("-") ? Source.stream("-", System.in, maxBytes) : Source.file(Path.of(input), maxBytes);
        for (Article read : reader.read(source)) {
          Article article = pipeline.run(read);
          switch (format) {
            case text -> out.println(article.body());
            case json -> out.println(several ? ArticleJson.toLine(article) : ArticleJson.toPrettyString(article));
          }
        }
        out.flush();
      } catch (BadInputException e) {
        err.println("newsgraph: " + e.getMessage());
        failed++;
      }
    }
    if (failed > 0 && several) {
      err.println("newsgraph: " + failed + " of " + inputs.size() + " inputs failed");
    }
    return failed > 0 ? Main.BAD_INPUT : 0;
  }
}
