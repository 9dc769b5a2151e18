package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.events.Relations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    description = {
      "How the relation between two actors evolves, from the events[] of the stored articles:",
      "per period, the events each way, their mean Goldstein score, the share of cooperation",
      "(vs conflict) and the most frequent events with an article each. An event counts once per",
      "story, so syndicated copies do not inflate the counts. Articles without events[] (all of",
      "them until the event stage lands) contribute nothing."
    })
final class RelationsCommand implements Callable<Integer> {
  enum Format { text, csv, json }

  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(index = "0", paramLabel = "ACTOR1", description = "An actor code, e.g. RUS.")
  String a;

  @Parameters(index = "1", paramLabel = "ACTOR2", description = "Another actor code, e.g. IRN.")
  String b;

  @Option(names = "--by", defaultValue = "month", description = "day, week, month (default) or year.")
  Relations.Period by;

  @Option(names = "--format", defaultValue = "text", description = "text (default), csv or json.")
  Format format;

 @Option(names = "--plot", paramLabel = "FILE.svg", description = "Also draw the relation as an SVG chart into FILE.svg.")
  java.nio.file.Path plot;

  @Option(names = "--top", defaultValue = "3", description = "Top events per period (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Relations.Row> rows;
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(data.data)) {
      rows = Relations.compute(store, a, b, by);
    } catch (IOException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    String ab = a.toUpperCase(Locale.ROOT) + "->" + b.toUpperCase(Locale.ROOT);
    String ba = b.toUpperCase(Locale.ROOT) + "->" + a.toUpperCase(Locale.ROOT);
    if (plot != null) {
      java.nio.file.Files.writeString(plot, org.newsgraph.store.events.RelationsChart.svg(rows, ab, ba));
      spec.commandLine().getErr().println("newsgraph: chart in " + plot);
    }
    switch (format) {
      case csv -> {
        out.println("period,events_" + ab + ",goldstein_" + ab + ",events_" + ba + ",goldstein_" + ba + ",cooperation_share,top_events");
        for (Relations.Row r : rows) {
          out.printf(
              Locale.ROOT, "%s,%d,%s,%d,%s,%s,\"%s\"%n", r.period, r.ab.events, num(r.ab.meanGoldstein()), r.ba.events,
              num(r.ba.meanGoldstein()), num(r.cooperationShare()), topText(r).replace("\"", "\"\""));
        }
      }
      case json -> out.println(json(rows, ab, ba));
      case text -> {
        if (rows.isEmpty()) {
          out.println("no events between " + a.toUpperCase(Locale.ROOT) + " and " + b.toUpperCase(Locale.ROOT)
              + " in the store (events[] come from the event stage; articles without them count nothing)");
          return 0;
        }
        out.printf(Locale.ROOT, "%-10s %8s %9s %8s %9s %6s  %s%n", "period", ab, "goldstein", ba, "goldstein", "coop", "top events");
        for (Relations.Row r : rows) {
          out.printf(
              Locale.ROOT, "%-10s %8d %9s %8d %9s %6s  %s%n", r.period, r.ab.events, num(r.ab.meanGoldstein()), r.ba.events,
              num(r.ba.meanGoldstein()), Double.isNaN(r.cooperationShare()) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * r.cooperationShare()),
              topText(r));
        }
      }
    }
    return 0;
  }

  private String topText(Relations.Row r) {
    return r.topEvents(top).stream()
        .map(t -> t.direction() + " " + t.code() + " x" + t.count() + " (" + t.articleId() + ")")
        .collect(Collectors.joining("; "));
  }

  private static String num(Double d) {
    return d == null || d.isNaN() ? "" : String.format(Locale.ROOT, "%.2f", d);
  }

  private String json(List<Relations.Row> rows, String ab, String ba) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    for (Relations.Row r : rows) {
      ObjectNode o = array.addObject();
      o.put("period", r.period);
      for (var way : List.of(java.util.Map.entry(ab, r.ab), java.util.Map.entry(ba, r.ba))) {
        ObjectNode w = o.putObject(way.getKey());
        w.put("events", way.getValue().events);
        w.put("meanGoldstein", way.getValue().meanGoldstein());
        w.put("cooperation", way.getValue().cooperation);
        w.put("conflict", way.getValue().conflict);
      }
      if (!Double.isNaN(r.cooperationShare())) {
        o.put("cooperationShare", r.cooperationShare());
      }
      ArrayNode t = o.putArray("topEvents");
      for (Relations.Top x : r.topEvents(top)) {
        t.addObject().put("direction", x.direction()).put("code", x.code()).put("count", x.count()).put("article", x.articleId()).put("title", x.title());
      }
    }
    try {
      return mapper.writeValueAsString(array);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
