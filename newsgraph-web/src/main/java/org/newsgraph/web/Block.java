package org.newsgraph.web;

/**
 * A run of text that the page shows as one block: a paragraph, a heading, a list item, a table
 * row's cell, the text of a {@code div} between two child blocks. Knows the element that holds
 * it and the furniture elements above it, by their indexes in the page's pre-order.
 */
final class Block {
  /** How the block is marked up. */
  enum Form {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    PREFORMATTED,
    /** A table row, its cells separated by spaces. */
    ROW,
    TITLE
  }

  final String text;
  final int owner;
  final Form form;
  /** 1 to 6 for a heading, else 0. */
  final int level;
  final int chars;
  final int linkChars;
  /** Characters in bold or strong type. */
  final int boldChars;
  final int words;
  /** Pre-order indexes of the furniture elements above, nearest first, the owner included. */
  final int[] furnitureAbove;

  Block(String text, int owner, Form form, int level, int linkChars, int boldChars, int[] furnitureAbove) {
    this.text = text;
    this.owner = owner;
    this.form = form;
    this.level = level;
    this.chars = text.length();
    this.linkChars = Math.min(linkChars, chars);
    this.boldChars = Math.min(boldChars, chars);
    this.words = countWords(text);
    this.furnitureAbove = furnitureAbove;
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  int nonLinkChars() {
    return chars - linkChars;
  }

  /** The last character that is not a closing quote or bracket. */
  char lastMark() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && "\"'”’“»«)]".indexOf(c) < 0) {
        return c;
      }
    }
    return ' ';
  }

  boolean endsSentence() {
    char c = lastMark();
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '。';
  }

  /** Running text: a long block, or a sentence of some length, mostly not links. */
  boolean isProse() {
    if (linkDensity() > 0.5 || form == Form.HEADING) {
      return false;
    }
    int own = nonLinkChars();
    return own >= 150 || (own >= 40 && words >= 6 && endsSentence());
  }

  static int countWords(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  @Override
  public String toString() {
    return form + "(" + owner + "): " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
  }
}
