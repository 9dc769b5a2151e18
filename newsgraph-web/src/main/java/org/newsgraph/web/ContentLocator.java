package org.newsgraph.web;

import java.util.List;

/**
 * Finds the element that holds the article: the one whose blocks are most running text and
 * least furniture. Each block adds to every element above it: running text its length, other
 * text a penalty (links weigh more than plain words); running text inside a furniture element
 * (comments, related stories, a sidebar) counts as furniture for the elements above that one.
 * The element with the best balance wins, so a wrapper that adds a sidebar or comments loses to
 * the article, and a paragraph alone loses to the article that holds more of them.
 */
final class ContentLocator {
  /** Weight of plain words that are not running text (headings, captions, bylines, buttons). */
  private static final double SHORT_TEXT = 0.3;
  /** Weight of link text that is not part of running text (navigation, teasers). */
  private static final double LINK_TEXT = 1.0;
  /** Weight of running text inside furniture, for the elements above the furniture. */
  private static final double FURNITURE_PROSE = 0.5;
  /** An element in or inside furniture that holds running text is still a poor choice for the article. */
  private static final double FURNITURE_CANDIDATE = 0.3;
  /** An element that says it is the article, e.g. itemprop="articleBody", is favoured a little. */
  private static final double ARTICLE_HINT = 1.1;

  private ContentLocator() {}

  /** The pre-order index of the article's element, or -1 when the page has no running text. */
  static int locate(PageWalker page) {
    int n = page.elements.size();
    if (n == 0) {
      return -1;
    }
    double[] prose = new double[n];
    double[] score = scores(page, prose);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < n; i++) {
      if (score[i] * ARTICLE_HINT <= bestScore || prose[i] <= 0) {
        continue; // the hints below lower a score, or raise it by 10%
      }
      double s = adjusted(page, i, score[i]);
      if (s >= bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  }

  /** The score with the element's hints: lower inside furniture, a little higher for an article. */
  static double adjusted(PageWalker page, int i, double score) {
    double s = score;
    if (page.isInFurniture(i)) {
      s *= FURNITURE_CANDIDATE;
    }
    if (ElementHints.isArticle(page.elements.get(i))) {
      s *= ARTICLE_HINT;
    }
    return s;
  }

  /** Each element's balance of running text and furniture; {@code prose} gets its running text. */
  static double[] scores(PageWalker page, double[] prose) {
    int n = page.elements.size();
    double[] score = new double[n];
    List<Block> blocks = page.blocks;
    for (Block b : blocks) {
      boolean isProse = b.isProse();
      double clean;
      double furniture;
      if (isProse) {
        clean = b.nonLinkChars();
        furniture = -FURNITURE_PROSE * b.chars;
      } else {
        // list items, table rows and quotations are neutral: articles have them, so do sidebars
        double shortText = b.form == Block.Form.PARAGRAPH || b.form == Block.Form.HEADING ? SHORT_TEXT : 0;
        clean = -(shortText * b.nonLinkChars() + LINK_TEXT * b.linkChars);
        furniture = clean;
      }
      int[] above = b.furnitureAbove;
      int f = 0;
      while (f < above.length && above[f] > b.owner) {
        f++; // furniture inside the block's own element (an inline span) is not above it
      }
      boolean inFurniture = false;
      for (int a = b.owner; a >= 0; a = page.parent(a)) {
        score[a] += inFurniture ? furniture : clean;
        if (isProse && !inFurniture) {
          prose[a] += b.nonLinkChars();
        }
        if (f < above.length && above[f] == a) {
          inFurniture = true;
          f++;
        }
      }
    }
    return score;
  }
}
