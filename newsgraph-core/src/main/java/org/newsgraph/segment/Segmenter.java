package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.credit.CreditLine;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Stage;

/**
 * Gives every paragraph of a plain-text article its kind, from the paragraph's form, its position
 * and its relation to the rest of the text: headlines come before the first running text, the
 * article ends at a credit line that follows it, and short lines in between are subheadings when
 * they introduce more text, teasers when they look like the headline of another story or share no
 * word with the article. Articles that a reader already segmented (an HTML page's structure says
 * more than its text) pass unchanged.
 */
public final class Segmenter implements Stage {
  /** "Economist Weber: "Insurance ..."": a name, a colon, a quotation, as headlines quote. */
  private static final Pattern HEADLINE_QUOTE = Pattern.compile("\\p{Lu}[\\p{L}-]+: [\"„“»«']");

  /** Subheadings and teasers are shorter; a line this long is text, however it ends. */
  private static final int LONG_LINE = 20;

  private final Cues cues = Cues.load();
  private final CreditLine creditLine = CreditLine.bundled();

  @Override
  public Article apply(Article article) {
    if (!article.segments().isEmpty()) {
      return article;
    }
    String text = article.text();
    List<Span> paragraphs = tailLinksApart(text, Paragraphs.split(text));
    int n = paragraphs.size();
    Shape[] shapes = new Shape[n];
    SegmentKind[] kinds = new SegmentKind[n];
    boolean english = !"de".equals(article.language());
    for (int i = 0; i < n; i++) {
      shapes[i] = new Shape(paragraphs.get(i).of(text));
      kinds[i] = furniture(shapes[i], english);
    }
    markGalleries(shapes, kinds);
    if (n > 0 && kinds[0] == SegmentKind.TEASER
        && !(cues.hasTeaserMark(shapes[0].text) || (english && CaptionLines.matches(shapes[0].text)))) {
      kinds[0] = null; // "Live: ...", "Analysis: ..." on top: the label names the article's own kind
    }

    int firstProse = -1;
    for (int i = 0; i < n && firstProse < 0; i++) {
      // a title-case line is a headline even with a full stop: "The World Is Getting Better."
      if (kinds[i] == null && shapes[i].isProse() && !(english && shapes[i].isTitleCase())) {
        firstProse = i;
      }
    }
    if (firstProse < 0) {
      labelWithoutProse(kinds);
    } else {
      labelHeadlines(shapes, kinds, firstProse);
      int end = articleEnd(shapes, kinds, firstProse);
      labelArticle(shapes, kinds, firstProse, end, english);
      for (int i = end; i < n; i++) {
        if (kinds[i] == null) {
          // after the article, running text is appended; headlines are teasers of other stories
          kinds[i] = shapes[i].isProse() || !shapes[i].isHeadlineLike() ? SegmentKind.APPENDIX : SegmentKind.TEASER;
        }
      }
    }

    List<Segment> segments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      segments.add(new Segment(kinds[i], paragraphs.get(i)));
    }
    return article.toBuilder().segments(segments).build();
  }

  /**
   * Credit lines, adverts, labelled teasers, galleries, captions, video and link titles, and time
   * stamps, which their form alone gives away.
   */
  private SegmentKind furniture(Shape shape, boolean english) {
    if (creditLine.matches(shape.text)) {
      return SegmentKind.CREDIT;
    }
    if (shape.isTimestamp()) {
      return SegmentKind.SUBHEADING;
    }
    if (cues.hasTeaserMark(shape.text) || cues.isTeaserLine(shape.text) || cues.tailLink(shape.text) == 0) {
      return SegmentKind.TEASER;
    }
    if (cues.isAdvertLine(shape.text)) {
      return SegmentKind.ADVERT;
    }
    int words = shape.wordCount();
    boolean prose = shape.isProse();
    if (words <= 30
        && (cues.startsWithAdvertWord(shape.text)
            || (!prose && (cues.hasAdvertWord(shape.text) || cues.startsWithAdvertStart(shape.text))))) {
      return SegmentKind.ADVERT;
    }
    if ((words <= 40 && cues.startsWithTeaserLabel(shape.text)) || (english && CaptionLines.matches(shape.text))) {
      return SegmentKind.TEASER;
    }
    return null;
  }

  /**
   * The paragraphs, each that ends in a link in brackets cut in two: "... the filings show.
   * (RELATED: <headline>)" is article text and a teaser. Segments may cover part of a paragraph.
   */
  private List<Span> tailLinksApart(String text, List<Span> paragraphs) {
    List<Span> spans = new ArrayList<>(paragraphs.size());
    for (Span p : paragraphs) {
      String paragraph = p.of(text);
      int at = cues.tailLink(paragraph);
      String before = at > 0 ? paragraph.substring(0, at).stripTrailing() : "";
      if (before.isEmpty()) {
        spans.add(p);
      } else {
        spans.add(new Span(p.start(), p.start() + before.length()));
        spans.add(new Span(p.start() + at, p.end()));
      }
    }
    return spans;
  }

  /**
   * A gallery printed caption by caption: each caption twice in a row, for two different captions
   * or more. Its captions describe pictures and quote people; they are not the article's text. A
   * single paragraph printed twice, or one paragraph over and over, is left as it is.
   */
  private static void markGalleries(Shape[] shapes, SegmentKind[] kinds) {
    int i = 0;
    while (i < kinds.length) {
      int j = i;
      while (j + 1 < kinds.length && kinds[j] == null && kinds[j + 1] == null
          && shapes[j].wordCount() >= 3 && shapes[j].text.equals(shapes[j + 1].text)
          && (j == i || !shapes[j].text.equals(shapes[j - 1].text))) {
        j += 2;
      }
      if (j - i >= 4) {
        Arrays.fill(kinds, i, j, SegmentKind.TEASER);
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Headline, then subtitles: the short lines before the first running text. */
  private static void labelHeadlines(Shape[] shapes, SegmentKind[] kinds, int firstProse) {
    boolean headline = false;
    for (int i = 0; i < firstProse; i++) {
      if (kinds[i] != null) {
        continue;
      }
      if (!headline) {
        kinds[i] = SegmentKind.HEADLINE;
        headline = true;
      } else {
        kinds[i] = shapes[i].isHeadlineLike() ? SegmentKind.SUBTITLE : SegmentKind.BODY;
      }
    }
  }

  /**
   * The article ends at the first credit line after its running text begins that less running
   * text follows than precedes: a picture's credit in mid-article ends nothing. Nor does a credit
   * line that a line of contributors follows ("... contributed to this report." closes the report
   * above it), or a byline that heads a section of the article.
   */
  private int articleEnd(Shape[] shapes, SegmentKind[] kinds, int firstProse) {
    int signedOff = -1;
    for (int i = firstProse; i < kinds.length; i++) {
      signedOff = kinds[i] == SegmentKind.CREDIT && creditLine.namesContributors(shapes[i].text) ? i : signedOff;
    }
    int before = 0;
    for (int i = firstProse; i < kinds.length; i++) {
      if (kinds[i] == SegmentKind.CREDIT && i > firstProse && i >= signedOff && !headsSection(shapes, kinds, i)
          && proseWords(shapes, kinds, i + 1) < before) {
        return i;
      }
      before += kinds[i] == null && shapes[i].isProse() ? shapes[i].wordCount() : 0;
    }
    return kinds.length;
  }

  /**
   * A byline between a heading and running text signs a section of the article: a BBC analysis
   * box ("Damning case but no smoking gun" / "By Frank Gardner, BBC News" / ...), one author's
   * part of a round-up. A byline after running text signs what came before.
   */
  private boolean headsSection(Shape[] shapes, SegmentKind[] kinds, int i) {
    return i + 1 < kinds.length
        && kinds[i - 1] != SegmentKind.CREDIT && kinds[i - 1] != SegmentKind.ADVERT
        && shapes[i - 1].isHeadlineLike() && !shapes[i - 1].isProse()
        && kinds[i + 1] == null && shapes[i + 1].isProse()
        && creditLine.isByline(shapes[i].text);
  }

  private static int proseWords(Shape[] shapes, SegmentKind[] kinds, int from) {
    int words = 0;
    for (int i = from; i < kinds.length; i++) {
      words += kinds[i] == null && shapes[i].isProse() ? shapes[i].wordCount() : 0;
    }
    return words;
  }

  private void labelArticle(Shape[] shapes, SegmentKind[] kinds, int firstProse, int end, boolean english) {
    Map<String, Integer> paragraphsWith = stemCounts(shapes);
    kinds[firstProse] = SegmentKind.LEAD;
    for (int i = firstProse + 1; i < end; i++) {
      if (kinds[i] != null) {
        continue;
      }
      Shape shape = shapes[i];
      int next = nextText(kinds, i, end);
      if (shape.isProse() || shape.endsWithPeriod() || shape.wordCount() >= LONG_LINE) {
        // a finished sentence, however short, is the article's text; so is a long unfinished one
        kinds[i] = SegmentKind.BODY;
      } else if (next < 0 || !(shapes[next].isProse() || shapes[next].endsWithPeriod())
          || looksLikeOtherHeadline(shape, english, shapes[next])
          || sharesNoWord(shape, paragraphsWith)) {
        kinds[i] = SegmentKind.TEASER;
      } else {
        kinds[i] = SegmentKind.SUBHEADING;
      }
    }
  }

  /**
   * A headline of another story: one that quotes someone, or English title case that the next
   * paragraph does not take up (a title-case subheading introduces what follows).
   */
  private static boolean looksLikeOtherHeadline(Shape shape, boolean english, Shape next) {
    if (HEADLINE_QUOTE.matcher(shape.text).find() || shape.text.contains(" | ")) {
      return true;
    }
    return english
        && shape.isTitleCase()
        && shape.stems().stream().noneMatch(next.stems()::contains);
  }

  /**
   * A line about something else: three or more long words, none of them anywhere else in the
   * text. A subheading takes up what the article says; a generic one ("Wer wird Meister?") has too
   * few words to judge.
   */
  private static boolean sharesNoWord(Shape shape, Map<String, Integer> paragraphsWith) {
    var stems = shape.stems();
    return stems.size() >= 3 && stems.stream().allMatch(s -> paragraphsWith.get(s) == 1);
  }

  /** In how many paragraphs each stem occurs. */
  private static Map<String, Integer> stemCounts(Shape[] shapes) {
    Map<String, Integer> counts = new HashMap<>();
    for (Shape shape : shapes) {
      shape.stems().forEach(s -> counts.merge(s, 1, Integer::sum));
    }
    return counts;
  }

  /** The next paragraph before the article's end that is not furniture, or -1. */
  private static int nextText(SegmentKind[] kinds, int i, int end) {
    for (int j = i + 1; j < end; j++) {
      if (kinds[j] == null) {
        return j;
      }
    }
    return -1;
  }

  /** Only short lines: a list, a headline alone, a fragment. All of it is the article's text. */
  private static void labelWithoutProse(SegmentKind[] kinds) {
    boolean lead = false;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == null) {
        kinds[i] = lead ? SegmentKind.BODY : SegmentKind.LEAD;
        lead = true;
      }
    }
  }
}
