package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store (see --data) over HTTP on one port: a web page to search, read articles",
      "with their entities, quotes and events, see entities and the relations between actors,",
      "and analyse a pasted text or URL; and the REST API it uses (described at /openapi.json),",
      "with /health and Prometheus metrics at /metrics. Runs until stopped (Ctrl-C).",
      "Writing (POST /api/articles) needs --token when the server listens beyond loopback."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--token",
      defaultValue = "${env:NEWSGRAPH_TOKEN}",
      description = "Secret that POST /api/articles must send as 'Authorization: Bearer TOKEN' (env NEWSGRAPH_TOKEN).")
  String token;

  @Option(
      names = "--max-body-bytes",
      defaultValue = "" + NewsServer.Options.DEFAULT_MAX_BODY_BYTES,
      description = "Refuse request bodies larger than this with 413 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    NewsServer.Options options =
        new NewsServer.Options(host, port, token == null || token.isBlank() ? null : token, maxBodyBytes, Runtime.getRuntime().availableProcessors());
    LuceneArticleStore opened;
    try {
      opened = LuceneArticleStore.open(data.data);
    } catch (LockObtainFailedException e) {
      err.println("newsgraph: " + data.data + ": another process is writing this store (an ingest?); serve it when that has finished");
      return Main.BAD_INPUT;
    }
    try (LuceneArticleStore store = opened;
        NewsServer server = new NewsServer(store, Pipeline.standard(), options)) {
      int bound = server.start();
      err.printf("newsgraph: serving %,d articles from %s at http://%s:%d/ (Ctrl-C stops)%n", store.count(), data.data, display(host), bound);
      if (options.token() == null && !InetAddress.getByName(host).isLoopbackAddress()) {
        err.println("newsgraph: warning: listening beyond loopback without --token: POST /api/articles is refused");
      }
      err.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      stopped.await();
    }
    return 0;
  }

  private static String display(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
