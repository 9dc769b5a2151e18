package org.newsgraph.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.FileKey;
import org.newsgraph.ingest.SourceFactory;
import org.newsgraph.ingest.SourceRecord;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;

/**
 * Lets {@code newsgraph ingest} read what {@code analyze} reads from the web: HTML pages, feeds
 * and WARC archives (gzip or not) and http(s) URLs, through {@link Inputs}. Each article and each
 * skipped part of an input takes one position, so a resumed ingest skips exactly what it stored.
 */
public final class WebSources implements SourceFactory {
  private static final List<String> SUFFIXES =
      List.of(".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".rdf", ".warc");

  private final Inputs inputs;

  public WebSources(Inputs inputs) {
    this.inputs = inputs;
  }

  @Override
  public boolean handlesSpec(String spec) {
    return Inputs.isUrl(spec);
  }

  @Override
  public List<ArticleSource> openSpec(String spec) {
    return List.of(new WebSource(spec, "url:" + spec));
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return SUFFIXES.stream().anyMatch(plain::endsWith);
  }

  @Override
  public ArticleSource open(Path file) throws IOException {
    return new WebSource(file.toString(), FileKey.of("web", file));
  }

  private final class WebSource implements ArticleSource {
    private final String input;
    private final String key;

    WebSource(String input, String key) {
      this.input = input;
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public String name() {
      return input;
    }

    @Override
    public void read(long from, RecordSink sink) throws IOException, InterruptedException {
      try {
        inputs.read(
            input,
            new ArticleSink() {
              long position;

              @Override
              public void article(Article article) {
                hand(SourceRecord.of(position, article.input() == null ? input : article.input(), article));
              }

              @Override
              public void warning(String part, String reason) {
                hand(SourceRecord.rejected(position, part, reason));
              }

              private void hand(SourceRecord record) {
                if (position++ >= from) {
                  try {
                    sink.accept(record);
                  } catch (InterruptedException e) {
                    throw new Interrupted(e);
                  }
                }
              }
            });
      } catch (BadInputException e) {
        throw new IOException(e.reason(), e);
      } catch (Interrupted e) {
        throw e.cause;
      }
    }
  }

  /** Carries an interruption out of the reader's callbacks, which may not throw it. */
  private static final class Interrupted extends RuntimeException {
    final InterruptedException cause;

    Interrupted(InterruptedException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
