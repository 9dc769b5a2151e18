package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.FieldMapping;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.SourceFactory;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.ingest.IngestProgress;
import org.newsgraph.store.ingest.Ingester;
import org.newsgraph.store.ingest.RejectLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import org.newsgraph.web.HtmlReader;
import org.newsgraph.web.WebSources;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles and keeps them in the store (see --data).",
      "SOURCE: files, folders (walked recursively), glob patterns ('news/**.jsonl'): JSON Lines",
      "(.jsonl, .ndjson, also .gz; fields text, title, date, url, source, authors, see --field)",
      "plain text (.txt; any file named explicitly), HTML pages, RSS/Atom feeds, WARC archives",
      "(also .gz) and http(s) URLs, read as newsgraph analyze reads them.",
      "Idempotent and resumable: articles already stored (same id) are not stored again, and a",
      "killed ingest continues where its last commit stopped. Records that cannot be stored go",
      "to DIR/rejects.jsonl with the reason. A summary goes to standard output."
    })
final class IngestCommand implements Callable<Integer> {
  enum ProgressMode { auto, bar, lines, none }

  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Mixin KbOption kb;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders or glob patterns to ingest.")
  List<String> sources;

  @Option(
      names = "--field",
      paramLabel = "NAME=JSONFIELD",
      description = "Read NAME (one of " + FieldMapping.NAMES + ") from another JSON field, e.g. --field text=body.")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--threads", description = "Analysis threads (default: one per core).", defaultValue = "0")
  int threads;

  @Option(names = "--commit-seconds", defaultValue = "10", description = "Commit the store at least this often (default: ${DEFAULT-VALUE}).")
  double commitSeconds;

  @Option(names = "--no-stories", description = "Do not group stories at the end (a later ingest does).")
  boolean noStories;

  @Option(names = "--progress", defaultValue = "auto", description = "auto (a bar on a terminal, lines elsewhere), bar, lines or none.")
  ProgressMode progressMode;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + Source.DEFAULT_MAX_BYTES,
      description = "Refuse text files and JSON records larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--allow-private", description = "Let URLs (and their redirects) reach loopback, link-local and private addresses.")
  boolean allowPrivate;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FieldMapping mapping;
    try {
      mapping = FieldMapping.DEFAULT.with(fields);
    } catch (IllegalArgumentException e) {
      err.println("newsgraph: --field: " + e.getMessage());
      return Main.USAGE;
    }
    SourceFactory web =
        new WebSources(
            org.newsgraph.web.Inputs.builder(new HtmlReader(maxBytes, warning -> err.println("newsgraph: " + warning))).maxBytes(maxBytes).allowPrivate(allowPrivate).build());
    Inputs.Expansion expansion = Inputs.standard(mapping, maxBytes, List.of(web)).expand(sources);
    for (var r : expansion.rejected()) {
      err.println("newsgraph: " + r.name() + ": " + r.rejectReason());
    }
    IngestProgress progress =
        switch (progressMode) {
          case none -> IngestProgress.NONE;
          case bar -> new ConsoleProgress(err, true, 0);
          case lines -> new ConsoleProgress(err, false, 10);
          case auto -> new ConsoleProgress(err, ConsoleProgress.isTerminal(), 10);
        };
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Ingester.Options options = new Ingester.Options(n, Math.round(commitSeconds * 1000), 5_000, !noStories);
    Pipeline pipeline;
    try {
      pipeline = Pipeline.standard(RecognizerProvider.installed(), kb.linker());
    } catch (BadInputException e) {
      err.println("newsgraph: --kb: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(data.data);
        RejectLog rejects = new RejectLog(data.data)) {
      Ingester.Report report = new Ingester(store, pipeline::run, rejects, options, progress).run(expansion);
      var c = report.counts();
      out.printf(
          Locale.ROOT,
          "%d inputs (%d finished before, skipped); %,d records read: %,d stored, %,d already stored, %,d duplicates, %,d rejected%n",
          report.inputs(), report.inputsSkipped(), c.read.get(), c.stored.get(), c.alreadyStored.get(),
          c.duplicates.get(), c.rejected.get());
      double rate = report.seconds() > 0 ? c.finished() / report.seconds() : 0;
      out.printf(
          Locale.ROOT, "%.1f s, %,.1f articles/s end to end, %d threads; store: %,d articles, %s in %s%n",
          report.seconds(), rate, n, report.articlesInStore(), size(store.sizeOnDisk()), data.data.resolve(LuceneArticleStore.INDEX));
      if (report.stories() != null) {
        var s = report.stories();
        out.printf(
            Locale.ROOT, "stories: %,d articles placed (%,d near-copies, %,d joined a story, %,d new stories) in %.1f s%n",
            s.placed(), s.copies(), s.joined(), s.newStories(), s.millis() / 1000.0);
      }
      if (c.rejected.get() > 0) {
        out.println("rejects: " + rejects.file());
      }
    }
    return expansion.rejected().isEmpty() ? 0 : Main.BAD_INPUT;
  }

  static String size(long bytes) {
    return bytes >= 1 << 20
        ? String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0)
        : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
  }
}
