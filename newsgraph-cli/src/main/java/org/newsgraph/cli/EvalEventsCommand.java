package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.eval.events.EventGold;
import org.newsgraph.eval.events.EventScore;
import org.newsgraph.eval.events.EventTriple;
import org.newsgraph.eval.events.MissCause;
import org.newsgraph.eval.events.PetrarchUnitTests;
import org.newsgraph.eval.events.SentenceInArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Factuality;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates the event coder on FILE, one of:",
      "- a hand-coded sample in newsgraph's gold format (evaluation/README.md): each text is",
      "  analysed by the standard pipeline as a one-paragraph plain-text article, English or",
      "  the language of the file's '# language: de' line; the",
      "  predicted set is (source, target, root) of its asserted events with a target, actors",
      "  by their primary code (RUSGOV: RUS; IGOUNOWFP: IGOUNO); prints micro precision,",
      "  recall and F1, and the counts per root; with --in-article, each sentence is analysed",
      "  within its whole corpus article (its '# sample:' line) and scored on the events of",
      "  that sentence; each miss is given a cause (coded but not asserted, the pair coded",
      "  with another root, both actors found but no event, an actor not found), sentences",
      "  alone only;",
      "- PETRARCH2's coder unit tests (PETR.UnitTest.records.xml): each sentence through the",
      "  standard pipeline with the PETRARCH dictionaries of --dictionaries (default: the",
      "  file's folder) loaded; a record passes when its asserted events with a target are",
      "  exactly the expected (source, target, code) set (none for a no-event record).",
      "  The tests use invented countries (Arnor, Gondor) whose actor dictionary is not",
      "  among PETRARCH2's shipped dictionaries: point --dictionaries at a folder that has it.",
      "With --against SECOND, no coder runs: SECOND, a second hand coding of FILE's sentences,",
      "is scored against FILE the same way (agreement between two human coders)."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EventOptions options;

  @Parameters(paramLabel = "FILE", description = "A gold sample (.txt) or PETR.UnitTest.records.xml.")
  Path file;

  @Option(names = "--verbose", description = "Also list the sentences with false positives or negatives (failing records).")
  boolean verbose;

  @Option(names = "--in-article", description = "Analyse each sampled sentence within its whole article of --corpus, as "
      + "the product reads it (earlier names, titles and dates known), and score the events of that sentence.")
  boolean inArticle;

  @Mixin CorpusOption corpus;

  @Option(names = "--against", paramLabel = "SECOND", description = "Score this second hand coding of FILE's sentences "
      + "against FILE instead of running the coder: how far two coders agree.")
  Path second;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("newsgraph: not found: " + file);
      return Main.BAD_INPUT;
    }
    if (second != null) {
      return agreement();
    }
    return file.getFileName().toString().endsWith(".xml") ? unitTests() : gold();
  }

  /** The second coding scored against the first, sentence by sentence, as the coder is scored. */
  private int agreement() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(second)) {
      err.println("newsgraph: not found: " + second);
      return Main.BAD_INPUT;
    }
    Map<String, EventGold.Sentence> coded = new HashMap<>();
    for (EventGold.Sentence s : EventGold.read(second)) {
      coded.putIfAbsent(s.text(), s);
    }
    List<EventGold.Sentence> first = EventGold.read(file);
    EventScore score = new EventScore();
    int bothNone = 0;
    int bothEvents = 0;
    for (EventGold.Sentence s : first) {
      EventGold.Sentence other = coded.get(s.text());
      if (other == null) {
        err.println("newsgraph: " + second + ": no coding of " + file + ":" + s.line() + " (" + s.text() + ")");
        return Main.BAD_INPUT;
      }
      boolean right = score.add(other.events(), s.events());
      bothNone += s.events().isEmpty() && other.events().isEmpty() ? 1 : 0;
      bothEvents += !s.events().isEmpty() && !other.events().isEmpty() ? 1 : 0;
      if (verbose && !right) {
        out.println("line " + s.line() + ": " + s.text());
        out.println("  first     " + (s.events().isEmpty() ? "none" : s.events()));
        out.println("  second    " + (other.events().isEmpty() ? "none" : other.events()));
      }
    }
    EventScore.Counts c = score.all();
    out.printf(Locale.ROOT, "sentences %d, first coder's triples %d, second coder's %d%n", first.size(), c.tp + c.fn, c.tp + c.fp);
    out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
    out.printf(Locale.ROOT, "sentences both coders give events %d, both none %d, one only %d%n", bothEvents, bothNone,
        first.size() - bothEvents - bothNone);
    printByRoot(out, score);
    return 0;
  }

  private static void printByRoot(PrintWriter out, EventScore score) {
    out.println("root  tp  fp  fn");
    for (Map.Entry<String, EventScore.Counts> e : score.byRoot().entrySet()) {
      EventScore.Counts r = e.getValue();
      out.printf(Locale.ROOT, "%-4s %3d %3d %3d%n", e.getKey(), r.tp, r.fp, r.fn);
    }
  }

  private static Article analyse(Pipeline pipeline, String name, String text, String date, String language) throws IOException {
    Article read;
    try {
      read = new PlainTextReader().read(Source.of(name, text.getBytes(StandardCharsets.UTF_8))).get(0);
    } catch (BadInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    return pipeline.run(read.toBuilder().published(date).language(language).build());
  }

  /** The corpus articles the sentences were drawn from, by id; null, with a one-line error, without a corpus. */
  private Map<String, CorpusArticle> articlesOf(List<EventGold.Sentence> sentences, PrintWriter err) throws IOException {
    Set<String> wanted = new HashSet<>();
    sentences.forEach(s -> wanted.add(s.articleId()));
    List<CorpusArticle> all = corpus.read(err);
    if (all == null) {
      return null;
    }
    Map<String, CorpusArticle> out = new HashMap<>();
    all.stream().filter(a -> wanted.contains(a.id())).forEach(a -> out.put(a.id(), a));
    return out;
  }

  private static Set<EventTriple> asserted(List<Event> events) {
    Set<EventTriple> out = new LinkedHashSet<>();
    for (Event e : events == null ? List.<Event>of() : events) {
      if (e.factuality() == Factuality.ASSERTED && e.target() != null) {
        out.add(EventTriple.of(e.source(), e.target(), e.code()));
      }
    }
    return out;
  }

  private int gold() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<EventGold.Sentence> sentences = EventGold.read(file);
    Map<String, CorpusArticle> articles = inArticle ? articlesOf(sentences, err) : Map.of();
    if (articles == null) {
      return Main.BAD_INPUT;
    }
    Pipeline pipeline = EventOptions.standardWith(options.coder());
    Map<String, Article> analysed = new HashMap<>();
    EventScore score = new EventScore();
    Map<MissCause, Integer> causes = new EnumMap<>(MissCause.class);
    int done = 0;
    int alone = 0;
    for (EventGold.Sentence s : sentences) {
      CorpusArticle c = s.articleId() == null ? null : articles.get(s.articleId());
      Set<EventTriple> predicted;
      Article a;
      List<Event> events;
      if (c != null && c.text() != null && SentenceInArticle.occursIn(c.text(), s.text())) {
        a = analysed.computeIfAbsent(c.id(),
            id -> pipeline.run(Article.builder(c.text()).input(id).published(c.date()).language(s.language()).build()));
        events = SentenceInArticle.events(a, s.text());
      } else {
        if (inArticle) {
          err.println("newsgraph: " + file + ":" + s.line() + ": sentence not found in a corpus article; analysed alone");
          alone++;
        }
        a = analyse(pipeline, file + ":" + s.line(), s.text(), s.date(), s.language());
        events = a.events() == null ? List.of() : a.events();
      }
      predicted = asserted(events);
      boolean right = score.add(predicted, s.events());
      List<String> missed = new ArrayList<>();
      for (EventTriple g : s.events()) {
        if (!predicted.contains(g) && !inArticle) {
          MissCause cause = MissCause.of(g, a, events);
          causes.merge(cause, 1, Integer::sum);
          missed.add(g + ": " + cause.label());
        }
      }
      if (verbose && !right) {
        out.println("line " + s.line() + ": " + s.text());
        out.println("  gold      " + (s.events().isEmpty() ? "none" : s.events()));
        out.println("  predicted " + (predicted.isEmpty() ? "none" : predicted));
        if (!missed.isEmpty()) {
          out.println("  missed    " + missed);
        }
      }
      if (++done % 50 == 0) {
        err.println("newsgraph: " + done + " of " + sentences.size() + " sentences");
      }
    }
    EventScore.Counts c = score.all();
    out.printf(Locale.ROOT, "sentences %d, gold triples %d, predicted %d%s%n", sentences.size(), c.tp + c.fn, c.tp + c.fp,
        inArticle ? ", in their articles (" + alone + " analysed alone)" : "");
    out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
    if (!inArticle) {
      StringBuilder by = new StringBuilder("misses by cause:");
      causes.forEach((cause, n) -> by.append(' ').append(cause.label()).append(' ').append(n).append(';'));
      out.println(by.substring(0, by.length() - (causes.isEmpty() ? 0 : 1)) + (causes.isEmpty() ? " none" : ""));
    }
    printByRoot(out, score);
    return 0;
  }

  private int unitTests() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PetrarchUnitTests.Record> records = PetrarchUnitTests.read(file);
    Path dir = options.dictionaries != null ? options.dictionaries : file.toAbsolutePath().getParent();
    Pipeline pipeline = EventOptions.standardWith(options.coder(dir));
    int passed = 0;
    Map<String, int[]> byCategory = new TreeMap<>();
    int done = 0;
    for (PetrarchUnitTests.Record r : records) {
      Article a = analyse(pipeline, r.id(), r.text(), date(r.date()), "en");
      Set<PetrarchUnitTests.Coded> coded = new LinkedHashSet<>();
      for (Event e : a.events() == null ? List.<Event>of() : a.events()) {
        if (e.factuality() == Factuality.ASSERTED && e.target() != null) {
          coded.add(new PetrarchUnitTests.Coded(e.source(), e.target(), e.code()));
        }
      }
      boolean pass = coded.equals(r.expected());
      int[] cat = byCategory.computeIfAbsent(r.category(), k -> new int[2]);
      cat[1]++;
      if (pass) {
        passed++;
        cat[0]++;
      } else if (verbose) {
        out.println(r.id() + ": " + r.text());
        out.println("  expected " + (r.expected().isEmpty() ? "none" : r.expected()));
        out.println("  coded    " + (coded.isEmpty() ? "none" : coded));
      }
      if (++done % 50 == 0) {
        err.println("newsgraph: " + done + " of " + records.size() + " records");
      }
    }
    out.printf(Locale.ROOT, "PETRARCH2 unit tests: %d of %d pass (%.1f%%), dictionaries %s%n", passed, records.size(), 100.0 * passed / records.size(), dir);
    int noEvent = (int) records.stream().filter(r -> r.expected().isEmpty()).count();
    out.printf(Locale.ROOT, "records that expect events: %d; that expect none: %d%n", records.size() - noEvent, noEvent);
    for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
      out.printf(Locale.ROOT, "  %-10s %3d of %3d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
    return 0;
  }

  /** "19950101" as 1995-01-01; null when it is not such a date. */
  private static String date(String yyyymmdd) {
    return yyyymmdd != null && yyyymmdd.matches("\\d{8}")
        ? yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6)
        : null;
  }
}
