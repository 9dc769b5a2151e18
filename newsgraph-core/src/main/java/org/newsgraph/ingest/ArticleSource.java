package org.newsgraph.ingest;

import java.io.IOException;

/**
 * An input that holds articles: a text file (one), a JSON Lines file or a feed (many), a web page,
 * an archive. The ingest reads it in order and remembers, in its journal, the position up to which
 * every record is stored, so that a killed ingest resumes there.
 */
public interface ArticleSource {
  /**
   * Identifies this input in the journal: the same unchanged input always has the same key, a
   * changed one (new size or modification time) a different one. At most a few hundred characters.
   */
  String key();

  /** The input as a person names it, for messages and rejects: a path or a URL. */
  String name();

  /**
   * Reads the records at positions {@code from} and after, in order, handing each to the sink. A
   * record that cannot be read is handed over as {@link SourceRecord#rejected}; an input that
   * cannot be read at all throws.
   */
  void read(long from, RecordSink sink) throws IOException, InterruptedException;

  /** How many records the input holds, if that is cheap to learn (for progress); -1 if not. */
  default long count() throws IOException {
    return -1;
  }

  /** Receives records; may block (to bound the work in flight). */
  @FunctionalInterface
  interface RecordSink {
    void accept(SourceRecord record) throws InterruptedException;
  }
}
