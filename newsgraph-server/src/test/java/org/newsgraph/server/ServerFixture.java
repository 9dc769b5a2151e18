package org.newsgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A server on a free port of 127.0.0.1 over the test collection, and a client for it. */
final class ServerFixture implements AutoCloseable {
  final TestCollection collection;
  final NewsServer server;
  final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ServerFixture(NewsServer.Options options) throws IOException, InterruptedException {
    collection = TestCollection.get();
    server = new NewsServer(collection.store, collection.pipeline, options);
    int port = server.start();
    base = "http://127.0.0.1:" + port;
  }

  static ServerFixture local() throws IOException, InterruptedException {
    return new ServerFixture(NewsServer.Options.local(0));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
  }
}
