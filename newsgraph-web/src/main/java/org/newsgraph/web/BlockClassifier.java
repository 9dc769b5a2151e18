package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.credit.CreditLine;
import org.newsgraph.model.SegmentKind;

/**
 * Gives each block inside the article's element its kind, or drops it. Blocks inside furniture
 * (a share bar, a caption, a related-stories box) are dropped unless their text names them as an
 * advert, a teaser or a credit, which are kept as such; the text of a block can also give it away
 * alone ("Anzeige", "Lesen Sie auch: ...", "By ..."). Headings are subheadings when article text
 * follows them; link lists are teasers unless the article's text runs on around them; the first
 * paragraph of the article's own text is its lead.
 */
final class BlockClassifier {
  /** A block's kind, or null when the block is dropped. */
  record Piece(Block block, SegmentKind kind) {}

  private enum Tentative { KEEP, HEADING, LINKS }

  private static final CreditLine CREDIT_LINE = CreditLine.bundled();

  private BlockClassifier() {}

  /**
   * @param root the article element's index
   * @param headline the headline's text, so that the same heading inside the article is not
   *     repeated, or null
   */
  static List<Piece> classify(PageWalker page, int root, String headline, String description) {
    List<Block> inside = new ArrayList<>();
    for (Block b : page.blocks) {
      if (page.contains(root, b.owner)) {
        inside.add(b);
      }
    }
    int n = inside.size();
    SegmentKind[] kinds = new SegmentKind[n];
    Tentative[] tentative = new Tentative[n];
    for (int i = 0; i < n; i++) {
      Block b = inside.get(i);
      tentative[i] = Tentative.KEEP;
      kinds[i] = byText(b);
      if (inFurniture(page, root, b)) {
        if (kinds[i] == SegmentKind.BODY) {
          kinds[i] = isStandfirst(b, description) ? SegmentKind.SUBTITLE : null;
        }
        continue;
      }
      if (kinds[i] != SegmentKind.BODY) {
        continue;
      }
      if (b.form == Block.Form.HEADING) {
        if (headline != null && (b.level == 1 ? similar(b.text, headline) : normal(b.text).equals(normal(headline)))) {
          kinds[i] = null;
        } else {
          tentative[i] = Tentative.HEADING;
        }
      } else if (!b.isProse() && b.linkDensity() > 0.5) {
        tentative[i] = Tentative.LINKS;
      }
    }
    Boxes.mark(page, root, inside, kinds);
    Boxes.markTeaserRuns(inside, kinds);
    for (int i = 0; i < n; i++) {
      if (kinds[i] != SegmentKind.BODY) {
        continue;
      }
      switch (tentative[i]) {
        case HEADING -> {
          if (inside.get(i).linkDensity() >= 0.9) {
            // a heading that is a link is another story's headline, unless text about it follows
            kinds[i] = nextIsProse(inside, kinds, i) ? SegmentKind.SUBHEADING : SegmentKind.TEASER;
          } else {
            kinds[i] = textFollows(inside, kinds, tentative, i) ? SegmentKind.SUBHEADING : null;
          }
        }
        case LINKS -> {
          Block b = inside.get(i);
          boolean around = textBefore(inside, kinds, tentative, i) && proseFollows(inside, kinds, tentative, i);
          if (isUrl(b.text)) {
            continue; // a source given as its address, under the article or in it
          }
          if (b.linkDensity() >= 0.7 && b.text.indexOf('\n') >= 0) {
            kinds[i] = SegmentKind.TEASER; // one link a line: a list of other stories
          } else if (b.linkDensity() >= 0.9 && b.form != Block.Form.LIST_ITEM && b.form != Block.Form.ROW) {
            // a link alone in a paragraph is another story's headline
            kinds[i] = b.words >= 3 ? SegmentKind.TEASER : null;
          } else if (!around && !b.endsSentence()) {
            kinds[i] = b.words >= 3 && b.linkDensity() >= 0.9 ? SegmentKind.TEASER : null;
          }
        }
        default -> { }
      }
    }
    boolean subtitle = false;
    for (int i = 0; i < n; i++) {
      if (kinds[i] == SegmentKind.SUBTITLE && (subtitle || i > firstText(kinds))) {
        kinds[i] = null; // one standfirst, above the text; below it, it repeats the text
      }
      subtitle |= kinds[i] == SegmentKind.SUBTITLE;
    }
    boolean lead = false;
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SegmentKind kind = kinds[i];
      if (kind == null) {
        continue;
      }
      if (kind == SegmentKind.BODY && !lead) {
        kind = SegmentKind.LEAD;
        lead = true;
      }
      pieces.add(new Piece(inside.get(i), kind));
    }
    return pieces;
  }

  /**
   * The standfirst (dek) that a page puts in the article's header, above the running text:
   * running text that the page's description repeats. It is a subtitle, not the lead: it
   * summarises the article rather than begins it.
   */
  static boolean isStandfirst(Block b, String description) {
    if (description == null || b.words < 8 || !b.endsSentence() || b.linkDensity() > 0.3) {
      return false;
    }
    String x = normal(b.text);
    String d = normal(description);
    if (x.length() < 40 || d.length() < 40) {
      return false;
    }
    String shorter = x.length() <= d.length() ? x : d;
    String longer = x.length() <= d.length() ? d : x;
    return longer.startsWith(shorter.substring(0, Math.min(shorter.length(), 60))) && shorter.length() * 10 >= longer.length() * 6;
  }

  private static int firstText(SegmentKind[] kinds) {
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == SegmentKind.BODY) {
        return i;
      }
    }
    return kinds.length;
  }

  /** A credit line by its text: a byline, an agency, a photo credit, a contact line. */
  static boolean isCredit(Block b) {
    if (FurnitureCues.isCredit(b.text, b.words)) {
      return true;
    }
    if (b.words > 30 || b.form == Block.Form.HEADING || (b.words > 8 && b.endsSentence()) || !CREDIT_LINE.matches(b.text)) {
      return false;
    }
    var credit = CREDIT_LINE.read(b.text); // a person or an agency, not just a name with a dot
    return credit != null && (!credit.authors().isEmpty() || !credit.agencies().isEmpty());
  }

  /** What the text alone says: advert, teaser, credit, chrome (null), else body. */
  private static SegmentKind byText(Block b) {
    String t = b.text;
    if (b.words <= 12 && FurnitureCues.isAdvert(t)) {
      return SegmentKind.ADVERT;
    }
    if (b.words <= 30 && FurnitureCues.isTeaser(t)) {
      return SegmentKind.TEASER;
    }
    if (isCredit(b)) {
      return SegmentKind.CREDIT;
    }
    if (FurnitureCues.isChrome(t, b.words) || FurnitureCues.isCaption(t) || FurnitureCues.isInfoBoxLabel(labelOf(t))) {
      return null;
    }
    if (FurnitureCues.isPromotion(t, b.words)) {
      return SegmentKind.ADVERT;
    }
    return SegmentKind.BODY;
  }

  /** "Zur Person" of "Zur Person: Hans Meier ist ...", or the text itself when it has no such label. */
  private static String labelOf(String text) {
    int colon = text.indexOf(':');
    return colon > 0 && colon <= 30 ? text.substring(0, colon) : "";
  }

  /** Whether a furniture element lies between the block and the article's element. */
  static boolean inFurniture(PageWalker page, int root, Block b) {
    for (int f : b.furnitureAbove) {
      if (f > root && f <= b.owner) {
        return true;
      }
    }
    return false;
  }

  private static boolean isText(Block b, SegmentKind kind, Tentative t) {
    return kind == SegmentKind.BODY && t == Tentative.KEEP && b.isProse();
  }

  private static boolean textFollows(List<Block> blocks, SegmentKind[] kinds, Tentative[] t, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      if (kinds[j] == SegmentKind.BODY && t[j] == Tentative.KEEP) {
        return true;
      }
    }
    return false;
  }

  /** Whether the next block that is kept is running text. */
  private static boolean nextIsProse(List<Block> blocks, SegmentKind[] kinds, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      if (kinds[j] != null) {
        return kinds[j] == SegmentKind.BODY && blocks.get(j).isProse();
      }
    }
    return false;
  }

  private static boolean proseFollows(List<Block> blocks, SegmentKind[] kinds, Tentative[] t, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      if (isText(blocks.get(j), kinds[j], t[j])) {
        return true;
      }
    }
    return false;
  }

  private static boolean textBefore(List<Block> blocks, SegmentKind[] kinds, Tentative[] t, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (isText(blocks.get(j), kinds[j], t[j])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUrl(String text) {
    return (text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www.")) && text.indexOf(' ') < 0;
  }

  static boolean similar(String a, String b) {
    String x = normal(a);
    String y = normal(b);
    return !x.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
  }

  static String normal(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
