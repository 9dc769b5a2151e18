package org.newsgraph.server;

/** A request the API refuses: the HTTP status and a one-line message for the client. */
final class ApiException extends RuntimeException {
  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
