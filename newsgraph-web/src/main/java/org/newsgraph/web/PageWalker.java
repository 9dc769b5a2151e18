package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page once and cuts its visible text into {@link Block}s, the way a browser lays text
 * out: block elements (paragraphs, headings, list items, cells, divisions) start and end a
 * block, inline elements (links, emphasis, spans) run on inside it, and two line breaks in a
 * row end one. Scripts, styles, form controls and hidden elements are skipped. Every element
 * gets a pre-order index, its parent's index and the index of its last descendant, so that
 * "is inside" is two comparisons.
 */
final class PageWalker implements NodeFilter {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
          "thead", "tfoot", "tr", "ul", "caption", "legend", "html", "title");

  /**
   * Inline elements that only format text in a sentence; their class names do not make them
   * furniture (a link to a tag page in a sentence is part of the sentence).
   */
  static final Set<String> INLINE_TEXT_TAGS =
      Set.of(
          "a", "b", "strong", "i", "em", "u", "sup", "sub", "time", "abbr", "cite", "code", "mark", "q", "s", "strike",
          "del", "ins", "font", "label", "var", "kbd", "samp", "dfn", "bdi", "bdo", "wbr", "tt", "big");

  final List<Element> elements = new ArrayList<>();
  final List<Block> blocks = new ArrayList<>();
  private int[] parent = new int[256];
  private int[] end = new int[256];
  private boolean[] furniture = new boolean[256];
  private boolean[] insideFurniture = new boolean[256];
  private boolean[] blockLevel = new boolean[256];

  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int boldChars;
  private boolean lastBreak;

  private final int[] stack = new int[4096];
  private int depth;
  private final int[] blockStack = new int[4096];
  private int blockDepth;
  private final int[] furnitureStack = new int[4096];
  private int furnitureDepth;
  private int linkDepth;
  private int boldDepth;
  private int preDepth;
  private int quoteDepth;
  private int headingLevel;
  private int headingDepth;
  /** Elements deeper than the stacks allow are walked as inline content of their ancestors. */
  private int overflow;

  private final Map<String, Boolean> furnitureNames = new HashMap<>();

  static PageWalker walk(Element root) {
    PageWalker w = new PageWalker();
    NodeTraversor.filter(w, root);
    w.flush();
    return w;
  }

  int parent(int i) {
    return parent[i];
  }

  /** The index of the element's last descendant (itself when it has none). */
  int end(int i) {
    return end[i];
  }

  boolean isFurniture(int i) {
    return furniture[i];
  }

  /** Whether the element is furniture or inside furniture. */
  boolean isInFurniture(int i) {
    return insideFurniture[i];
  }

  /** Whether element {@code inner} is {@code outer} or inside it. */
  boolean contains(int outer, int inner) {
    return inner >= outer && inner <= end[outer];
  }

  @Override
  public FilterResult head(Node node, int d) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (ElementHints.isSkipped(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      lineBreak();
      return FilterResult.SKIP_ENTIRELY;
    }
    if (depth >= stack.length) {
      overflow++;
      return FilterResult.CONTINUE;
    }
    int idx = register(e);
    boolean block = blockLevel[idx];
    if (block) {
      flush();
      blockStack[blockDepth++] = idx;
    }
    if (furniture[idx]) {
      furnitureStack[furnitureDepth++] = idx;
    }
    if ((tag.equals("td") || tag.equals("th")) && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      text.append(' ');
    }
    switch (tag) {
      case "a" -> linkDepth++;
      case "b", "strong" -> boldDepth++;
      case "pre" -> preDepth++;
      case "blockquote" -> quoteDepth++;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        if (headingDepth++ == 0) {
          headingLevel = tag.charAt(1) - '0';
        }
      }
      default -> { }
    }
    stack[depth++] = idx;
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int d) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (overflow > 0) {
      overflow--;
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    int idx = stack[--depth];
    if (blockLevel[idx]) {
      flush();
      blockDepth--;
    }
    if (furniture[idx]) {
      furnitureDepth--;
    }
    switch (tag) {
      case "a" -> linkDepth--;
      case "b", "strong" -> boldDepth--;
      case "pre" -> preDepth--;
      case "blockquote" -> quoteDepth--;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
      default -> { }
    }
    end[idx] = elements.size() - 1;
    return FilterResult.CONTINUE;
  }

  private int register(Element e) {
    int idx = elements.size();
    if (idx == parent.length) {
      parent = Arrays.copyOf(parent, idx * 2);
      end = Arrays.copyOf(end, idx * 2);
      furniture = Arrays.copyOf(furniture, idx * 2);
      insideFurniture = Arrays.copyOf(insideFurniture, idx * 2);
      blockLevel = Arrays.copyOf(blockLevel, idx * 2);
    }
    elements.add(e);
    parent[idx] = depth == 0 ? -1 : stack[depth - 1];
    end[idx] = idx;
    String tag = e.normalName();
    boolean block = BLOCK_TAGS.contains(tag) || isLayoutCell(e, tag);
    // a span (or a custom element) that is furniture, such as a caption, is laid out as a block
    furniture[idx] = (block || !INLINE_TEXT_TAGS.contains(tag)) && !tag.equals("body") && !tag.equals("html") && furniture(e);
    blockLevel[idx] = block || furniture[idx];
    insideFurniture[idx] = furniture[idx] || furnitureDepth > 0;
    return idx;
  }

  /** A table cell that holds paragraphs or line breaks lays out a page, and is a block of its own. */
  private static boolean isLayoutCell(Element e, String tag) {
    return (tag.equals("td") || tag.equals("th")) && e.selectFirst(LAYOUT_CONTENT) != null;
  }

  private static final org.jsoup.select.Evaluator LAYOUT_CONTENT =
      org.jsoup.select.QueryParser.parse("p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, br");

  private boolean furniture(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return ElementHints.isFurniture(e); // by tag and role alone: cheap
    }
    String key = cls + '\u0001' + id + '\u0001' + e.normalName() + '\u0001' + e.attr("role") + '\u0001' + e.attr("itemprop");
    Boolean known = furnitureNames.get(key);
    if (known == null) {
      known = ElementHints.isFurniture(e);
      furnitureNames.put(key, known);
    }
    return known;
  }

  private void append(String s) {
    if (preDepth > 0) {
      String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
      text.append(t);
      count(t.length());
      lastBreak = false;
      return;
    }
    int before = text.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200b' || c == '\u00ad' || c == '\ufeff') {
        continue; // zero-width space, soft hyphen, stray byte-order mark
      }
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007') {
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
          text.append(' ');
        }
      } else {
        text.append(c);
        lastBreak = false;
      }
    }
    count(text.length() - before);
  }

  private void count(int n) {
    if (linkDepth > 0) {
      linkChars += n;
    }
    if (boldDepth > 0) {
      boldChars += n;
    }
  }

  private void lineBreak() {
    if (lastBreak) {
      flush();
      return;
    }
    int n = text.length();
    while (n > 0 && text.charAt(n - 1) == ' ') {
      text.setLength(--n);
    }
    if (n > 0) {
      text.append('\n');
      lastBreak = true;
    }
  }

  /** Ends the current block, if it has any letter or digit. */
  void flush() {
    lastBreak = false;
    if (text.length() == 0) {
      return;
    }
    String t = tidy(text);
    text.setLength(0);
    int links = linkChars;
    int bold = boldChars;
    linkChars = 0;
    boldChars = 0;
    if (!hasWordChar(t) || blockDepth == 0) {
      return;
    }
    int owner = blockStack[blockDepth - 1];
    Block.Form form;
    String tag = elements.get(owner).normalName();
    if (headingDepth > 0) {
      form = Block.Form.HEADING;
    } else if (preDepth > 0) {
      form = Block.Form.PREFORMATTED;
    } else if (quoteDepth > 0) {
      form = Block.Form.QUOTE;
    } else if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
      form = Block.Form.LIST_ITEM;
    } else if (tag.equals("tr")) {
      form = Block.Form.ROW;
    } else if (tag.equals("title")) {
      form = Block.Form.TITLE;
    } else {
      form = Block.Form.PARAGRAPH;
    }
    int[] above = new int[furnitureDepth];
    for (int i = 0; i < furnitureDepth; i++) {
      above[i] = furnitureStack[furnitureDepth - 1 - i];
    }
    blocks.add(new Block(t, owner, form, form == Block.Form.HEADING ? headingLevel : 0, links, bold, above));
  }

  private static String tidy(StringBuilder sb) {
    int start = 0;
    int stop = sb.length();
    while (start < stop && Character.isWhitespace(sb.charAt(start))) {
      start++;
    }
    while (stop > start && Character.isWhitespace(sb.charAt(stop - 1))) {
      stop--;
    }
    String s = sb.substring(start, stop);
    if (s.indexOf('\n') >= 0) {
      s = s.replace(" \n", "\n").replace("\n ", "\n");
    }
    return s;
  }

  private static boolean hasWordChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
