package org.newsgraph.web;

import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;

/**
 * Reads a news page: finds the article in it and gives its text, segmented, with what the page
 * says about it (headline, authors, date, outlet, language, canonical URL).
 *
 * <p>Input is the page's bytes as served: plain HTML, or gzip-compressed HTML (recognised by its
 * magic bytes, so {@code .html.gz} files work as they are). The charset comes from a byte-order
 * mark or the page's declaration; a page that declares none and is not UTF-8 is read as
 * windows-1252. Pages larger than the size limit, binary data, and pages without any article
 * text are refused with a {@link BadInputException} whose one-line message names the input.
 *
 * <p>The article's text is the headline, then the article's blocks in page order, a blank line
 * between; each block is one segment: {@code lead}, {@code body} and {@code subheading} for the
 * article's own text, {@code advert}, {@code teaser} and {@code credit} for labelled furniture
 * inside the article. Navigation, sidebars, comments, captions and the like are left out.
 */
public final class HtmlReader implements ArticleReader {
  public static final String NAME = "html";
  /** The default limit on the HTML's size, after any gzip is inflated. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final long maxBytes;
  private final Consumer<String> warnings;

  public HtmlReader() {
    this(DEFAULT_MAX_BYTES, w -> { });
  }

  /**
   * @param maxBytes the largest page accepted, in bytes of HTML (after inflating gzip)
   * @param warnings receives one-line warnings that name the input (a truncated gzip file read in
   *     part, a page read as windows-1252)
   */
  public HtmlReader(long maxBytes, Consumer<String> warnings) {
    this.maxBytes = maxBytes;
    this.warnings = warnings;
  }

  @Override
  public List<Article> read(Source source) throws BadInputException {
    return read(source, null);
  }

  /**
   * Reads the page; {@code url}, where it was fetched from, resolves relative links and is the
   * article's URL when the page names no canonical one.
   */
  public List<Article> read(Source source, String url) throws BadInputException {
    String input = source.name();
    byte[] bytes = source.bytes();
    if (Gzip.isGzip(bytes)) {
      bytes = Gzip.inflate(input, bytes, maxBytes, warnings);
    }
    if (bytes.length > maxBytes) {
      throw new BadInputException(
          input, bytes.length + " bytes of HTML is over the size limit of " + maxBytes + " (raise it with --max-bytes)");
    }
    if (bytes.length == 0 || isBlank(bytes)) {
      throw new BadInputException(input, "empty input, no page to read");
    }
    Document page = PageParser.parse(input, bytes, url, warnings);
    return List.of(read(input, page, url));
  }

  /** Reads a page that is already parsed. */
  public Article read(String input, Document page, String url) throws BadInputException {
    PageMetadata meta = MetadataReader.read(page);
    PageWalker walk = PageWalker.walk(page.body() == null ? page : page.body());
    int root = ContentLocator.locate(walk);
    if (root < 0) {
      throw new BadInputException(input, "no article text found in the page");
    }
    String headline = Headlines.choose(walk, root, meta.title());
    List<BlockClassifier.Piece> pieces = BlockClassifier.classify(walk, root, headline);
    if (pieces.stream().noneMatch(p -> p.kind().isArticleText())) {
      throw new BadInputException(input, "no article text found in the page");
    }
    ArticleAssembler.Assembled text = ArticleAssembler.assemble(headline, pieces);
    return Article.builder(text.text())
        .input(input)
        .reader(NAME)
        .url(meta.url() != null ? meta.url() : url)
        .published(meta.published())
        .language(DeclaredLanguage.check(meta.language(), text.text()))
        .title(meta.title() != null ? meta.title() : headline)
        .credit(new Credit(meta.siteName(), meta.authors(), meta.agencies()))
        .segments(text.segments())
        .build();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
