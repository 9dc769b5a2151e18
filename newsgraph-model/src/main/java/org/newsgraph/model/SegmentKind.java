package org.newsgraph.model;

import java.util.Locale;

/** What a paragraph of a page is: part of the article, or something around it. */
public enum SegmentKind {
  HEADLINE,
  /** A second or alternative headline. */
  SUBTITLE,
  LEAD,
  BODY,
  SUBHEADING,
  /** A link to other content: related stories, "More on this: ...". */
  TEASER,
  ADVERT,
  CREDIT,
  /** Text after the article's end, such as pasted background paragraphs. */
  APPENDIX;

  /** Whether the segment is part of the article's own text, as {@code body} prints it. */
  public boolean isArticleText() {
    return this == LEAD || this == BODY || this == SUBHEADING;
  }

  /** Whether the segment is written by the article's authors: its headlines or its article text. */
  public boolean isOwnText() {
    return isArticleText() || this == HEADLINE || this == SUBTITLE;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SegmentKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
