package org.newsgraph.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.credit.CreditReader;
import org.newsgraph.enrich.FactSelection;
import org.newsgraph.enrich.FactSource;
import org.newsgraph.entity.EntityGrouping;
import org.newsgraph.entity.EntityLinker;
import org.newsgraph.entity.EntityLinking;
import org.newsgraph.entity.EntityRecognition;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.quote.QuoteStage;
import org.newsgraph.relevance.OverlapRelevance;
import org.newsgraph.relevance.TextEmbedder;
import org.newsgraph.relevance.TopicRelevance;
import org.newsgraph.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = {
      "Milliseconds per article of enrichment on one thread: the topic model's relevance",
      "(sentence embeddings of every segment, actors, events) plus fact selection, on corpus",
      "articles already analysed up to quotes; the word-overlap relevance it replaced is timed",
      "beside it on the same articles. Loading the embedding model and the knowledge base's",
      "facts is timed apart, once."
    })
final class BenchEnrichCommand implements Callable<Integer> {
  /** Articles drawn after the timed ones, to warm up on. */
  private static final int WARM_UP = 5;

  @Spec CommandSpec spec;

  @Mixin CorpusOption corpus;

  @Option(names = "--articles", defaultValue = "100", description = "Articles to time (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "1", description = "Seed that draws the articles (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<CorpusArticle> all = corpus.read(err);
    if (all == null) {
      return Main.BAD_INPUT;
    }
    TextEmbedder embedder = TextEmbedder.installed();
    if (embedder == null) {
      err.println("newsgraph: no sentence embedder on the class path (newsgraph-embed)");
      return Main.BAD_INPUT;
    }
    long t0 = System.nanoTime();
    embedder.embed(List.of("The model loads on its first use."));
    double modelMs = (System.nanoTime() - t0) / 1e6;
    t0 = System.nanoTime();
    FactSource facts = FactSource.installed();
    facts.about("Q43");
    double factsMs = (System.nanoTime() - t0) / 1e6;

    err.println("newsgraph: analysing " + articles + " articles up to quotes ...");
    Pipeline before =
        Pipeline.builder()
            .add(new LanguageIdentifier())
            .add(new Segmenter())
            .add(new CreditReader())
            .add(new EntityRecognition(RecognizerProvider.installed()))
            .add(new EntityGrouping())
            .add(new EntityLinking(EntityLinker.installed()))
            .add(new QuoteStage())
            .build();
    List<Article> analysed = new ArrayList<>();
    for (CorpusArticle a : Corpus.sample(all, articles + WARM_UP, seed)) {
      analysed.add(before.run(Corpus.article(a)));
    }
    // Warm up (JIT, the ONNX session's first runs) on articles that are not timed: the embedder
    // keeps recent embeddings, and a timed article must not find its own there from the warm-up.
    List<Article> warmUp = analysed.subList(Math.min(articles, analysed.size()), analysed.size());
    analysed = analysed.subList(0, Math.min(articles, analysed.size()));
    Stage relevance = new TopicRelevance(embedder);
    Stage selection = new FactSelection(facts, embedder, FactSelection.DEFAULT_LIMIT);
    Stage overlap = new OverlapRelevance();
    for (Article a : warmUp) {
      selection.apply(relevance.apply(a));
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double cpuMs = 0;
    double[] enrich = new double[analysed.size()];
    double[] old = new double[analysed.size()];
    int withFacts = 0;
    for (int i = 0; i < analysed.size(); i++) {
      long cpu = os.getProcessCpuTime();
      long s = System.nanoTime();
      Article done = selection.apply(relevance.apply(analysed.get(i)));
      enrich[i] = (System.nanoTime() - s) / 1e6;
      cpuMs += (os.getProcessCpuTime() - cpu) / 1e6;
      withFacts += done.facts() != null && !done.facts().isEmpty() ? 1 : 0;
      s = System.nanoTime();
      overlap.apply(analysed.get(i));
      old[i] = (System.nanoTime() - s) / 1e6;
    }
    out.println(String.format(Locale.ROOT, "articles        %d from %s, seed %d; %d got facts", analysed.size(), corpus.path, seed, withFacts));
    out.println(String.format(Locale.ROOT, "load            embedding model %.0f ms, knowledge-base facts %.0f ms (once)", modelMs, factsMs));
    line(out, "enrichment", enrich);
    // CPU time of all the process's threads, ONNX Runtime's included: what the work costs, less
    // sensitive than wall time to other load on a shared machine.
    out.println(String.format(Locale.ROOT, "enrichment CPU  %.1f ms/article mean (process CPU time, all threads)", cpuMs / analysed.size()));
    line(out, "old relevance", old);
    out.flush();
    return 0;
  }

  private static void line(PrintWriter out, String name, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(ms).average().orElse(Double.NaN);
    out.println(String.format(Locale.ROOT, "%-15s %.1f ms/article mean, median %.1f, p90 %.1f (one thread)",
        name, mean, sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]));
  }
}
