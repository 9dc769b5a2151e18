package org.newsgraph.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Pairs quotation marks into quoted passages, over the paragraphs of an article in order. Knows
 * the conventions of English and German news and their neighbours: "...", “...”, „...“, „...”,
 * »...«, «...», ‹...›, ›...‹, ‘...’, ‚...‘ and '...', nested quotes, and the convention that a
 * quotation running over several paragraphs leaves the paragraph open and opens the next one again.
 *
 * <p>A mark that pairs with nothing is left alone: an unbalanced mark never makes a quote run on to
 * the next paragraph unless that paragraph opens with a quotation mark, and a quote never runs past
 * a paragraph that does not continue it.
 */
final class QuoteMarks {
  /** The families of marks: which closing mark ends which opening mark. */
  enum Family {
    /** “...” and the typewriter "...". */
    DOUBLE_EN(false),
    /** „...“ and „...”. */
    DOUBLE_LOW(false),
    STRAIGHT(false),
    /** »...« as German prints it. */
    GUILLEMET_IN(false),
    /** «...» as French, Swiss and some German texts print it. */
    GUILLEMET_OUT(false),
    SINGLE_EN(true),
    SINGLE_LOW(true),
    STRAIGHT_SINGLE(true),
    SINGLE_GUILLEMET_IN(true),
    SINGLE_GUILLEMET_OUT(true),
    /** ''...'' as some wire and newspaper archives write double quotes with two apostrophes. */
    DOUBLE_APOSTROPHE(false);

    final boolean single;

    Family(boolean single) {
      this.single = single;
    }
  }

  /**
   * A quoted passage.
   *
   * @param open the offset of the opening mark
   * @param close the offset of the closing mark
   * @param parts the passage inside the marks, one span a paragraph (the opening marks that
   *     continue it in later paragraphs left out)
   * @param depth 0 for a quote in the running text, 1 for a quote inside a quote, ...
   * @param family the kind of marks
   * @param end the offset just after the closing mark
   */
  record Quoted(int open, int close, List<Span> parts, int depth, Family family, int end) {
    Span inner() {
      return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }

    /** From the opening mark to the closing mark, both included. */
    Span outer() {
      return new Span(open, end);
    }

    boolean single() {
      return family.single;
    }
  }

  private QuoteMarks() {}

  static boolean isMark(char c) {
    return switch (c) {
      case '"', '“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', '‚', '\'' -> true;
      default -> false;
    };
  }

  private static final class Open {
    final int pos;
    final Family family;
    final List<Span> parts = new ArrayList<>();
    int contentStart;

    Open(int pos, Family family, int width) {
      this.pos = pos;
      this.family = family;
      this.contentStart = pos + width;
    }
  }

  /**
   * The quoted passages of the given paragraphs (spans of {@code text} in order), sorted by their
   * opening mark.
   */
  static List<Quoted> pair(String text, List<Span> paragraphs) {
    List<Quoted> out = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int from = para.start();
      if (!stack.isEmpty()) {
        // Continued from the paragraph before: this paragraph opens with a mark of the same kind.
        int first = firstNonSpace(text, para);
        int width = text.startsWith("''", first) ? 2 : 1;
        for (Open o : stack) {
          o.contentStart = first + width;
        }
        from = first + width;
      }
      scan(text, from, para.end(), stack, out);
      if (!stack.isEmpty()) {
        Span next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
        if (next != null && continues(text, next, stack.peekLast().family)) {
          for (Open o : stack) {
            int end = trimEnd(text, o.contentStart, para.end());
            if (end > o.contentStart) {
              o.parts.add(new Span(o.contentStart, end));
            }
          }
        } else {
          stack.clear();
        }
      }
    }
    out.sort(Comparator.comparingInt(Quoted::open));
    return out;
  }

  private static void scan(String text, int from, int to, Deque<Open> stack, List<Quoted> out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      if (c == '\'' && i + 3 <= to && text.startsWith("'''", i) && !stack.isEmpty() && stack.peekLast().family.single
          && closesFamily(c, stack.peekLast().family) && canClose(prev, '\'')) {
        // three apostrophes close the single quote inside first, then the double one: ''... 'We'll bomb them,''' said X
        close(text, stack.removeLast(), i, i + 1, stack, out);
        continue;
      }
      int width = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'' ? 2 : 1;
      char next = i + width < to ? text.charAt(i + width) : ' ';
      if (width == 2) {
        // ''...'': two apostrophes make one double mark
        boolean canOpen2 = canOpen(prev, next);
        boolean canClose2 = canClose(prev, next);
        Open top = stack.isEmpty() ? null : findOpen(stack, Family.DOUBLE_APOSTROPHE);
        if (top != null && (canClose2 || !canOpen2)) {
          Open o = popTo(stack, Family.DOUBLE_APOSTROPHE);
          close(text, o, i, i + 2, stack, out);
        } else if (canOpen2) {
          stack.addLast(new Open(i, Family.DOUBLE_APOSTROPHE, 2));
        }
        i++;
        continue;
      }
      boolean canOpen = canOpen(prev, next);
      boolean canClose = canClose(prev, next);
      if (c == '«' && Character.isSpaceChar(next) && !canOpen) {
        canOpen = canOpen(prev, 'x'); // French spacing: « nous »
      }
      if (c == '»' && Character.isSpaceChar(prev) && findOpen(stack, Family.GUILLEMET_OUT) != null) {
        canClose = canClose('x', next);
        canOpen = false;
      }
      if ((c == '\'' || c == '’') && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
        continue; // an apostrophe: don't, Trump’s
      }
      if ((c == '\'' || c == '’' || c == '‘') && !canOpen && !canClose) {
        continue;
      }
      Family closes = closes(c, stack);
      if (closes == null && c == '“' && canClose && !canOpen && findOpen(stack, Family.DOUBLE_EN) != null) {
        closes = Family.DOUBLE_EN; // “Apparently not,“ he said: a closing mark typed the wrong way round
      }
      if (closes != null && (canClose || !canOpen)) {
        Open o = popTo(stack, closes);
        if (o != null) {
          close(text, o, i, i + 1, stack, out);
          continue;
        }
      }
      Family opens = opens(c, prev, next);
      if (opens != null && canOpen) {
        if (opens.single && c == '’') {
          continue; // ’ opens only as a stray apostrophe would: ’90s
        }
        Open top = stack.peekLast();
        if (top != null && top.family == opens && !opens.single) {
          // A second opening mark of the same kind before the first closed: the first lacks its
          // closing mark. Give it up rather than run it on.
          stack.removeLast();
        }
        stack.addLast(new Open(i, opens, 1));
      }
    }
  }

  private static void close(String text, Open o, int close, int end, Deque<Open> stack, List<Quoted> out) {
    List<Span> parts = new ArrayList<>(o.parts);
    parts.add(new Span(o.contentStart, close));
    if (!empty(text, parts)) {
      out.add(new Quoted(o.pos, close, List.copyOf(parts), stack.size(), o.family, end));
    }
  }

  private static Open findOpen(Deque<Open> stack, Family f) {
    for (Open o : stack) {
      if (o.family == f) {
        return o;
      }
    }
    return null;
  }

  /** Whether a mark here could open a quote: after space or an opening bracket, before a word. */
  private static boolean canOpen(char prev, char next) {
    boolean before = Character.isWhitespace(prev) || "([{—–-/:;,".indexOf(prev) >= 0 || isMark(prev);
    boolean after = !Character.isWhitespace(next);
    return before && after;
  }

  /** Whether a mark here could close a quote: after a word or punctuation, before space or punctuation. */
  private static boolean canClose(char prev, char next) {
    boolean before = !Character.isWhitespace(prev);
    boolean after = Character.isWhitespace(next) || ".,;:!?)]}—–-/…".indexOf(next) >= 0 || isMark(next);
    return before && after;
  }

  /** The family on the stack (innermost first) that this mark can close, if any. */
  private static Family closes(char c, Deque<Open> stack) {
    var it = stack.descendingIterator();
    while (it.hasNext()) {
      Family f = it.next().family;
      if (closesFamily(c, f)) {
        return f;
      }
    }
    return null;
  }

  private static boolean closesFamily(char c, Family f) {
    return switch (c) {
      case '”' -> f == Family.DOUBLE_EN || f == Family.DOUBLE_LOW || f == Family.STRAIGHT;
      case '“' -> f == Family.DOUBLE_LOW;
      case '"' -> f == Family.STRAIGHT || f == Family.DOUBLE_EN || f == Family.DOUBLE_LOW;
      case '‟' -> f == Family.DOUBLE_LOW;
      case '«' -> f == Family.GUILLEMET_IN;
      case '»' -> f == Family.GUILLEMET_OUT;
      case '‹' -> f == Family.SINGLE_GUILLEMET_IN;
      case '›' -> f == Family.SINGLE_GUILLEMET_OUT;
      case '’' -> f == Family.SINGLE_EN || f == Family.STRAIGHT_SINGLE || f == Family.SINGLE_LOW;
      case '‘' -> f == Family.SINGLE_LOW;
      case '\'' -> f == Family.STRAIGHT_SINGLE || f == Family.SINGLE_EN || f == Family.SINGLE_LOW;
      default -> false;
    };
  }

  private static Family opens(char c, char prev, char next) {
    return switch (c) {
      case '“' -> Family.DOUBLE_EN;
      case '”' -> Family.DOUBLE_EN; // as some Scandinavian and sloppy texts open
      case '„' -> Family.DOUBLE_LOW;
      case '"' -> Family.STRAIGHT;
      case '»' -> Family.GUILLEMET_IN;
      case '«' -> Family.GUILLEMET_OUT;
      case '›' -> Family.SINGLE_GUILLEMET_IN;
      case '‹' -> Family.SINGLE_GUILLEMET_OUT;
      case '‘' -> Family.SINGLE_EN;
      case '‚' -> Family.SINGLE_LOW;
      case '\'' -> Character.isLetter(next) ? Family.STRAIGHT_SINGLE : null;
      default -> null;
    };
  }

  private static Open popTo(Deque<Open> stack, Family f) {
    while (!stack.isEmpty()) {
      Open o = stack.removeLast();
      if (o.family == f) {
        return o;
      }
      // an inner mark that never closed is given up
    }
    return null;
  }

  /** Whether the next paragraph continues a quote of this family: it opens with such a mark. */
  private static boolean continues(String text, Span next, Family f) {
    int i = firstNonSpace(text, next);
    if (i >= next.end()) {
      return false;
    }
    char c = text.charAt(i);
    return switch (f) {
      case DOUBLE_EN, STRAIGHT -> c == '“' || c == '"';
      case DOUBLE_LOW -> c == '„';
      case GUILLEMET_IN -> c == '»';
      case GUILLEMET_OUT -> c == '«';
      case SINGLE_EN, STRAIGHT_SINGLE -> c == '‘' || c == '\'';
      case SINGLE_LOW -> c == '‚';
      case SINGLE_GUILLEMET_IN -> c == '›';
      case SINGLE_GUILLEMET_OUT -> c == '‹';
      case DOUBLE_APOSTROPHE -> text.startsWith("''", i);
    };
  }

  private static int firstNonSpace(String text, Span s) {
    int i = s.start();
    while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean empty(String text, List<Span> parts) {
    for (Span p : parts) {
      for (int i = p.start(); i < p.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }
}
