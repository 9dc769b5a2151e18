package org.newsgraph.web;

/** Makes a library's message (which may span lines or be absent) fit one line of a report. */
public final class OneLine {
  private static final int MAX = 200;

  private OneLine() {}

  public static String of(Throwable e) {
    String message = e.getMessage();
    if ((message == null || message.isBlank()) && e instanceof java.io.EOFException) {
      return "unexpected end of data";
    }
    if (message == null || message.isBlank()) {
      Throwable cause = e.getCause();
      return cause != null && cause != e ? of(cause) : e.getClass().getSimpleName();
    }
    return of(message);
  }

  public static String of(String message) {
    String line = message.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return line.length() > MAX ? line.substring(0, MAX - 3) + "..." : line;
  }
}
