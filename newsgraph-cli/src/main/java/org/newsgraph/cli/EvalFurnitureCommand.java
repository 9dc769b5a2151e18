package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.eval.segment.FurnitureCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "furniture",
    mixinStandardHelpOptions = true,
    description = {
      "Counts page furniture that segmentation leaves in the article text: for each pattern, the",
      "corpus articles whose text holds it, and those whose lead, body or subheading segments still",
      "hold it (lower is better). Runs the segmenter only."
    })
final class EvalFurnitureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOption corpus;

  @Option(names = "--pattern", paramLabel = "REGEX",
      description = "Count this Java regular expression instead of the built-in furniture patterns (repeatable).")
  List<String> patterns;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Pattern> chosen = new LinkedHashMap<>();
    if (patterns == null) {
      chosen.putAll(FurnitureCount.DEFAULT_PATTERNS);
    } else {
      for (String p : patterns) {
        try {
          chosen.put(p, Pattern.compile(p));
        } catch (PatternSyntaxException e) {
          err.println("newsgraph: --pattern " + p + ": " + e.getDescription());
          return Main.BAD_INPUT;
        }
      }
    }
    List<CorpusArticle> articles = corpus.read(err);
    if (articles == null) {
      return Main.BAD_INPUT;
    }
    out.println(corpus.path + ": " + articles.size() + " articles");
    out.printf(Locale.ROOT, "%8s %14s  %s%n", "in text", "article text", "pattern");
    for (FurnitureCount.Row r : FurnitureCount.count(articles, chosen)) {
      out.printf(Locale.ROOT, "%8d %14d  %s%n", r.inText(), r.inArticleText(), r.name());
    }
    return 0;
  }
}
