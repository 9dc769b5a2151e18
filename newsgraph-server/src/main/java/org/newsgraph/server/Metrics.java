package org.newsgraph.server;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** Request counts and latencies per route, in the Prometheus text exposition format (0.0.4). */
final class Metrics {
  /** Upper bounds of the latency buckets, in seconds. */
  private static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private record Key(String method, String route, int status) {}

  private static final class Latency {
    final AtomicLongArray buckets = new AtomicLongArray(BOUNDS.length);
    final LongAdder count = new LongAdder();
    final DoubleAdder sum = new DoubleAdder();
  }

  private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Latency> latencies = new ConcurrentHashMap<>();

  void record(String method, String route, int status, double seconds) {
    requests.computeIfAbsent(new Key(method, route, status), k -> new LongAdder()).increment();
    Latency l = latencies.computeIfAbsent(route, r -> new Latency());
    for (int i = 0; i < BOUNDS.length; i++) {
      if (seconds <= BOUNDS[i]) {
        l.buckets.incrementAndGet(i);
      }
    }
    l.count.increment();
    l.sum.add(seconds);
  }

  String text(long articlesStored) {
    StringBuilder out = new StringBuilder();
    out.append("# HELP newsgraph_http_requests_total HTTP requests by method, route and status.\n");
    out.append("# TYPE newsgraph_http_requests_total counter\n");
    new TreeMap<String, Long>(
            requests.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        e -> String.format(Locale.ROOT, "{method=\"%s\",route=\"%s\",status=\"%d\"}",
                            e.getKey().method(), escape(e.getKey().route()), e.getKey().status()),
                        e -> e.getValue().sum())))
        .forEach((labels, n) -> out.append("newsgraph_http_requests_total").append(labels).append(' ').append(n).append('\n'));
    out.append("# HELP newsgraph_http_request_duration_seconds Time to answer a request, by route.\n");
    out.append("# TYPE newsgraph_http_request_duration_seconds histogram\n");
    new TreeMap<>(latencies).forEach((route, l) -> {
      String r = escape(route);
      for (int i = 0; i < BOUNDS.length; i++) {
        out.append(String.format(Locale.ROOT, "newsgraph_http_request_duration_seconds_bucket{route=\"%s\",le=\"%s\"} %d%n", r, BOUNDS[i], l.buckets.get(i)));
      }
      out.append(String.format(Locale.ROOT, "newsgraph_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %d%n", r, l.count.sum()));
      out.append(String.format(Locale.ROOT, "newsgraph_http_request_duration_seconds_sum{route=\"%s\"} %.6f%n", r, l.sum.sum()));
      out.append(String.format(Locale.ROOT, "newsgraph_http_request_duration_seconds_count{route=\"%s\"} %d%n", r, l.count.sum()));
    });
    out.append("# HELP newsgraph_articles_stored Articles in the store.\n");
    out.append("# TYPE newsgraph_articles_stored gauge\n");
    out.append("newsgraph_articles_stored ").append(articlesStored).append('\n');
    out.append("# HELP newsgraph_jvm_heap_used_bytes Heap in use.\n");
    out.append("# TYPE newsgraph_jvm_heap_used_bytes gauge\n");
    out.append("newsgraph_jvm_heap_used_bytes ").append(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()).append('\n');
    return out.toString();
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
