package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes {@link ArticleSource}s of one kind of input. The ingest asks its factories in order; the
 * first that claims an input reads it. A module adds a kind of input (HTML, WARC, feeds, URLs) by
 * handing one more factory to {@link Inputs}.
 */
public interface SourceFactory {
  /** Whether this factory reads the given command-line input that is not a local path (a URL, say). */
  default boolean handlesSpec(String spec) {
    return false;
  }

  /** The sources of such an input; called only when {@link #handlesSpec} said yes. */
  default List<ArticleSource> openSpec(String spec) throws IOException {
    throw new UnsupportedOperationException(spec);
  }

  /**
   * Whether this factory reads the file. Judged by its name: in a folder walk, files that no
   * factory claims are skipped; a file named on the command line is read as text if none does.
   */
  boolean accepts(Path file);

  ArticleSource open(Path file) throws IOException;
}
