package org.newsgraph.web.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 (a free port) for tests of fetching; it records the requests' User-Agent. */
public final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-http");
    t.setDaemon(true);
    return t;
  });
  private final List<String> userAgents = new CopyOnWriteArrayList<>();

  public LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<String> userAgents() {
    return userAgents;
  }

  public LocalServer handle(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  /** Serves fixed bytes with a status and Content-Type. */
  public LocalServer serve(String path, int status, String contentType, byte[] body) {
    return handle(path, exchange -> respond(exchange, status, contentType, body));
  }

  /** Redirects with 302 to {@code location}. */
  public LocalServer redirect(String path, String location) {
    return handle(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(302, -1);
    });
  }

  public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
