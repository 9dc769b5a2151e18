package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Fact;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "Draws background facts to judge by hand: runs the standard pipeline on corpus articles",
      "drawn with the seed, counts the facts selected, and writes a sample of them, each with",
      "its article's title and lead, to a tab-separated file with empty `on_topic` and `reason`",
      "columns for a reader to fill in (evaluation/facts-judged.tsv is one, judged)."
    })
final class EvalFactsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOption corpus;

  @Option(names = "--articles", defaultValue = "200", description = "Articles to analyse (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--sample", defaultValue = "30", description = "Facts to draw for judging (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--seed", defaultValue = "1", description = "Seed that draws the articles and the sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the sample.")
  Path outFile;

  record Drawn(CorpusArticle article, Article analysed, Fact fact) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<CorpusArticle> whole = corpus.read(err);
    if (whole == null) {
      return Main.BAD_INPUT;
    }
    Pipeline pipeline = Pipeline.standard();
    List<Drawn> all = new ArrayList<>();
    int withFacts = 0;
    int contradicted = 0;
    List<CorpusArticle> drawn = Corpus.sample(whole, articles, seed);
    for (int i = 0; i < drawn.size(); i++) {
      Article a = pipeline.run(Corpus.article(drawn.get(i)));
      if (a.facts() != null && !a.facts().isEmpty()) {
        withFacts++;
        for (Fact f : a.facts()) {
          all.add(new Drawn(drawn.get(i), a, f));
          contradicted += f.contradiction() == null ? 0 : 1;
        }
      }
      if ((i + 1) % 20 == 0) {
        err.println("newsgraph: analysed " + (i + 1) + " of " + drawn.size());
      }
    }
    List<Drawn> picked = new ArrayList<>(all);
    Collections.shuffle(picked, new Random(seed));
    picked = picked.subList(0, Math.min(sample, picked.size()));
    StringBuilder tsv = new StringBuilder("on_topic\treason\tarticle\ttitle\tlead\tfact\trelevance\tcontradiction\tsource\n");
    for (Drawn d : picked) {
      Article a = d.analysed();
      String lead = a.segments().stream().filter(s -> s.kind().isArticleText()).findFirst().map(a::textOf).orElse("");
      tsv.append("\t\t").append(d.article().id()).append('\t').append(clean(d.article().title())).append('\t')
          .append(clean(lead.length() > 300 ? lead.substring(0, 300) + "..." : lead)).append('\t').append(d.fact().text()).append('\t')
          .append(d.fact().relevance()).append('\t')
          .append(d.fact().contradiction() == null ? "" : clean(a.textOf(d.fact().contradiction()))).append('\t')
          .append(d.fact().source()).append('\n');
    }
    Files.writeString(outFile, tsv.toString());
    out.println(String.format(Locale.ROOT, "articles        %d from %s, seed %d", drawn.size(), corpus.path, seed));
    out.println(String.format(Locale.ROOT, "facts           %d selected in %d articles (%d contradicted)", all.size(), withFacts, contradicted));
    out.println(String.format(Locale.ROOT, "sample          %d written to %s", picked.size(), outFile));
    out.flush();
    return 0;
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
