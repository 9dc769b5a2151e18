package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.LuceneArticleStore;
import org.newsgraph.store.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "A bounded load test of newsgraph serve: starts the server over the store (see --data) on",
      "127.0.0.1 in this process, then runs CLIENTS concurrent clients for SECONDS on search",
      "(queries made from the stored titles) and on analyze (the stored texts), one after the",
      "other. Prints requests per second, p50/p99/max latency, errors, and the heap after a full",
      "GC before and after each phase."
    })
final class BenchServeCommand implements Callable<Integer> {
  enum Phase { search, analyze }

  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "Duration of each phase (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--phases", split = ",", defaultValue = "search,analyze", description = "search, analyze or both (default: ${DEFAULT-VALUE}).")
  List<Phase> phases;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LuceneArticleStore opened;
    try {
      opened = LuceneArticleStore.openReadOnly(data.data);
    } catch (IOException e) {
      err.println("newsgraph: " + data.data + ": no store to read (" + e.getMessage() + "); ingest articles first");
      return Main.BAD_INPUT;
    }
    try (LuceneArticleStore store = opened) {
      List<String> titles = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (var hit : store.search(SearchRequest.of("").withLimit(300)).hits()) {
        if (hit.title() != null) {
          titles.add(hit.title());
        }
        store.get(hit.id()).ifPresent(a -> texts.add(a.path("text").asText()));
      }
      if (texts.isEmpty()) {
        err.println("newsgraph: " + data.data + ": the store is empty; ingest articles first");
        return Main.BAD_INPUT;
      }
      List<String> queries = queries(titles);
      ObjectMapper json = new ObjectMapper();
      try (NewsServer server = new NewsServer(store, Pipeline.standard(), NewsServer.Options.local(0))) {
        String base = "http://127.0.0.1:" + server.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
        out.printf(Locale.ROOT, "store: %,d articles; %d clients, %d s per phase, %d cores%n", store.count(), clients, seconds,
            Runtime.getRuntime().availableProcessors());
        out.println("phase    requests  req/s     p50 ms   p99 ms   max ms   errors  heap before -> after (MiB, after full GC)");
        for (Phase phase : phases) {
          IntFunction<HttpRequest> request =
              switch (phase) {
                case search -> i -> HttpRequest.newBuilder(URI.create(base + "/api/articles?q="
                        + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build();
                case analyze -> i -> HttpRequest.newBuilder(URI.create(base + "/api/analyze"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(json.createObjectNode().put("text", texts.get(i % texts.size())).toString()))
                    .build();
              };
          err.println("newsgraph: warming up " + phase);
          for (int i = 0; i < Math.min(20, texts.size()); i++) {
            send(http, request.apply(i));
          }
          long heapBefore = heapAfterGc();
          err.println("newsgraph: " + phase + ": " + clients + " clients for " + seconds + " s");
          Result r = run(http, request);
          long heapAfter = heapAfterGc();
          out.printf(Locale.ROOT, "%-8s %8d  %7.1f  %7.1f  %7.1f  %7.1f  %7d  %,d -> %,d%n", phase, r.requests(), r.requests() / r.seconds(),
              r.percentile(0.50), r.percentile(0.99), r.percentile(1.0), r.errors(), heapBefore >> 20, heapAfter >> 20);
          out.flush();
        }
      }
    }
    return 0;
  }

  /** One or two words from each title: the searches a reader would type. */
  static List<String> queries(List<String> titles) {
    List<String> queries = new ArrayList<>();
    for (String t : titles) {
      String[] words = Arrays.stream(t.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 3).toArray(String[]::new);
      if (words.length > 0) {
        queries.add(words.length > 1 ? words[0] + " " + words[words.length - 1] : words[0]);
      }
    }
    return queries.isEmpty() ? List.of("news") : queries;
  }

  private record Result(long requests, long errors, double seconds, long[] nanos) {
    double percentile(double p) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p * nanos.length) - 1;
      return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
    }
  }

  private Result run(HttpClient http, IntFunction<HttpRequest> request) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<long[]> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1024]};
      int[] n = {0};
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          boolean ok = send(http, request.apply((int) next.getAndIncrement()));
          long took = System.nanoTime() - t0;
          if (!ok) {
            errors.incrementAndGet();
          }
          if (n[0] == mine[0].length) {
            mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
          }
          mine[0][n[0]++] = took;
        }
        synchronized (perClient) {
          perClient.add(Arrays.copyOf(mine[0], n[0]));
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double took = (System.nanoTime() - start) / 1e9;
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all.length, errors.get(), took, all);
  }

  private static boolean send(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
