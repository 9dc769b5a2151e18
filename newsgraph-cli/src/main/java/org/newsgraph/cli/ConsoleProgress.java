package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsgraph.store.ingest.IngestCounts;
import org.newsgraph.store.ingest.IngestProgress;

/**
 * Shows a running ingest on standard error: on a terminal a bar redrawn in place, with rate and
 * time left; elsewhere (a log, a pipe) a plain line every {@code lineSeconds}.
 */
final class ConsoleProgress implements IngestProgress {
  private final PrintWriter err;
  private final boolean terminal;
  private final double lineSeconds;
  private double lastLine;
  private int lastWidth;

  ConsoleProgress(PrintWriter err, boolean terminal, double lineSeconds) {
    this.err = err;
    this.terminal = terminal;
    this.lineSeconds = lineSeconds;
  }

  /** A terminal when the JVM has a console (standard input and output are a terminal) and TERM is not "dumb". */
  static boolean isTerminal() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  @Override
  public synchronized void update(IngestCounts c, long total, double elapsed) {
    if (terminal) {
      String line = bar(c, total, elapsed);
      err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      err.flush();
      lastWidth = line.length();
    } else if (elapsed - lastLine >= lineSeconds) {
      lastLine = elapsed;
      err.println("newsgraph: " + plain(c, total, elapsed));
      err.flush();
    }
  }

  @Override
  public synchronized void finish(IngestCounts c, long total, double elapsed) {
    if (terminal) {
      String line = bar(c, total, elapsed);
      err.println("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    } else {
      err.println("newsgraph: " + plain(c, total, elapsed));
    }
    err.flush();
  }

  static String bar(IngestCounts c, long total, double elapsed) {
    long done = c.finished();
    double rate = elapsed > 0 ? done / elapsed : 0;
    StringBuilder b = new StringBuilder();
    if (total > 0) {
      double share = Math.min(1, done / (double) total);
      int width = 30;
      int full = (int) Math.round(share * width);
      b.append('[').append("#".repeat(full)).append(".".repeat(width - full)).append("] ");
      b.append(String.format(Locale.ROOT, "%3.0f%% %,d/%,d", share * 100, done, total));
    } else {
      b.append(String.format(Locale.ROOT, "%,d", done));
    }
    b.append(String.format(Locale.ROOT, "  %,.0f articles/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      b.append("  ").append(duration((total - done) / rate)).append(" left");
    } else {
      b.append("  ").append(duration(elapsed)).append(" elapsed");
    }
    b.append(String.format(Locale.ROOT, "  stored %,d", c.stored.get()));
    long skipped = c.alreadyStored.get() + c.duplicates.get();
    if (skipped > 0) {
      b.append(String.format(Locale.ROOT, ", known %,d", skipped));
    }
    if (c.rejected.get() > 0) {
      b.append(String.format(Locale.ROOT, ", rejected %,d", c.rejected.get()));
    }
    return b.toString();
  }

  static String plain(IngestCounts c, long total, double elapsed) {
    long done = c.finished();
    double rate = elapsed > 0 ? done / elapsed : 0;
    String of = total > 0 ? String.format(Locale.ROOT, " of %,d (%.0f%%)", total, 100.0 * done / total) : "";
    String left = total > 0 && rate > 0 && done < total ? ", " + duration((total - done) / rate) + " left" : "";
    return String.format(
        Locale.ROOT, "%,d%s records in %s, %,.0f articles/s%s; stored %,d, already stored %,d, duplicates %,d, rejected %,d",
        done, of, duration(elapsed), rate, left, c.stored.get(), c.alreadyStored.get(), c.duplicates.get(), c.rejected.get());
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
