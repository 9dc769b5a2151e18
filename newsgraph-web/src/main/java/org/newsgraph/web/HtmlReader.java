package org.newsgraph.web;

import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;
import org.newsgraph.model.SegmentKind;
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
  /** The default limit on the HTML's size, after any gzip is inflated: that of {@link Source}. */
  public static final long DEFAULT_MAX_BYTES = Source.DEFAULT_MAX_BYTES;

  private static final Authors BYLINES = new Authors();
  private static final java.util.regex.Pattern BYLINE =
      java.util.regex.Pattern.compile("^(?i)(?:by|von|text|written by|autor(?:in)?:?)\\s+\\p{Lu}");

  private final long maxBytes;
  private final Consumer<String> warnings;

  public HtmlReader() {
    this(DEFAULT_MAX_BYTES, w -> { });
  }

  /**
   * @param maxBytes the largest page accepted, in bytes of HTML (after inflating gzip)
   * @param warnings receives one-line warnings, "INPUT: warning: REASON" (a page read as
   *     windows-1252)
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
      bytes = Gzip.gunzip(input, bytes, maxBytes);
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
    root = ContentLocator.oneArticle(walk, root, meta.title());
    String headline = Headlines.choose(walk, root, meta.title());
    List<BlockClassifier.Piece> pieces =
        ArticleHeader.prepend(walk, root, headline, meta.description(), BlockClassifier.classify(walk, root, headline, meta.description()));
    if (pieces.stream().noneMatch(p -> p.kind().isArticleText())) {
      throw new BadInputException(input, "no article text found in the page");
    }
    ArticleAssembler.Assembled text = ArticleAssembler.assemble(headline, pieces);
    String published = meta.published() != null ? meta.published() : ArticleHeader.visibleDate(walk, root, headline);
    List<String> authors = meta.authors();
    List<String> agencies = meta.agencies();
    if (authors.isEmpty() && agencies.isEmpty()) {
      Authors.Names names = BYLINES.clean(bylines(pieces), meta.siteName());
      authors = names.authors();
      agencies = names.agencies();
    }
    return Article.builder(text.text())
        .input(input)
        .reader(NAME)
        .url(meta.url() != null ? meta.url() : url)
        .published(published)
        .language(DeclaredLanguage.check(meta.language(), text.text()))
        .title(meta.title() != null ? meta.title() : headline)
        .credit(new Credit(meta.siteName(), authors, agencies))
        .segments(text.segments())
        .build();
  }

  /** The article's bylines ("By ...", "Von ..."), the credit lines above its text. */
  private static List<String> bylines(List<BlockClassifier.Piece> pieces) {
    List<String> lines = new java.util.ArrayList<>();
    for (BlockClassifier.Piece p : pieces) {
      if (p.kind().isArticleText()) {
        break;
      }
      if (p.kind() == SegmentKind.CREDIT && BYLINE.matcher(p.block().text).find()) {
        lines.add(p.block().text);
      }
    }
    return lines;
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
