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
    return best(page, 0, n - 1);
  }

  /**
   * The article's element when the page holds several articles (a page that loads the next
   * story below the first): the one under the first-level heading that matches the headline
   * the page's metadata gives, or under the first such heading. Returns {@code root} when it
   * holds one article.
   */
  static int oneArticle(PageWalker page, int root, String title) {
    int first = -1;
    int matching = -1;
    int count = 0;
    for (Block b : page.blocks) {
      if (b.form == Block.Form.HEADING && b.level == 1 && page.contains(root, b.owner)) {
        count++;
        if (first < 0) {
          first = b.owner;
        }
        if (matching < 0 && title != null && BlockClassifier.similar(b.text, title)) {
          matching = b.owner;
        }
      }
    }
    if (count < 2) {
      return root;
    }
    int heading = matching >= 0 ? matching : first;
    // the child of the root that holds that heading, and the best element in it
    int child = heading;
    while (child >= 0 && page.parent(child) != root) {
      child = page.parent(child);
    }
    if (child < 0 || child == heading) {
      return root; // the headings stand side by side in one element: one article with h1 subheadings
    }
    int within = best(page, child, page.end(child));
    return within >= 0 ? within : root;
  }

  /** The best element among those with indexes from {@code from} to {@code to}. */
  private static int best(PageWalker page, int from, int to) {
    int n = page.elements.size();
    double[] prose = new double[n];
    double[] score = scores(page, prose);
    int best = -1;
    double bestScore = 0;
    for (int i = from; i <= to; i++) {
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
