package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.event.EventCoder;
import org.newsgraph.event.VerbLexicon;
import org.newsgraph.event.ActorDictionary;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.quote.Sentences;
import org.newsgraph.text.DependencyParser;
import org.newsgraph.text.ParserProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Sentences per second of the event coder on one thread, on corpus articles.",
      "The articles are first analysed up to the coder (language, segments, entities, links,",
      "quotes; not timed); then the coder alone runs over them, --runs times after one warm-up",
      "run. Every sentence of the articles' own text counts; only those with an actor are parsed.",
      "Prints the best run's rate, the share of time spent in the dependency parser, and the",
      "events found."
    })
final class BenchEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOption corpus;

  @Option(names = "--articles", defaultValue = "100", description = "Articles to draw (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "7", description = "Seed that draws the articles (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs (default: ${DEFAULT-VALUE}).")
  int runs;

  /** The installed parsers, with the time spent in them. */
  private static final class TimedParsers implements ParserProvider {
    private final ParserProvider inner = ParserProvider.installed();
    long nanos;
    int sentences;

    @Override
    public Optional<DependencyParser> forLanguage(String language) {
      return inner.forLanguage(language).map(p -> words -> {
        long t = System.nanoTime();
        try {
          return p.parse(words);
        } finally {
          nanos += System.nanoTime() - t;
          sentences++;
        }
      });
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<CorpusArticle> read = corpus.read(err);
    if (read == null) {
      return Main.BAD_INPUT;
    }
    List<CorpusArticle> all = new ArrayList<>(read);
    Collections.shuffle(all, new Random(seed));
    Pipeline.Builder b = Pipeline.builder();
    for (Stage s : Pipeline.standard().stages()) {
      if (!(s instanceof EventCoder)) {
        b.add(s);
      }
    }
    Pipeline before = b.build();
    List<Article> prepared = new ArrayList<>();
    int sentences = 0;
    for (CorpusArticle c : all) {
      if (prepared.size() >= articles) {
        break;
      }
      if (c.text() == null || c.text().isBlank()) {
        continue;
      }
      Article a = before.run(Article.builder(c.text()).input(c.id()).published(c.date()).build());
      if (!"en".equals(a.language())) {
        continue;
      }
      prepared.add(a);
      List<org.newsgraph.model.Span> paras = a.segments().stream().filter(s -> s.kind().isArticleText()).map(Segment::span).toList();
      sentences += Sentences.split(a.text(), paras, Locale.ENGLISH).size();
      if (prepared.size() % 25 == 0) {
        err.println("newsgraph: prepared " + prepared.size() + " of " + articles + " articles");
      }
    }
    TimedParsers parsers = new TimedParsers();
    EventCoder coder = new EventCoder(parsers, VerbLexicon.bundled("en"), VerbLexicon.bundled("de"), ActorDictionary.EMPTY);
    long t0 = System.nanoTime();
    prepared.forEach(coder::apply);
    out.printf(Locale.ROOT, "warm-up (loads the tagger and parser): %.1f s%n", (System.nanoTime() - t0) / 1e9);
    double best = Double.MAX_VALUE;
    long parseNanos = 0;
    int parsed = 0;
    int events = 0;
    int asserted = 0;
    for (int r = 0; r < runs; r++) {
      parsers.nanos = 0;
      parsers.sentences = 0;
      events = 0;
      asserted = 0;
      long t = System.nanoTime();
      for (Article a : prepared) {
        Article coded = coder.apply(a);
        if (coded.events() != null) {
          events += coded.events().size();
          asserted += (int) coded.events().stream().filter(e -> e.factuality() == org.newsgraph.model.Factuality.ASSERTED).count();
        }
      }
      double s = (System.nanoTime() - t) / 1e9;
      if (s < best) {
        best = s;
        parseNanos = parsers.nanos;
        parsed = parsers.sentences;
      }
    }
    out.printf(Locale.ROOT, "articles %d, sentences %d (parsed: %d with an actor)%n", prepared.size(), sentences, parsed);
    out.printf(Locale.ROOT, "event coder, one thread: %.0f sentences/s (%.2f s a run, best of %d); parsing %.0f%% of it%n",
        sentences / best, best, runs, 100.0 * parseNanos / 1e9 / best);
    out.printf(Locale.ROOT, "events %d, of them asserted %d%n", events, asserted);
    return 0;
  }
}
