package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;

/** A plain-text file: one article, read as {@code newsgraph analyze} reads it. */
public final class TextFileSource implements ArticleSource {
  private final Path file;
  private final long maxBytes;
  private final String key;

  public TextFileSource(Path file, long maxBytes) throws IOException {
    this.file = file;
    this.maxBytes = maxBytes;
    this.key = FileKey.of("text", file);
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public long count() {
    return 1;
  }

  @Override
  public void read(long from, RecordSink sink) throws InterruptedException {
    if (from > 0) {
      return;
    }
    try {
      List<Article> articles = new PlainTextReader().read(Source.file(file, maxBytes));
      sink.accept(SourceRecord.of(0, name(), articles.get(0)));
    } catch (BadInputException e) {
      sink.accept(SourceRecord.rejected(0, name(), e.reason()));
    }
  }

  /** Claims {@code .txt} and {@code .text} files. */
  public static SourceFactory factory(long maxBytes) {
    return new SourceFactory() {
      @Override
      public boolean accepts(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text");
      }

      @Override
      public ArticleSource open(Path f) throws IOException {
        return new TextFileSource(f, maxBytes);
      }
    };
  }
}
