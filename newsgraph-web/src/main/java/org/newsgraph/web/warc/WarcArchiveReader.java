package org.newsgraph.web.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.model.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;
import org.newsgraph.web.ArticleSink;
import org.newsgraph.web.DeclaredCharset;
import org.newsgraph.web.OneLine;
import org.newsgraph.web.Provenance;
import org.newsgraph.web.Sniffer;

/**
 * Reads a WARC 1.0 or 1.1 archive, gzip (a member a record, as Common Crawl's CC-NEWS serves them)
 * or not, record by record, so that an archive of any size takes little memory. Every {@code
 * response} record with HTTP status 200 and an HTML payload ({@code text/html}, {@code
 * application/xhtml+xml}) becomes an article through the HTML reader, with the record's
 * WARC-Target-URI as its URL, its WARC-Date as the publication date where the page gives none, and
 * {@code FILE#offset=N} as its input (N: the record's byte offset in the file, compressed offset for
 * gzip, as in Common Crawl's index). Other records are skipped and counted. A corrupt record is a
 * warning naming its offset, and reading goes on at the next record start that parses. At the end
 * one summary line gives the counts.
 */
public final class WarcArchiveReader {
  private final ArticleReader html;
  private final long maxRecordBytes;

  /**
   * @param html reads each HTML payload
   * @param maxRecordBytes the size limit for one payload (an archive as a whole has none)
   */
  public WarcArchiveReader(ArticleReader html, long maxRecordBytes) {
    this.html = html;
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * Reads the archive in {@code channel}, from its current position.
   *
   * @throws BadInputException when not one record of it could be read, or none held an article
   */
  public void read(String input, SeekableByteChannel channel, ArticleSink sink) throws BadInputException {
    WarcReader reader;
    try {
      reader = new WarcReader(channel);
    } catch (IOException e) {
      throw new BadInputException(input, "not a WARC file: " + OneLine.of(e));
    }
    reader.setLenient(true);
    RecordCounts counts = new RecordCounts();
    long[] current = {0};
    long[] warned = {-1}; // the offset last warned about: one warning a record is enough
    reader.onWarning(
        w -> {
          if (current[0] != warned[0]) {
            sink.warning(part(input, current[0]), "WARC: " + OneLine.of(w));
            warned[0] = current[0];
          }
        });
    RecordStarts starts = new RecordStarts(channel, reader.compression() == WarcCompression.GZIP);

    String firstProblem = null;
    long firstProblemAt = -1;
    long scanFrom = -1; // >= 0 while looking for the next record after a corrupt one
    boolean candidate = false; // whether the position was found by scanning and is a guess
    long lastCandidate = -1;
    while (true) {
      try {
        if (scanFrom >= 0) {
          long next = starts.next(scanFrom);
          if (next < 0) {
            break;
          }
          reader.position(next);
          scanFrom = -1;
          candidate = true;
          lastCandidate = next;
        }
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        if (firstProblem != null && counts.records() == 0) {
          sink.warning(part(input, firstProblemAt), "corrupt record: " + firstProblem);
        }
        current[0] = record.position();
        candidate = false;
        counts.record();
        try {
          handle(input, record, sink, counts);
        } catch (IOException | RuntimeException e) {
          // the record's content is unreadable; its framing may still be sound
          if (record.position() != warned[0]) {
            sink.warning(part(input, record.position()), "unreadable record: " + OneLine.of(e));
            warned[0] = record.position();
            counts.unreadable();
          }
        }
      } catch (IOException | RuntimeException e) {
        long at = reader.position();
        if (!candidate) {
          if (counts.records() == 0 && firstProblem == null) {
            // Said once: as the reason this is no archive, or as a warning once a record is found.
            firstProblem = OneLine.of(e);
            firstProblemAt = at;
            counts.corrupt();
          } else if (at != warned[0]) {
            sink.warning(part(input, at), "corrupt record: " + OneLine.of(e));
            warned[0] = at;
            counts.corrupt();
          }
        }
        scanFrom = Math.max(at, lastCandidate) + 1; // always forwards
      }
    }
    try {
      reader.close();
    } catch (IOException e) {
      // nothing was written
    }
    if (counts.records() == 0) {
      throw new BadInputException(
          input, "not a WARC file" + (firstProblem == null ? " (no records)" : ": " + firstProblem));
    }
    if (counts.articles() == 0) {
      throw new BadInputException(input, "no article in the archive (" + counts.summary() + ")");
    }
    sink.summary(input, counts.summary());
  }

  private void handle(String input, WarcRecord record, ArticleSink sink, RecordCounts counts)
      throws IOException {
    if (!(record instanceof WarcResponse response)) {
      counts.skipped(record.type().toLowerCase(Locale.ROOT));
      return;
    }
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      counts.skipped("non-HTTP response");
      return;
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      counts.skipped("non-200 response");
      return;
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    if (!isHtml(contentType)) {
      counts.skipped("non-HTML response");
      return;
    }
    String name = part(input, record.position());
    byte[] payload;
    try (InputStream body = Channels.newInputStream(http.bodyDecoded())) {
      payload = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
    }
    if (payload.length > maxRecordBytes) {
      sink.warning(name, "payload over the size limit of " + maxRecordBytes + " bytes (raise it with --max-bytes)");
      counts.unreadable();
      return;
    }
    if (Sniffer.isBinary(payload) && DeclaredCharset.of(contentType) == null) {
      sink.warning(name, "binary data, not an HTML page");
      counts.unreadable();
      return;
    }
    List<Article> articles;
    try {
      articles = html.read(Source.of(name, DeclaredCharset.apply(payload, contentType)));
    } catch (BadInputException e) {
      sink.warning(name, e.reason());
      counts.unreadable();
      return;
    }
    Provenance provenance = new Provenance(name, response.target(), date(record), null, List.of());
    for (Article article : articles) {
      sink.article(provenance.applyTo(article));
      counts.article();
    }
  }

  private static boolean isHtml(String contentType) {
    if (contentType == null) {
      return false;
    }
    MediaType type = MediaType.parseLeniently(contentType).base();
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String date(WarcRecord record) {
    try {
      Instant date = record.date();
      return date == null ? null : DateTimeFormatter.ISO_INSTANT.format(date);
    } catch (RuntimeException e) {
      return null; // a malformed WARC-Date is no reason to lose the page
    }
  }

  /** How an article or warning from the record at {@code offset} names its input. */
  public static String part(String input, long offset) {
    return input + "#offset=" + offset;
  }
}
