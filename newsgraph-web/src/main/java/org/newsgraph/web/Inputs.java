package org.newsgraph.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.web.feed.FeedReader;
import org.newsgraph.web.fetch.FetchOptions;
import org.newsgraph.web.fetch.FetchedPage;
import org.newsgraph.web.fetch.UrlFetcher;
import org.newsgraph.web.warc.WarcArchiveReader;

/**
 * The one entry point for inputs as the user gives them: a path, {@code -} for standard input, or
 * an http(s) URL. Opening an input reads its first bytes (gzip is looked through) and chooses the
 * reader with {@link Sniffer}: WARC, feed, HTML or plain text. WARC archives are read record by
 * record from the file (standard input is first copied to a temporary file), so that their size
 * does not matter; every other input is read whole, up to the size limit, before and after
 * decompression.
 *
 * <p>The size limit applies to each input, and in an archive to each record's payload.
 */
public final class Inputs {
  /** A URL as far as inputs go: a scheme and "//", or a scheme that never names a file. */
  private static final Pattern URL =
      Pattern.compile("(?i)^([a-z][a-z0-9+.-]+://.*|(file|data|jar|ftp|mailto|javascript|gopher):.*)$", Pattern.DOTALL);

  private final long maxBytes;
  private final FetchOptions fetchOptions;
  private final ArticleReader html;
  private final ArticleReader text = new PlainTextReader();
  private final FeedReader feeds;
  private final WarcArchiveReader archives;
  private final Supplier<InputStream> stdin;
  private UrlFetcher fetcher;

  private Inputs(Builder b) {
    this.maxBytes = b.maxBytes;
    FetchOptions fetch = b.fetchOptions != null ? b.fetchOptions : FetchOptions.defaults(b.maxBytes);
    this.fetchOptions = fetch.withMaxBytes(b.maxBytes).withAllowPrivate(fetch.allowPrivate() || b.allowPrivate);
    this.html = b.html;
    this.feeds = new FeedReader(html);
    this.archives = new WarcArchiveReader(html, b.maxBytes);
    this.stdin = b.stdin;
  }

  /**
   * @param html the reader for HTML pages, also those in feeds and archives
   */
  public static Builder builder(ArticleReader html) {
    return new Builder(html);
  }

  /** Whether the input is meant as a URL rather than a path. */
  public static boolean isUrl(String input) {
    return URL.matcher(input).matches();
  }

  /** Opens and reads an input into a sink, as {@link #open} and {@link OpenedInput#read}. */
  public void read(String input, ArticleSink sink) throws BadInputException {
    try (OpenedInput opened = open(input)) {
      opened.read(sink);
    }
  }

  /**
   * Opens an input and recognises what it holds; a URL is fetched here.
   *
   * @throws BadInputException when it cannot be had: missing, refused, broken gzip, too large
   */
  public OpenedInput open(String input) throws BadInputException {
    if (input.equals("-")) {
      return openStdin();
    }
    if (isUrl(input)) {
      if (!UrlFetcher.isHttp(input)) {
        String scheme = input.substring(0, input.indexOf(':')).toLowerCase(Locale.ROOT);
        throw new BadInputException(input, "refusing " + scheme + ": URL, only http and https are fetched");
      }
      FetchedPage page = fetcher().fetch(input);
      return openDocument(new Payload(input, page.body(), page.contentType(), page.url()));
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      throw new BadInputException(input, "not a valid path: " + OneLine.of(e));
    }
    return openFile(input, path);
  }

  private synchronized UrlFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new UrlFetcher(fetchOptions);
    }
    return fetcher;
  }

  private OpenedInput openFile(String input, Path path) throws BadInputException {
    byte[] head;
    try {
      if (Files.isDirectory(path)) {
        throw new BadInputException(input, "is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(Sniffer.HEAD_BYTES);
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(input, "no such file");
    } catch (IOException e) {
      throw new BadInputException(input, "cannot read: " + OneLine.of(e));
    }
    if (kindOf(input, head, null) == InputKind.WARC) {
      return new OpenedInput(input, InputKind.WARC, sink -> readArchive(input, path, sink));
    }
    return openDocument(Payload.of(input, Source.file(path, maxBytes).bytes()));
  }

  private void readArchive(String input, Path path, ArticleSink sink) throws BadInputException {
    try (FileChannel channel = FileChannel.open(path)) {
      archives.read(input, channel, sink);
    } catch (IOException e) {
      throw new BadInputException(input, "cannot read: " + OneLine.of(e));
    }
  }

  private OpenedInput openStdin() throws BadInputException {
    BufferedInputStream in = new BufferedInputStream(stdin.get(), 64 * 1024);
    byte[] head;
    try {
      in.mark(Sniffer.HEAD_BYTES + 1);
      head = in.readNBytes(Sniffer.HEAD_BYTES);
      in.reset();
    } catch (IOException e) {
      throw new BadInputException("-", "cannot read: " + OneLine.of(e));
    }
    if (kindOf("-", head, null) != InputKind.WARC) {
      return openDocument(Payload.of("-", Source.stream("-", in, maxBytes).bytes()));
    }
    // An archive is read from a file, so that a corrupt record can be skipped by seeking.
    Path copy;
    try {
      copy = Files.createTempFile("newsgraph-stdin-", ".warc");
    } catch (IOException e) {
      throw new BadInputException("-", "cannot make a temporary copy of the archive: " + OneLine.of(e));
    }
    try {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      delete(copy);
      throw new BadInputException("-", "cannot copy the archive to " + copy + ": " + OneLine.of(e));
    }
    return new OpenedInput("-", InputKind.WARC, sink -> readArchive("-", copy, sink), () -> delete(copy));
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a temporary file left behind is no reason to fail
    }
  }

  /** Chooses the reader for bytes held in memory (a file, standard input, a fetched body). */
  OpenedInput openDocument(Payload payload) throws BadInputException {
    String input = payload.input();
    byte[] bytes = payload.bytes();
    InputKind kind = kindOf(input, bytes, payload.contentType());
    if (kind == InputKind.WARC) {
      return new OpenedInput(input, kind, sink -> archives.read(input, new SeekableBytes(bytes), sink));
    }
    Payload plain = payload;
    if (Gzip.isGzip(bytes)) {
      byte[] gunzipped = Gzip.gunzip(input, bytes, maxBytes);
      if (Gzip.isGzip(gunzipped)) {
        throw new BadInputException(input, "gzip inside gzip is not read");
      }
      plain = payload.withBytes(gunzipped);
    }
    Payload document = plain;
    switch (kind) {
      case FEED:
        return new OpenedInput(input, kind, sink -> feeds.read(document, sink));
      case HTML:
        if (Sniffer.isBinary(document.bytes()) && DeclaredCharset.of(document.contentType()) == null) {
          throw new BadInputException(input, "binary data, not an HTML page");
        }
        return new OpenedInput(input, kind, sink -> single(html, document, sink));
      default:
        return new OpenedInput(input, kind, sink -> single(text, document, sink));
    }
  }

  /** The kind of an input from its first bytes (decompressed when gzip), name and Content-Type. */
  private static InputKind kindOf(String input, byte[] head, String contentType) throws BadInputException {
    byte[] plainHead = Gzip.isGzip(head) ? Gzip.head(input, head, Sniffer.HEAD_BYTES) : head;
    return Sniffer.sniff(plainHead, input, contentType);
  }

  private static void single(ArticleReader reader, Payload payload, ArticleSink sink) throws BadInputException {
    byte[] bytes = DeclaredCharset.apply(payload.bytes(), payload.contentType());
    List<Article> articles = reader.read(Source.of(payload.input(), bytes));
    Provenance provenance = new Provenance(payload.input(), payload.url(), null, null, List.of());
    for (Article article : articles) {
      sink.article(provenance.applyTo(article));
    }
  }

  /** Builds {@link Inputs}. */
  public static final class Builder {
    private final ArticleReader html;
    private long maxBytes = Source.DEFAULT_MAX_BYTES;
    private boolean allowPrivate;
    private FetchOptions fetchOptions;
    private Supplier<InputStream> stdin = () -> System.in;

    private Builder(ArticleReader html) {
      this.html = html;
    }

    /** The size limit of an input, and of each payload in an archive. */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /** Whether URLs may name loopback, link-local and private addresses. */
    public Builder allowPrivate(boolean allowPrivate) {
      this.allowPrivate = allowPrivate;
      return this;
    }

    /** How URLs are fetched (timeouts, redirects); its size limit is replaced by {@link #maxBytes}. */
    public Builder fetchOptions(FetchOptions fetchOptions) {
      this.fetchOptions = fetchOptions;
      return this;
    }

    /** Where "-" reads from (standard input unless a test says otherwise). */
    public Builder stdin(Supplier<InputStream> stdin) {
      this.stdin = stdin;
      return this;
    }

    public Inputs build() {
      return new Inputs(this);
    }
  }
}
