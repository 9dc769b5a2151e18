package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search latency over the store: runs queries made from words of the stored titles (single",
      "words, two words, phrases, words with a language and year filter, words with an outlet",
      "filter), each as 'newsgraph search' runs it (10 hits, snippets, facet counts), after a",
      "warm-up, in one thread; prints median, p90, p99 and maximum."
    })
final class BenchSearchCommand implements Callable<Integer> {
  private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--queries", defaultValue = "300", description = "Queries to time (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--warmup", defaultValue = "100", description = "Queries to run first, untimed (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "42", description = "Seed for choosing the query words (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(data.data)) {
      record Sample(List<String> words, String outlet, String language, LocalDate date) {}
      List<Sample> samples = new ArrayList<>();
      store.forEach(o -> {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(o.path("title").asText(""));
        while (m.find()) {
          words.add(m.group());
        }
        if (words.size() >= 2) {
          String published = o.path("published").asText("");
          LocalDate date = published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(published.substring(0, 10)) : null;
          String outlet = o.path("credit").path("outlet").isTextual() ? o.path("credit").path("outlet").asText() : null;
          samples.add(new Sample(words, outlet, o.path("language").asText(null), date));
        }
      });
      if (samples.isEmpty()) {
        spec.commandLine().getErr().println("newsgraph: the store has no titled articles to make queries from");
        return Main.BAD_INPUT;
      }
      Random random = new Random(seed);
      List<SearchRequest> requests = new ArrayList<>();
      for (int i = 0; i < warmup + queries; i++) {
        Sample s = samples.get(random.nextInt(samples.size()));
        int w = random.nextInt(s.words().size() - 1);
        String a = s.words().get(w);
        String b = s.words().get(w + 1);
        SearchRequest r =
            switch (i % 5) {
              case 0 -> SearchRequest.of(a);
              case 1 -> SearchRequest.of(a + " " + b);
              case 2 -> SearchRequest.of("\"" + a + " " + b + "\"");
              case 3 -> new SearchRequest(a, null, null, null, null, s.language() == null ? null : List.of(s.language()),
                  s.date() == null ? null : LocalDate.of(s.date().getYear(), 1, 1),
                  s.date() == null ? null : LocalDate.of(s.date().getYear(), 12, 31), 10, false, 10, true);
              default -> new SearchRequest(a, null, null, null, s.outlet() == null ? null : List.of(s.outlet()), null, null, null,
                  10, false, 10, true);
            };
        requests.add(r);
      }
      double[] millis = new double[queries];
      long hits = 0;
      for (int i = 0; i < requests.size(); i++) {
        long t = System.nanoTime();
        var result = store.search(requests.get(i));
        double ms = (System.nanoTime() - t) / 1e6;
        if (i >= warmup) {
          millis[i - warmup] = ms;
          hits += result.total();
        }
      }
      Arrays.sort(millis);
      out.printf(
          Locale.ROOT, "%,d articles, %d queries after %d warm-up (%,.0f hits on average), one thread:%n",
          store.count(), queries, warmup, hits / (double) queries);
      out.printf(
          Locale.ROOT, "median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n",
          pct(millis, 50), pct(millis, 90), pct(millis, 99), millis[millis.length - 1],
          Arrays.stream(millis).average().orElse(0));
    }
    return 0;
  }

  /** Nearest-rank percentile. */
  static double pct(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
