package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;
import org.newsgraph.web.ArticleSink;
import org.newsgraph.web.HtmlReader;
import org.newsgraph.web.Inputs;
import org.newsgraph.web.OpenedInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses news articles and prints newsgraph/1 JSON: one document for one",
      "page or text; JSON Lines (one article a line, in input order) for several",
      "inputs, or for a feed or an archive.",
      "An input is a file (plain text, HTML, an RSS or Atom feed, a WARC archive;",
      "gzip or not), - for standard input, or an http(s) URL; what it holds is",
      "recognised from its content and name.",
      "Inputs that cannot be read are reported on standard error; the others are",
      "still analysed, and the exit code is 1 at the end. Feed items and archive",
      "records that are skipped are warnings."
    })
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { json, text }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or http(s) URLs to read, or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "json", description = "json (default) or text (the article body only).")
  Format format;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + Source.DEFAULT_MAX_BYTES,
      description =
          "Refuse inputs larger than this many bytes, before and after gzip decompression; in a WARC"
              + " archive, each record's payload (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(
      names = "--allow-private",
      description = "Let URLs (and their redirects) reach loopback, link-local and private addresses.")
  boolean allowPrivate;

  @Mixin KbOption kb;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline;
    try {
      pipeline = Pipeline.standard(RecognizerProvider.installed(), kb.linker());
    } catch (BadInputException e) {
      err.println("newsgraph: --kb: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    HtmlReader html = new HtmlReader(maxBytes, warning -> err.println("newsgraph: " + warning));
    Inputs reader = Inputs.builder(html).maxBytes(maxBytes).allowPrivate(allowPrivate).build();
    int failed = 0;
    for (String input : inputs) {
      try (OpenedInput opened = reader.open(input)) {
        boolean lines = inputs.size() > 1 || opened.kind().holdsMany();
        Printer printer = new Printer(pipeline, out, err, lines);
        opened.read(printer);
        if (printer.analysisFailed) {
          failed++;
        }
      } catch (BadInputException e) {
        out.flush();
        err.println("newsgraph: " + e.getMessage());
        failed++;
      }
      out.flush();
      err.flush();
    }
    if (failed > 0 && inputs.size() > 1) {
      err.println("newsgraph: " + failed + " of " + inputs.size() + " inputs failed");
    }
    return failed > 0 ? Main.BAD_INPUT : 0;
  }

  /** Analyses each article as it is read and prints it; warnings and summaries go to standard error. */
  private final class Printer implements ArticleSink {
    private final Pipeline pipeline;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean lines;
    /** Whether the analysis of an article failed (a bug, reported; the input's other articles go on). */
    boolean analysisFailed;

    Printer(Pipeline pipeline, PrintWriter out, PrintWriter err, boolean lines) {
      this.pipeline = pipeline;
      this.out = out;
      this.err = err;
      this.lines = lines;
    }

    @Override
    public void article(Article read) {
      Article article;
      try {
        article = pipeline.run(read);
      } catch (RuntimeException e) {
        err.println("newsgraph: " + read.input() + ": analysis failed: " + e);
        analysisFailed = true;
        return;
      }
      switch (format) {
        case text -> out.println(article.body());
        case json -> out.println(lines ? ArticleJson.toLine(article) : ArticleJson.toPrettyString(article));
      }
      out.flush();
    }

    @Override
    public void warning(String part, String reason) {
      err.println("newsgraph: " + part + ": warning: " + reason);
    }

    @Override
    public void summary(String input, String line) {
      err.println("newsgraph: " + input + ": " + line);
    }
  }
}
