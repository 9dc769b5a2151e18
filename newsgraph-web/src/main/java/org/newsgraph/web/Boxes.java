package org.newsgraph.web;

import java.util.List;
import org.newsgraph.model.SegmentKind;

/**
 * Finds boxes inside the article that a label opens: "Mehr zum Thema" or "Related" above a list
 * of links (teasers), "Zur Person", "Zur Sache" or "Factbox" above background (left out). A box
 * is the element that the label begins; a label that stands in the article's running text opens
 * a box that ends at the next heading. A box of teasers ends where its links end.
 */
final class Boxes {
  private Boxes() {}

  /** Rewrites {@code kinds} for the blocks of each labelled box. */
  static void mark(PageWalker page, int root, List<Block> inside, SegmentKind[] kinds) {
    for (int i = 0; i < inside.size(); i++) {
      Block label = inside.get(i);
      if (label.words <= 8 && i > 0 && label.linkDensity() < 0.5 && !BlockClassifier.inFurniture(page, root, label)
          && FurnitureCues.isCommentsLabel(label.text)) {
        // the readers' comments: everything from their heading to the end is theirs
        for (int j = i; j < inside.size(); j++) {
          kinds[j] = null;
        }
        return;
      }
      if (label.words > 8 || label.isProse()) {
        continue;
      }
      boolean teaser = FurnitureCues.isTeaser(label.text) && label.linkDensity() < 0.5;
      boolean info = !teaser && FurnitureCues.isInfoBoxLabel(label.text);
      if (!teaser && !info) {
        continue;
      }
      int end = boxEnd(page, root, inside, i);
      if (end - i - 1 > inside.size() / 2) {
        continue; // not a box but half the article
      }
      kinds[i] = teaser ? SegmentKind.TEASER : null;
      for (int j = i + 1; j < end; j++) {
        Block b = inside.get(j);
        if (teaser) {
          if (b.linkDensity() < 0.5) {
            end = j; // the links have ended; what follows is not the box's
            break;
          }
          kinds[j] = b.words >= 2 ? SegmentKind.TEASER : null;
        } else if (kinds[j] == SegmentKind.BODY || kinds[j] == SegmentKind.LEAD || kinds[j] == SegmentKind.SUBHEADING) {
          kinds[j] = null;
        }
      }
      i = end - 1;
    }
  }

  /**
   * Marks runs of teaser cards: two or more headings that are links to other stories, each with
   * at most a short summary under it, as related-story lists print them where their box has no
   * name that gives it away. An article's own subheadings that link somewhere (a product, a
   * place) are followed by its text, which is longer than a summary.
   */
  static void markTeaserRuns(List<Block> inside, SegmentKind[] kinds) {
    int n = inside.size();
    int i = 0;
    while (i < n) {
      if (!isLinkedHeading(inside.get(i))) {
        i++;
        continue;
      }
      int cards = 0;
      int j = i;
      int lastHeading = i;
      boolean allSummarised = true;
      int lastSummaries = 0;
      while (j < n && isLinkedHeading(inside.get(j))) {
        if (cards > 0) {
          allSummarised &= lastSummaries > 0;
        }
        cards++;
        lastHeading = j;
        j++;
        int summaries = 0;
        while (j < n && !isLinkedHeading(inside.get(j)) && summaries < 2 && isSummary(inside.get(j))) {
          summaries++;
          j++;
        }
        lastSummaries = summaries;
      }
      if (!allSummarised) {
        j = lastHeading + 1; // cards without summaries: what follows the last one is not its summary
      }
      if (cards >= 2) {
        for (int k = i; k < j; k++) {
          kinds[k] = isLinkedHeading(inside.get(k)) ? SegmentKind.TEASER : null;
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static boolean isLinkedHeading(Block b) {
    return b.form == Block.Form.HEADING && b.linkDensity() >= 0.9 && b.words >= 2;
  }

  /** What a card shows under its headline: a line or two, a date, a byline. */
  private static boolean isSummary(Block b) {
    return b.chars <= 320 && b.form != Block.Form.HEADING;
  }

  /** The index after the box's last block. */
  private static int boxEnd(PageWalker page, int root, List<Block> inside, int label) {
    int box = page.parent(inside.get(label).owner);
    boolean opensElement = box != root && box >= 0 && page.contains(root, box)
        && (label == 0 || !page.contains(box, inside.get(label - 1).owner));
    int j = label + 1;
    if (opensElement) {
      while (j < inside.size() && page.contains(box, inside.get(j).owner)) {
        j++;
      }
      return j;
    }
    while (j < inside.size() && inside.get(j).form != Block.Form.HEADING) {
      j++;
    }
    return j;
  }
}
