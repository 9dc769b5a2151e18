package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the store: prints the hits (id, date, outlet, title, a snippet with the matches",
      "marked) and facet counts over everything that matched.",
      "QUERY is Lucene query syntax: words (all must match), \"phrases\", OR, NOT, -word, word*,",
      "title:word, body:word, and the keyword fields id, lang, outlet, entity, actor, event,",
      "agency, url; date:2016, date:2016-03, date:[2016-01-01 TO 2016-06-30]. No QUERY: everything."
    })
final class SearchCommand implements Callable<Integer> {
  enum Order { relevance, date }

  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined).")
  List<String> query = List.of();

  @Option(names = "--entity", paramLabel = "ID", description = "Only articles that name this entity (e.g. Q7747); repeatable, any matches.")
  List<String> entities = List.of();

  @Option(names = "--actor", paramLabel = "CODE", description = "Only articles with events of this actor (e.g. RUS); repeatable.")
  List<String> actors = List.of();

  @Option(names = "--event", paramLabel = "CODE", description = "Only articles with this CAMEO event code; repeatable.")
  List<String> events = List.of();

  @Option(names = "--outlet", description = "Only articles of this outlet (case ignored); repeatable.")
  List<String> outlets = List.of();

  @Option(names = "--lang", description = "Only articles in this language (ISO 639-1); repeatable.")
  List<String> languages = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (2016, 2016-03 or 2016-03-01).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (2016, 2016-03 or 2016-03-01).")
  String to;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance (default) or date (newest first).")
  Order sort;

  @Option(names = "--facets", defaultValue = "10", paramLabel = "N", description = "Values per facet (default: ${DEFAULT-VALUE}; 0: none).")
  int facets;

  @Option(names = "--json", description = "Print one JSON object: total, hits, facets.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate fromDate;
    LocalDate toDate;
    try {
      fromDate = from == null ? null : date(from, true);
      toDate = to == null ? null : date(to, false);
    } catch (IllegalArgumentException e) {
      err.println("newsgraph: " + e.getMessage());
      return Main.USAGE;
    }
    SearchRequest request =
        new SearchRequest(
            String.join(" ", query), entities, actors, events, outlets, languages, fromDate, toDate, limit,
            sort == Order.date, facets, true);
    SearchResult result;
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(data.data)) {
      result = store.search(request);
    } catch (IllegalArgumentException e) {
      err.println("newsgraph: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("newsgraph: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    if (json) {
      out.println(toJson(result));
    } else {
      print(out, result, ConsoleProgress.isTerminal());
    }
    out.flush();
    return 0;
  }

  static LocalDate date(String s, boolean first) {
    try {
      if (s.matches("\\d{4}")) {
        return first ? LocalDate.of(Integer.parseInt(s), 1, 1) : LocalDate.of(Integer.parseInt(s), 12, 31);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        var m = java.time.YearMonth.parse(s);
        return first ? m.atDay(1) : m.atEndOfMonth();
      }
      return LocalDate.parse(s);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a date: '" + s + "' (write 2016, 2016-03 or 2016-03-01)");
    }
  }

  static String toJson(SearchResult r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode o = mapper.createObjectNode();
    o.put("total", r.total());
    o.put("millis", Math.round(r.millis() * 10) / 10.0);
    ArrayNode hits = o.putArray("hits");
    for (SearchResult.Hit h : r.hits()) {
      ObjectNode x = hits.addObject();
      x.put("id", h.id());
      x.put("published", h.published());
      x.put("outlet", h.outlet());
      x.put("language", h.language());
      x.put("title", h.title());
      x.put("url", h.url());
      x.put("score", h.score());
      x.put("snippet", h.snippet());
      x.put("story", h.story());
      x.put("duplicateOf", h.duplicateOf());
    }
    ObjectNode facets = o.putObject("facets");
    r.facets().forEach((dim, values) -> {
      ObjectNode f = facets.putObject(dim);
      values.forEach(v -> f.put(v.value(), v.count()));
    });
    try {
      return mapper.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void print(PrintWriter out, SearchResult r, boolean terminal) {
    out.printf(Locale.ROOT, "%,d article%s match (%.1f ms)%n", r.total(), r.total() == 1 ? "" : "s", r.millis());
    int i = 0;
    for (SearchResult.Hit h : r.hits()) {
      i++;
      String date = h.published() == null ? "----------" : h.published().length() > 10 ? h.published().substring(0, 10) : h.published();
      out.printf(
          Locale.ROOT, "%n%3d. %s  %s  [%s]  %s%n", i, date, h.outlet() == null ? "-" : h.outlet(),
          h.language() == null ? "?" : h.language(), h.title() == null ? "(no title)" : h.title());
      String story = h.story() == null ? "" : "  story " + h.story() + (h.duplicateOf() != null ? "  copy of " + h.duplicateOf() : "");
      out.println("     id " + h.id() + story);
      if (h.snippet() != null) {
        out.println("     " + snippet(h.snippet(), terminal));
      }
    }
    if (!r.facets().isEmpty()) {
      out.println();
      out.println("facets:");
      r.facets().forEach((dim, values) -> out.printf(
          Locale.ROOT, "  %-7s %s%n", dim,
          values.stream().map(v -> v.value() + " " + String.format(Locale.ROOT, "%,d", v.count())).collect(Collectors.joining(", "))));
    }
  }

  /** The highlighter's markup for a person: bold on a terminal, *word* elsewhere. */
  static String snippet(String html, boolean terminal) {
    String on = terminal ? "\u001b[1m" : "*";
    String off = terminal ? "\u001b[0m" : "*";
    return html.replaceAll("\\s+", " ")
        .replace("<b>", on)
        .replace("</b>", off)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
