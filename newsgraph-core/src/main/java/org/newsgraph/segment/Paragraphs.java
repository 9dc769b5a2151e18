package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Span;

/**
 * Splits text into paragraphs: a paragraph is a line, or several lines up to a blank line when the
 * text is hard-wrapped. Spans exclude surrounding whitespace.
 */
public final class Paragraphs {
  /** Texts wrapped at a fixed width rarely use lines longer than this. */
  private static final int MAX_WRAP_WIDTH = 100;

  private Paragraphs() {}

  /**
   * The paragraphs of the article's own text: its lead, body and subheading segments; every
   * paragraph of the text when it has not been segmented.
   */
  public static List<Span> ofArticleText(Article article) {
    if (article.segments().isEmpty()) {
      return split(article.text());
    }
    List<Span> own = new ArrayList<>();
    for (Segment s : article.segments()) {
      if (s.kind().isArticleText()) {
        own.add(s.span());
      }
    }
    return own;
  }

  public static List<Span> split(String text) {
    List<Span> lines = lines(text);
    int width = wrapWidth(text, lines);
    boolean blankSeparated = blankSeparated(lines);
    List<Span> paragraphs = new ArrayList<>();
    Span open = null;
    Span previous = null;
    for (Span line : lines) {
      boolean blank = line.length() == 0;
      if (blank) {
        if (open != null) {
          paragraphs.add(open);
          open = null;
        }
      } else if (open != null && width > 0 && isSoftBreak(text, previous, line, width, blankSeparated)) {
        open = new Span(open.start(), line.end());
      } else {
        if (open != null) {
          paragraphs.add(open);
        }
        open = line;
      }
      previous = blank ? null : line;
    }
    if (open != null) {
      paragraphs.add(open);
    }
    return paragraphs;
  }

  /** Each line as a span without its terminator and trimmed of spaces; blank lines are empty. */
  static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        lines.add(trim(text, start, i));
        if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, start == end ? start : end);
  }

  /**
   * The width a hard-wrapped text is wrapped at, its longest line, or 0 when it is not wrapped:
   * most lines that run on into another line stop short of a sentence end, and no line is longer
   * than a fixed width.
   */
  static int wrapWidth(String text, List<Span> lines) {
    int[] lengths = lines.stream().mapToInt(Span::length).filter(l -> l > 0).sorted().toArray();
    if (lengths.length < 4) {
      return 0;
    }
    int width = lengths[lengths.length - 1];
    int typical = lengths[(int) Math.floor(lengths.length * 0.9) - (lengths.length >= 10 ? 0 : 1)];
    if (typical > MAX_WRAP_WIDTH || width > MAX_WRAP_WIDTH + 20) {
      return 0;
    }
    int runOn = 0;
    int unfinished = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Span line = lines.get(i);
      if (line.length() >= 0.6 * typical && lines.get(i + 1).length() > 0) {
        runOn++;
        if (!Shape.endsSentence(line.of(text))) {
          unfinished++;
        }
      }
    }
    return runOn >= 2 && unfinished * 2 > runOn ? width : 0;
  }

  /** Whether blank lines separate the paragraphs: at least two of them between lines of text. */
  private static boolean blankSeparated(List<Span> lines) {
    int gaps = 0;
    boolean seenText = false;
    boolean gap = false;
    for (Span line : lines) {
      if (line.length() == 0) {
        gap = seenText;
      } else {
        gaps += gap ? 1 : 0;
        gap = false;
        seenText = true;
      }
    }
    return gaps >= 2;
  }

  /**
   * Whether a line break inside a wrapped text only wraps: the next line's first word did not fit
   * on the line, or, where blank lines mark the paragraphs, the line stops in mid-sentence.
   */
  private static boolean isSoftBreak(String text, Span previous, Span line, int width, boolean blankSeparated) {
    char first = text.charAt(line.start());
    if (previous == null || first == '-' || first == '*' || first == '•') {
      return false;
    }
    int firstWord = 0;
    while (line.start() + firstWord < line.end() && !Character.isWhitespace(text.charAt(line.start() + firstWord))) {
      firstWord++;
    }
    return previous.length() + 1 + firstWord > width
        || (blankSeparated && !Shape.endsSentence(previous.of(text)));
  }
}
