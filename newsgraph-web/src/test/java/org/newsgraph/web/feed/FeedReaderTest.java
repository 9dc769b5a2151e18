package org.newsgraph.web.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.read.BadInputException;
import org.newsgraph.web.HtmlReader;
import org.newsgraph.web.InputKind;
import org.newsgraph.web.Inputs;
import org.newsgraph.web.OpenedInput;
import org.newsgraph.web.testing.CollectingSink;
import org.newsgraph.web.testing.TestPages;

public class FeedReaderTest {
  @TempDir Path dir;

  private final Inputs inputs = Inputs.builder(new HtmlReader()).build();

  static String longDescription(String topic) {
    return TestPages.paragraphs(topic).replace("<p>", "").replace("</p>", " ");
  }

  /** An RSS 2.0 feed of four items: content, link only, long description without link, nothing. */
  public static String rss() {
    return RSS;
  }

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Coast News</title><link>https://news.example/</link><description>News from the coast</description>
      <item>
        <title>Varna approves harbour budget</title>
        <link>https://news.example/varna</link>
        <pubDate>Tue, 14 May 2024 09:30:00 +0200</pubDate>
        <dc:creator>Jane Doe</dc:creator>
        <description>The council voted on Tuesday.</description>
        <content:encoded><![CDATA[%s]]></content:encoded>
      </item>
      <item>
        <title>Read this elsewhere</title>
        <link>https://news.example/elsewhere</link>
        <description>A short teaser for a story on our site.</description>
      </item>
      <item>
        <title>Burgas approves harbour budget</title>
        <author>editor@news.example (John Roe)</author>
        <description><![CDATA[%s]]></description>
      </item>
      <item>
        <title>No description at all</title>
        <link>https://news.example/bare</link>
      </item>
      </channel></rss>
      """
          .formatted(TestPages.paragraphs("varna"), longDescription("burgas"));

  @Test
  void eachItemWithContentIsAnArticleAndLinkOnlyItemsAreWarnings() throws Exception {
    Path feed = dir.resolve("feed.xml");
    Files.writeString(feed, RSS);
    CollectingSink sink = new CollectingSink();
    try (OpenedInput opened = inputs.open(feed.toString())) {
      assertEquals(InputKind.FEED, opened.kind());
      opened.read(sink);
    }

    assertEquals(2, sink.articles.size());
    Article varna = sink.articles.get(0);
    assertEquals(feed + "#item=https://news.example/varna", varna.input());
    assertEquals("https://news.example/varna", varna.url());
    assertEquals("2024-05-14T07:30:00Z", varna.published());
    assertEquals("Varna approves harbour budget", varna.title());
    assertEquals(List.of("Jane Doe"), varna.credit().authors());
    assertTrue(varna.text().contains(TestPages.sentence("varna")));
    assertFalse(varna.text().contains("The council voted on Tuesday."), "content:encoded wins over the description");

    Article burgas = sink.articles.get(1);
    assertEquals(feed + "#item=3", burgas.input(), "an item without a link is named by its place");
    assertEquals(null, burgas.url());
    assertEquals(List.of("John Roe"), burgas.credit().authors());
    assertTrue(burgas.text().contains(TestPages.sentence("burgas")));

    assertEquals(
        List.of(
            feed + "#item=https://news.example/elsewhere: item only links out (9-word description), not analysed",
            feed + "#item=https://news.example/bare: item only links out (no description), not analysed"),
        sink.warnings);
    assertEquals(List.of(feed + ": 4 items: 2 analysed, 2 only link out"), sink.summaries);
  }

  @Test
  void readsAtomWithHtmlAndTextContent() throws Exception {
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Coast News</title><id>urn:coast</id><updated>2024-05-14T10:00:00Z</updated>
          <entry>
            <title>Varna approves harbour budget</title>
            <link href="https://news.example/varna"/>
            <id>urn:varna</id>
            <updated>2024-05-14T10:00:00+02:00</updated>
            <author><name>Jane Doe</name></author>
            <author><name>Ann Poe</name></author>
            <content type="html">%s</content>
          </entry>
          <entry>
            <title>Burgas approves harbour budget</title>
            <link href="https://news.example/burgas"/>
            <id>urn:burgas</id>
            <published>2024-05-13T18:00:00Z</published>
            <updated>2024-05-14T10:00:00Z</updated>
            <content type="text">%s</content>
          </entry>
        </feed>
        """
            .formatted(
                TestPages.paragraphs("varna").replace("<", "&lt;").replace(">", "&gt;"),
                TestPages.text("burgas"));
    CollectingSink sink = new CollectingSink();
    new FeedReader(new HtmlReader()).read(org.newsgraph.web.Payload.of("atom.xml", atom.getBytes(StandardCharsets.UTF_8)), sink);

    assertEquals(2, sink.articles.size(), sink.warnings.toString());
    Article varna = sink.articles.get(0);
    assertEquals("atom.xml#item=https://news.example/varna", varna.input());
    assertEquals("2024-05-14T08:00:00Z", varna.published(), "updated, where nothing was published");
    assertEquals(List.of("Jane Doe", "Ann Poe"), varna.credit().authors());
    assertEquals("html", varna.reader());
    Article burgas = sink.articles.get(1);
    assertEquals("2024-05-13T18:00:00Z", burgas.published());
    assertEquals("text", burgas.reader(), "text content goes to the plain-text reader");
    assertTrue(burgas.text().contains(TestPages.sentence("burgas")));
  }

  @Test
  void readsRdfFeeds() throws Exception {
    String rdf =
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel rdf:about="https://news.example/"><title>Coast</title><link>https://news.example/</link><description>x</description>
            <items><rdf:Seq><rdf:li resource="https://news.example/varna"/></rdf:Seq></items></channel>
          <item rdf:about="https://news.example/varna">
            <title>Varna approves harbour budget</title><link>https://news.example/varna</link>
            <content:encoded><![CDATA[%s]]></content:encoded>
          </item>
        </rdf:RDF>
        """
            .formatted(TestPages.paragraphs("varna"));
    Path feed = dir.resolve("feed.rdf");
    Files.writeString(feed, rdf);
    CollectingSink sink = new CollectingSink();
    inputs.read(feed.toString(), sink);
    assertEquals(1, sink.articles.size());
    assertEquals("https://news.example/varna", sink.articles.get(0).url());
  }

  @Test
  void readsGzipFeeds() throws Exception {
    Path feed = dir.resolve("feed.xml.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(RSS.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(feed, bytes.toByteArray());
    CollectingSink sink = new CollectingSink();
    inputs.read(feed.toString(), sink);
    assertEquals(2, sink.articles.size());
    assertEquals(feed + "#item=https://news.example/varna", sink.articles.get(0).input());
  }

  private BadInputException failure(String name, String content) throws Exception {
    Path feed = dir.resolve(name);
    Files.writeString(feed, content);
    CollectingSink sink = new CollectingSink();
    BadInputException e = assertThrows(BadInputException.class, () -> inputs.read(feed.toString(), sink));
    assertEquals(feed.toString(), e.input());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(sink.articles.isEmpty());
    return e;
  }

  @Test
  void aFeedThatIsNotXmlIsOneError() throws Exception {
    BadInputException e = failure("feed.xml", "this is not XML at all, { \"json\": true }\n");
    assertTrue(e.reason().startsWith("not a feed: not well-formed XML"), e.reason());
  }

  @Test
  void aMalformedFeedIsOneError() throws Exception {
    BadInputException e = failure("broken.xml", RSS.substring(0, RSS.indexOf("<item>", RSS.indexOf("<item>") + 1)));
    assertTrue(e.reason().startsWith("not a feed: not well-formed XML"), e.reason());
  }

  @Test
  void anEmptyFeedIsOneError() throws Exception {
    BadInputException e =
        failure("empty.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description></channel></rss>");
    assertEquals("feed has no items", e.reason());
  }

  @Test
  void anEmptyFileNamedAsAFeedIsOneError() throws Exception {
    BadInputException e = failure("nothing.rss", "");
    assertTrue(e.reason().startsWith("not a feed"), e.reason());
  }

  @Test
  void otherXmlIsOneError() throws Exception {
    BadInputException e =
        failure("sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/</loc></url></urlset>");
    assertTrue(e.reason().startsWith("not a feed: XML, but neither RSS nor Atom"), e.reason());
  }

  @Test
  void aFeedWhoseItemsAllLinkOutIsOneErrorAfterTheWarnings() throws Exception {
    String feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
            + "<item><title>a</title><link>https://x.example/a</link><description>Teaser.</description></item></channel></rss>";
    BadInputException e = failure("teasers.xml", feed);
    assertEquals("no item has content to analyse (1 item: 0 analysed, 1 only link out)", e.reason());
  }

  @Test
  void doctypesAreRefusedSoNoEntityIsFetched() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET");
    String feed =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title><link>https://x.example/</link><description>d</description>"
            + "<item><title>&x;</title><description><![CDATA[" + longDescription("varna") + "]]></description></item></channel></rss>";
    BadInputException e = failure("xxe.xml", feed);
    assertTrue(e.reason().startsWith("not a feed"), e.reason());
    assertFalse(e.getMessage().contains("SECRET"));
  }
}
