package org.newsgraph.web;

/**
 * Chooses the headline that the article's text starts with: the page's first-level heading that
 * matches the title in the metadata, else the first one inside or before the article, else the
 * metadata's title.
 */
final class Headlines {
  private Headlines() {}

  static String choose(PageWalker page, int root, String metaTitle) {
    String firstH1 = null;
    for (Block b : page.blocks) {
      if (b.form != Block.Form.HEADING || b.level != 1) {
        continue;
      }
      if (metaTitle != null && BlockClassifier.similar(b.text, metaTitle)) {
        return b.text;
      }
      if (firstH1 == null && b.owner <= page.end(root) && b.words <= 40) {
        firstH1 = b.text;
      }
    }
    if (metaTitle != null) {
      return metaTitle;
    }
    return firstH1;
  }
}
