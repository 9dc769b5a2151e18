package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
  private static PageMetadata read(String head, String body) {
    return MetadataReader.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
  }

  @Test
  void jsonLdArticleInsideGraph() {
    PageMetadata m = read(
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"WebPage\",\"name\":\"Seite\"},"
            + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Die Nacht der Wahl\",\"datePublished\":\"2021-09-26T23:10:00+0200\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Anna Berg\"},{\"@type\":\"Organization\",\"name\":\"Tagblatt\"}],"
            + "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Tagblatt\"},\"inLanguage\":\"de-AT\","
            + "\"mainEntityOfPage\":{\"@id\":\"https://tagblatt.example/wahl\"},\"articleBody\":\"Der Abend begann ruhig.\"}]}</script>",
        "<h1>Die Nacht der Wahl</h1>");
    assertEquals("Die Nacht der Wahl", m.title());
    assertEquals("2021-09-26T23:10:00+02:00", m.published());
    assertEquals(List.of("Anna Berg"), m.authors(), "an organisation is no author");
    assertEquals("Tagblatt", m.siteName());
    assertEquals("de", m.language());
    assertEquals("https://tagblatt.example/wahl", m.url());
    assertEquals("Der Abend begann ruhig.", m.articleBody());
  }

  @Test
  void brokenJsonLdIsReadLenientlyOrSkipped() {
    PageMetadata m = read(
        "<script type='application/ld+json'>{ this is not json </script>"
            + "<script type=\"application/ld+json\">\n{\"@type\": \"NewsArticle\", \"headline\": \"Zeile eins\nZeile zwei\",}\n</script>",
        "");
    assertEquals("Zeile eins Zeile zwei", m.title());
  }

  @Test
  void openGraphAndMetaTagsWhenThereIsNoJsonLd() {
    PageMetadata m = read(
        "<meta property='og:title' content='Rates rise again | The Ledger'>"
            + "<meta property='og:site_name' content='The Ledger'>"
            + "<meta name='author' content='By Sam Lee and Ana Ruiz, Reuters'>"
            + "<meta property='article:published_time' content='Tue, 19 Nov 2019 08:00:00 GMT'>"
            + "<meta property='og:locale' content='en_GB'>"
            + "<link rel='canonical' href='https://ledger.example/rates'>",
        "<h1>Something else entirely</h1>");
    assertEquals("Rates rise again", m.title(), "the outlet's name is cut off the title");
    assertEquals(List.of("Sam Lee", "Ana Ruiz"), m.authors());
    assertEquals(List.of("Reuters"), m.agencies());
    assertEquals("2019-11-19T08:00:00Z", m.published());
    assertEquals("en", m.language());
    assertEquals("https://ledger.example/rates", m.url());
  }

  @Test
  void visiblePageAsFallback() {
    PageMetadata m = read(
        "<title>Kurz &amp;amp; knapp - Lokalblatt</title>",
        "<h1>Kurz &amp; knapp</h1><div class='article-byline'>Von Eva Roth</div>"
            + "<time datetime='2020-03-01'>1. März 2020</time>");
    assertEquals("Kurz & knapp", m.title());
    assertEquals(List.of("Eva Roth"), m.authors());
    assertEquals("2020-03-01", m.published());
    assertNull(m.siteName());
    assertNull(m.language());
  }

  @Test
  void entitiesThatPagesEscapeTwiceAreDecoded() {
    PageMetadata m = read("<meta property='og:title' content='&amp;#8216;Quoted&amp;#8217; title'>", "");
    assertEquals("‘Quoted’ title", m.title());
  }
}
