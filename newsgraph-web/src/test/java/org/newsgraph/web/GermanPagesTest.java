package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.web.ArticleChecks.bodyHas;
import static org.newsgraph.web.ArticleChecks.bodyLacks;
import static org.newsgraph.web.ArticleChecks.headlineIs;
import static org.newsgraph.web.ArticleChecks.kindOf;
import static org.newsgraph.web.ArticleChecks.textLacks;
import static org.newsgraph.web.ArticleChecks.wellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.segment.Segmenter;

/**
 * Pages written in the shape of German news sites: the article's text must be the body, and none
 * of the furniture around and inside it (cookie banners, navigation, "Anzeige", "Lesen Sie auch",
 * "Mehr zum Thema", "Zur Person", comments, teasers with their summaries, footers).
 */
class GermanPagesTest {

  @Test
  void newsSiteWithJsonLd() {
    Article a = Pages.read("de-grundsteuer.html");
    wellFormed(a);
    headlineIs(a, "Bundestag beschließt Reform der Grundsteuer");
    bodyHas(a,
        "Berlin. Der Bundestag hat am Freitag mit den Stimmen der Koalition",
        "rund 14 Milliarden Euro ein",
        "„Wir sichern eine der wichtigsten Einnahmen der Kommunen“, sagte er im Plenum.",
        "Länder können eigene Modelle wählen",
        "Kritiker fürchten einen Flickenteppich",
        "Die neuen Regeln sollen von 2025 an gelten.");
    bodyLacks(a,
        "Cookies", "Startseite", "Anzeige", "Lesen Sie auch", "Was die Reform für Mieter bedeutet",
        "Zur Person", "1958 in Osnabrück", "Mehr zum Thema", "Sonderweg", "Foto: Kay Nietfeld",
        "Themen:", "Teilen", "Kommentare", "Endlich eine Reform", "Öffnungsklausel richtig",
        "Das könnte Sie auch interessieren", "Neue Brücke", "Impressum", "Alle Rechte vorbehalten",
        "Nach monatelangem Streit", "Von Katrin Müller");
    textLacks(a, "Cookies", "Endlich eine Reform", "1958 in Osnabrück", "Neue Brücke", "Impressum");
    kindOf(a, "Berlin. Der Bundestag", SegmentKind.LEAD);
    kindOf(a, "Länder können eigene Modelle wählen", SegmentKind.SUBHEADING);
    kindOf(a, "Nach monatelangem Streit", SegmentKind.SUBTITLE);
    kindOf(a, "Von Katrin Müller und Jan Schröder", SegmentKind.CREDIT);
    kindOf(a, "Anzeige", SegmentKind.ADVERT);
    kindOf(a, "Lesen Sie auch: Was die Reform für Mieter bedeutet", SegmentKind.TEASER);
    kindOf(a, "Grundsteuer: Warum Bayern einen Sonderweg will", SegmentKind.TEASER);

    assertEquals("Bundestag beschließt Reform der Grundsteuer", a.title());
    assertEquals("2019-10-18T14:32:00+02:00", a.published());
    assertEquals("de", a.language());
    assertEquals("https://www.rheinische-tagespost.example/politik/grundsteuer-reform-bundestag-a-1234.html", a.url());
    assertEquals("Rheinische Tagespost", a.credit().outlet());
    assertEquals(List.of("Katrin Müller", "Jan Schröder"), a.credit().authors());
  }

  @Test
  void regionalSiteWithMetaTagsAndAgencyCredit() {
    Article a = Pages.read("de-hochwasser.html");
    wellFormed(a);
    headlineIs(a, "Hochwasser am Rhein: Pegel in Köln steigt weiter");
    bodyHas(a,
        "Köln. Der Rhein in Köln steigt weiter.",
        "mobile Schutzwände in der Altstadt",
        "„Wir sind gut vorbereitet“",
        "Schifffahrt eingeschränkt",
        "Ab einem Pegel von 8,30 Metern",
        "Entwarnung gebe es aber erst");
    bodyLacks(a,
        "Privatsphäre", "Jetzt abonnieren", "Stromtarife", "Anzeige", "Mehr zum Thema",
        "So hoch stand der Rhein", "Zur Person", "Reinhard Vogt", "Newsletter", "dpa",
        "Heinz aus Porz", "Gisela", "Leserkommentare", "Meistgelesen", "Karneval", "Impressum", "04.02.2021");
    kindOf(a, "Anzeige", SegmentKind.ADVERT);
    kindOf(a, "Mehr zum Thema", SegmentKind.TEASER);
    kindOf(a, "So hoch stand der Rhein im Januar 2018", SegmentKind.TEASER);
    kindOf(a, "(dpa/lnw)", SegmentKind.CREDIT);

    assertEquals("Hochwasser am Rhein: Pegel in Köln steigt weiter", a.title());
    assertEquals("2021-02-04T09:15:00+01:00", a.published());
    assertEquals("de", a.language());
    assertEquals("Kölner Stadtbote", a.credit().outlet());
    assertEquals(List.of("Sabine Kranz"), a.credit().authors());
    assertNull(a.url(), "the page names no URL");
  }

  @Test
  void legacyTableLayoutInWindows1252() {
    Article a = Pages.read("de-freibad-latin1.html");
    wellFormed(a);
    headlineIs(a, "Gemeinderat stimmt für neues Freibad");
    bodyHas(a,
        "Münsingen. Nach jahrelanger Diskussion hat der Gemeinderat",
        "rund 6,5 Millionen Euro",
        "„Das Freibad ist für viele Familien auf der Alb ein wichtiger Treffpunkt",
        "Kritik kam von der Fraktion der Freien Wähler.",
        "ins neue Becken springen.");
    bodyLacks(a, "Lokales", "Archiv", "Anzeige", "Zur Person", "seit 2001 Redakteur", "Lesen Sie auch",
        "Hallenbad bleibt", "Artikel drucken", "Impressum", "Von Hans Meier", "Freitag, 18. Oktober 2019");
    // paragraphs separated by two line breaks are paragraphs
    assertEquals(5, a.segments(SegmentKind.BODY).size() + a.segments(SegmentKind.LEAD).size());
    kindOf(a, "Von Hans Meier", SegmentKind.CREDIT);
    kindOf(a, "Anzeige", SegmentKind.ADVERT);
    assertEquals("2019-10-18", a.published(), "the date shown above the headline");
    assertEquals(List.of("Hans Meier"), a.credit().authors(), "the byline");
  }

  @Test
  void segmentsSurviveThePipeline() {
    Article read = Pages.read("de-grundsteuer.html");
    assertEquals(read.segments(), new Segmenter().apply(read).segments(), "the plain-text segmenter leaves them");
    Article analysed = Pipeline.standard().run(read);
    assertEquals(read.body(), analysed.body());
    assertEquals("de", analysed.language());
    assertEquals(List.of("Katrin Müller", "Jan Schröder"), analysed.credit().authors());
  }
}
