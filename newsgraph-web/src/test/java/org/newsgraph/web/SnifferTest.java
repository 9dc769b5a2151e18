package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnifferTest {
  private static InputKind sniff(String content, String name) {
    return Sniffer.sniff(content.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void conclusiveContentWinsOverTheName() {
    assertEquals(InputKind.WARC, sniff("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "notes.txt"));
    assertEquals(InputKind.WARC, sniff("WARC/1.1\r\nWARC-Type: response\r\n", "-"));
    assertEquals(InputKind.FEED, sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", "page.html"));
    assertEquals(InputKind.FEED, sniff("<?xml version=\"1.0\"?><!-- hi --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "x"));
    assertEquals(InputKind.FEED, sniff("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"/>", "x"));
    assertEquals(InputKind.FEED, sniff("<!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" \"x\">\n<rss version=\"0.91\"/>", "x"));
    assertEquals(InputKind.HTML, sniff("  <!DOCTYPE html>\n<html><body><p>x</p></body></html>", "story.txt"));
    assertEquals(InputKind.HTML, sniff("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "feed.xml"));
    assertEquals(InputKind.HTML, sniff("<!-- saved page --><HTML><HEAD>", "x"));
  }

  @Test
  void theNameDecidesWhatTheContentLeavesOpen() {
    assertEquals(InputKind.FEED, sniff("not xml at all", "feed.xml"));
    assertEquals(InputKind.FEED, sniff("not xml at all", "https://news.example/feed.rss?x=1"));
    assertEquals(InputKind.WARC, sniff("junk", "crawl.warc.gz"));
    assertEquals(InputKind.HTML, sniff("Just text.", "page.htm"));
    assertEquals(InputKind.TEXT, sniff("<div>starts like HTML</div>", "story.txt"));
  }

  @Test
  void theContentTypeOfAFetchedInputCountsBeforeTheName() {
    byte[] text = "Just a story.".getBytes(StandardCharsets.UTF_8);
    assertEquals(InputKind.HTML, Sniffer.sniff(text, "https://x.example/a.txt", "text/html; charset=utf-8"));
    assertEquals(InputKind.FEED, Sniffer.sniff(text, "https://x.example/news", "application/rss+xml"));
    assertEquals(InputKind.TEXT, Sniffer.sniff(text, "https://x.example/a.html", "text/plain"));
    assertEquals(InputKind.HTML, Sniffer.sniff(text, "https://x.example/a.html", "application/octet-stream"));
  }

  @Test
  void elseMarkupIsHtmlAndEverythingElseText() {
    assertEquals(InputKind.HTML, sniff("<div class=\"story\"><p>Hello</p></div>", "-"));
    assertEquals(InputKind.HTML, sniff("<meta charset=\"utf-8\"><title>x</title>", "page"));
    assertEquals(InputKind.FEED, sniff("<?xml version=\"1.0\"?><urlset/>", "-"));
    assertEquals(InputKind.TEXT, sniff("BERLIN (dpa) - Story.", "-"));
    assertEquals(InputKind.TEXT, sniff("", "-"));
    assertEquals(InputKind.TEXT, sniff("<3 love it", "-"));
  }

  @Test
  void utf16FeedsAreRecognisedByTheirByteOrderMark() {
    byte[] le = "\ufeff<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss/>".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(InputKind.FEED, Sniffer.sniff(le, "-"));
    byte[] be = "\ufeff<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_16BE);
    assertEquals(InputKind.FEED, Sniffer.sniff(be, "-"));
  }
}
