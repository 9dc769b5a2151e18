package org.newsgraph.web;

/** What an input holds, as {@link Sniffer} decides it; each kind has its own reader. */
public enum InputKind {
  /** Plain text: one article. */
  TEXT(false),
  /** An HTML page: one article. */
  HTML(false),
  /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article an item. */
  FEED(true),
  /** A WARC 1.0 or 1.1 web archive, gzip or not: one article an HTML response record. */
  WARC(true);

  private final boolean holdsMany;

  InputKind(boolean holdsMany) {
    this.holdsMany = holdsMany;
  }

  /** Whether an input of this kind may hold several articles (so that output is JSON Lines). */
  public boolean holdsMany() {
    return holdsMany;
  }
}
