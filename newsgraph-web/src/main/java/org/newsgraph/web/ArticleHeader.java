package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.SegmentKind;

/**
 * Reads the article's header, between its headline and its text, where pages put the standfirst
 * and the byline outside the element that holds the text: the standfirst becomes a subtitle, a
 * credit line a credit segment; kickers, dates and share buttons are left out.
 */
final class ArticleHeader {
  /** More blocks than this between headline and text are not a header. */
  private static final int MAX_BLOCKS = 20;
  private static final Set<String> LEAD_WORDS =
      Set.of("lead", "lede", "intro", "standfirst", "summary", "dek", "deck", "excerpt", "abstract", "vorspann", "teasertext", "subline", "description");

  private ArticleHeader() {}

  /** The header's pieces, in page order, followed by the text's pieces. */
  static List<BlockClassifier.Piece> prepend(
      PageWalker page, int root, String headline, String description, List<BlockClassifier.Piece> text) {
    List<Block> blocks = page.blocks;
    int first = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (page.contains(root, blocks.get(i).owner)) {
        first = i;
        break;
      }
    }
    int h1 = -1;
    for (int i = first - 1; i >= 0 && i >= first - MAX_BLOCKS; i--) {
      Block b = blocks.get(i);
      if (b.form == Block.Form.HEADING && b.level == 1 && headline != null && BlockClassifier.similar(b.text, headline)) {
        h1 = i;
        break;
      }
    }
    if (first < 0 || h1 < 0) {
      return text;
    }
    boolean subtitle = text.stream().anyMatch(p -> p.kind() == SegmentKind.SUBTITLE);
    List<BlockClassifier.Piece> header = new ArrayList<>();
    for (int i = h1 + 1; i < first; i++) {
      Block b = blocks.get(i);
      if (!subtitle && (BlockClassifier.isStandfirst(b, description) || (b.isProse() && hasLeadClass(page, b)))) {
        header.add(new BlockClassifier.Piece(b, SegmentKind.SUBTITLE));
        subtitle = true;
      } else if (BlockClassifier.isCredit(b)) {
        header.add(new BlockClassifier.Piece(b, SegmentKind.CREDIT));
      }
    }
    if (header.isEmpty()) {
      return text;
    }
    List<BlockClassifier.Piece> all = new ArrayList<>(header);
    all.addAll(text);
    return all;
  }

  /**
   * The date that the page shows near the headline ("Freitag, 18. Oktober 2019", "Nov. 18, 2019
   * 10:32 a.m."), for pages without a date in their metadata; null when none is shown.
   */
  static String visibleDate(PageWalker page, int root, String headline) {
    List<Block> blocks = page.blocks;
    int h1 = -1;
    int first = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (h1 < 0 && b.form == Block.Form.HEADING && b.level == 1 && headline != null && BlockClassifier.similar(b.text, headline)) {
        h1 = i;
      }
      if (first < 0 && page.contains(root, b.owner)) {
        first = i;
      }
    }
    int from = Math.max(0, Math.min(h1 < 0 ? first : h1, first) - 5);
    int to = Math.min(blocks.size(), Math.max(h1, first) + 8);
    for (int i = from; i < to; i++) {
      Block b = blocks.get(i);
      if (b.words <= 12 && FurnitureCues.isDate(b.text)) {
        String iso = Dates.iso(b.text);
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  private static boolean hasLeadClass(PageWalker page, Block b) {
    for (int e = b.owner; e >= 0 && e >= b.owner - 3; e = page.parent(e)) {
      var el = page.elements.get(e);
      for (String attr : new String[] {el.className(), el.id()}) {
        for (String w : ElementHints.words(attr)) {
          if (LEAD_WORDS.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
