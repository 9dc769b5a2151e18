package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.web.ArticleChecks.bodyHas;
import static org.newsgraph.web.ArticleChecks.bodyLacks;
import static org.newsgraph.web.ArticleChecks.headlineIs;
import static org.newsgraph.web.ArticleChecks.kindOf;
import static org.newsgraph.web.ArticleChecks.wellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SegmentKind;

/** Pages in the shape of an English news site (wire story) and a WordPress blog. */
class EnglishPagesTest {

  @Test
  void wireStoryOnNewsSite() {
    Article a = Pages.read("en-wildfire.html");
    wellFormed(a);
    headlineIs(a, "Wildfire forces thousands to flee in Northern California");
    bodyHas(a,
        "HEALDSBURG, Calif. — A wind-driven wildfire tore through Northern California wine country",
        "The Kincade Fire has burned more than 50,000 acres",
        "“This is the largest evacuation that any of us can remember,”",
        "Winds expected to ease",
        "Evacuation centers are open at the county fairgrounds",
        "Pacific Gas & Electric said a transmission tower");
    bodyLacks(a,
        "Skip to content", "Obituaries", "Advertisement", "RELATED", "Utility cuts power", "Noah Berger",
        "newsletter", "Read more", "go-bag", "Copyright", "My parents live in Windsor", "Most Popular",
        "School board", "Privacy Policy", "By Jane Doe");
    kindOf(a, "Advertisement", SegmentKind.ADVERT);
    kindOf(a, "RELATED: Utility cuts power to nearly a million customers", SegmentKind.TEASER);
    kindOf(a, "How to prepare an emergency go-bag", SegmentKind.TEASER);
    kindOf(a, "Copyright 2019 The Associated Press.", SegmentKind.CREDIT);
    kindOf(a, "By Jane Doe and John Roe, Associated Press", SegmentKind.CREDIT);

    assertEquals("2019-10-27T18:04:00Z", a.published());
    assertEquals("en", a.language());
    assertEquals("The Valley Courier", a.credit().outlet());
    assertEquals(List.of("Jane Doe", "John Roe"), a.credit().authors());
    assertEquals(List.of("AP"), a.credit().agencies());
    assertEquals("https://valleycourier.example.com/news/2019/10/27/wildfire-forces-thousands-to-flee/", a.url());
  }

  @Test
  void wordPressBlogPost() {
    Article a = Pages.read("en-blog.html");
    wellFormed(a);
    headlineIs(a, "Walking the Cotswold Way in five days");
    bodyHas(a,
        "The Cotswold Way runs for 102 miles",
        "Day one took us over Dover's Hill",
        "What we carried",
        "Two litres of water each",
        "Walk your own pace, and the hills will wait for you.",
        "We reached Bath on the fifth evening");
    bodyLacks(a,
        "Posted on", "Share this", "Twitter", "You may also like", "Offa's Dyke", "Chepstow",
        "Tagged", "Cotswolds,", "About the author", "every National Trail", "thoughts on", "Great write-up",
        "Leave a Reply", "Recent Posts", "Ridgeway", "WordPress");
    kindOf(a, "Two litres of water each", SegmentKind.BODY);
    assertEquals("Walking the Cotswold Way in five days", a.title());
    assertEquals("2018-06-02T08:30:00Z", a.published());
    assertEquals("en", a.language());
    assertEquals("Footpath Notes", a.credit().outlet());
    assertEquals(List.of("Emma Hollis"), a.credit().authors());
  }
}
