package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.credit.CreditLine;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Stage;

/**
 * Gives every paragraph of a plain-text article its kind, from the paragraph's form and its
 * position: headlines come before the first running text, the article ends at a credit line that
 * follows it, and short lines in between are subheadings when they introduce more text, teasers
 * when they look like the headline of another story. Articles that a reader already segmented
 * (an HTML page's structure says more than its text) pass unchanged.
 */
public final class Segmenter implements Stage {
  /** "Economist Weber: "Insurance ..."": a name, a colon, a quotation, as headlines quote. */
  private static final Pattern HEADLINE_QUOTE = Pattern.compile("\\p{Lu}[\\p{L}-]+: [\"„“»«']");

  private final Cues cues = Cues.load();
  private final CreditLine creditLine = CreditLine.bundled();

  @Override
  public Article apply(Article article) {
    if (!article.segments().isEmpty()) {
      return article;
    }
    String text = article.text();
    List<Span> paragraphs = Paragraphs.split(text);
    int n = paragraphs.size();
    Shape[] shapes = new Shape[n];
    SegmentKind[] kinds = new SegmentKind[n];
    boolean english = !"de".equals(article.language());
    for (int i = 0; i < n; i++) {
      shapes[i] = new Shape(paragraphs.get(i).of(text));
      kinds[i] = furniture(shapes[i]);
    }

    int firstProse = -1;
    for (int i = 0; i < n && firstProse < 0; i++) {
      if (kinds[i] == null && shapes[i].isProse()) {
        firstProse = i;
      }
    }
    if (firstProse < 0) {
      labelWithoutProse(kinds);
    } else {
      labelHeadlines(shapes, kinds, firstProse);
      int end = articleEnd(kinds, firstProse);
      labelArticle(shapes, kinds, firstProse, end, english);
      for (int i = end; i < n; i++) {
        if (kinds[i] == null) {
          kinds[i] = SegmentKind.APPENDIX;
        }
      }
    }

    List<Segment> segments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      segments.add(new Segment(kinds[i], paragraphs.get(i)));
    }
    return article.toBuilder().segments(segments).build();
  }

  /** Credit lines, adverts and labelled teasers, which their form alone gives away. */
  private SegmentKind furniture(Shape shape) {
    if (creditLine.matches(shape.text)) {
      return SegmentKind.CREDIT;
    }
    int words = shape.wordCount();
    if (words <= 30
        && (cues.startsWithAdvertWord(shape.text) || (!shape.isProse() && cues.hasAdvertWord(shape.text)))) {
      return SegmentKind.ADVERT;
    }
    if (words <= 40 && cues.startsWithTeaserLabel(shape.text)) {
      return SegmentKind.TEASER;
    }
    return null;
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

  /** The article ends at the first credit line after its running text begins. */
  private static int articleEnd(SegmentKind[] kinds, int firstProse) {
    for (int i = firstProse + 1; i < kinds.length; i++) {
      if (kinds[i] == SegmentKind.CREDIT) {
        return i;
      }
    }
    return kinds.length;
  }

  private void labelArticle(Shape[] shapes, SegmentKind[] kinds, int firstProse, int end, boolean english) {
    kinds[firstProse] = SegmentKind.LEAD;
    for (int i = firstProse + 1; i < end; i++) {
      if (kinds[i] != null) {
        continue;
      }
      Shape shape = shapes[i];
      if (shape.isProse()) {
        kinds[i] = SegmentKind.BODY;
      } else if (looksLikeOtherHeadline(shape, english) || !introducesText(shapes, kinds, i, end)) {
        kinds[i] = SegmentKind.TEASER;
      } else {
        kinds[i] = SegmentKind.SUBHEADING;
      }
    }
  }

  /** A headline of another story: English title case, or a headline that quotes someone. */
  private static boolean looksLikeOtherHeadline(Shape shape, boolean english) {
    if (HEADLINE_QUOTE.matcher(shape.text).find() || shape.text.contains(" | ")) {
      return true;
    }
    return english && shape.longWords() >= 3 && shape.titleCaseShare() >= 0.75;
  }

  /** Whether running text follows before the article ends, past any furniture. */
  private static boolean introducesText(Shape[] shapes, SegmentKind[] kinds, int i, int end) {
    for (int j = i + 1; j < end; j++) {
      if (kinds[j] == null) {
        return shapes[j].isProse();
      }
    }
    return false;
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
