package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.events.GdeltEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the store out: jsonl (the newsgraph/1 JSON of each article, with story and",
      "duplicateOf), csv (one row an article: id, published, language, outlet, title, url, story,",
      "duplicateOf), or gdelt-events (the events[] of the articles in the 61 tab-separated columns",
      "of GDELT 2.0's event table, no header, so GDELT tooling can read them)."
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    jsonl, csv, gdelt_events;

    @Override
    public String toString() {
      return name().replace('_', '-');
    }
  }

  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--format", defaultValue = "jsonl", converter = FormatConverter.class, description = "jsonl (default), csv or gdelt-events.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only the articles that match (search syntax); all when absent.")
  List<String> query = List.of();

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.replace('-', '_').toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public Integer call() throws IOException {
    Writer target = output == null ? spec.commandLine().getOut() : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    long[] nextId = {1};
    long[] count = {0};
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(data.data)) {
      PrintWriter out = new PrintWriter(target);
      if (format == Format.csv) {
        out.println("id,published,language,outlet,title,url,story,duplicateOf");
      }
      Consumer<com.fasterxml.jackson.databind.node.ObjectNode> write =
          o -> {
            switch (format) {
              case jsonl -> out.println(o.toString());
              case csv -> out.println(String.join(",", csv(o, "id"), csv(o, "published"), csv(o, "language"),
                  csv(o.path("credit"), "outlet"), csv(o, "title"), csv(o, "url"), csv(o, "story"), csv(o, "duplicateOf")));
              case gdelt_events -> GdeltEvents.rows(o, nextId).forEach(out::println);
            }
            count[0]++;
          };
      if (query.isEmpty()) {
        store.forEach(write);
      } else {
        store.forEachMatching(String.join(" ", query), write);
      }
      out.flush();
    } catch (IOException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
      return Main.USAGE;
    } finally {
      if (output != null) {
        target.close();
      }
    }
    if (format == Format.gdelt_events) {
      spec.commandLine().getErr().printf(Locale.ROOT, "newsgraph: %,d events from %,d articles%n", nextId[0] - 1, count[0]);
    }
    return 0;
  }

  private static String csv(JsonNode o, String field) {
    JsonNode v = o.get(field);
    String s = v == null || v.isNull() ? "" : v.asText();
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
