package org.newsgraph.ingest;

import java.util.Objects;
import org.newsgraph.model.Article;

/**
 * One record of an {@link ArticleSource}: at {@code position} (0, 1, 2, ... in reading order), an
 * article as read (not yet analysed), or the reason the record could not be read.
 */
public record SourceRecord(long position, String name, Article article, String rejectReason) {
  public SourceRecord {
    Objects.requireNonNull(name, "name");
    if ((article == null) == (rejectReason == null)) {
      throw new IllegalArgumentException("a record holds an article or a reject reason");
    }
  }

  public static SourceRecord of(long position, String name, Article article) {
    return new SourceRecord(position, name, article, null);
  }

  public static SourceRecord rejected(long position, String name, String reason) {
    return new SourceRecord(position, name, null, reason);
  }

  public boolean isRejected() {
    return rejectReason != null;
  }
}
