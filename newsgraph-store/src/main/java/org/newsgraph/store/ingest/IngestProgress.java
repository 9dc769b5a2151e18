package org.newsgraph.store.ingest;

/** Receives the state of a running ingest, from one thread, a few times a second at most. */
public interface IngestProgress {
  /** {@code total} is -1 when unknown. */
  void update(IngestCounts counts, long total, double elapsedSeconds);

  /** After each commit of the store (from the reading thread). */
  default void committed(IngestCounts counts) {}

  /** Called once at the end. */
  default void finish(IngestCounts counts, long total, double elapsedSeconds) {}

  IngestProgress NONE = (c, t, e) -> {};
}
