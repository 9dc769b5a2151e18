package org.newsgraph.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Factuality;
import org.newsgraph.model.QuadClass;
import org.newsgraph.model.Span;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.testing.Built;
import org.newsgraph.testing.FakeEmbedder;
import org.newsgraph.testing.SchemaCheck;

class FactSelectionTest {
  private static final KnownFact TURKEY_NATO = fact("Turkey has been a member of NATO since 1952.", "member_of", List.of("Q43", "Q7184"), null, null, "member");
  private static final KnownFact BULGARIA_NATO = fact("Bulgaria has been a member of NATO since 2004.", "member_of", List.of("Q219", "Q7184"), null, null, "member");
  private static final KnownFact GRAIN = fact("The Black Sea grain deal let Ukraine export grain ships from Odesa through waters Turkey watched.",
      "agreement", List.of("Q212", "Q43"), null, null, "deal");
  private static final KnownFact FISH = fact("Turkey exports hazelnuts and fish to many markets in Asia.", "describes", List.of("Q43"), null, null);
  private static final KnownFact BIDEN = fact("Joe Biden was head of state of the United States from 20 January 2021 to 20 January 2025.",
      KnownFact.OFFICE, List.of("Q6279", "Q30"), LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 20), "president");

  private static final FactSource SOURCE = source(TURKEY_NATO, BULGARIA_NATO, GRAIN, FISH, BIDEN);

  private static Built grainTalks(String extra) {
    return new Built()
        .segment(SegmentKind.HEADLINE, "Turkey weighs naval escorts for Ukraine's grain ships")
        .segment(SegmentKind.LEAD, "Ukraine has asked Turkey for naval escorts for grain ships leaving Odesa.")
        .segment(SegmentKind.BODY, "Turkish officials did not answer. NATO allies watch the Black Sea grain exports closely. " + extra)
        .entity("Q43", 0.9, "Turkey", "Turkish")
        .entity("Q212", 0.8, "Ukraine")
        .entity("Q7184", 0.4, "NATO")
        .entity("Q6279", 0.3, "Joe Biden");
  }

  @Test
  void factsAboutTheActorsComeRankedWithTheirSourcesAndFillerIsLeftOut() {
    Article a = select(grainTalks("Joe Biden spoke of the grain. Turkey has been with NATO since 1952.").published("2022-06-01").build(), 5);
    List<String> texts = a.facts().stream().map(Fact::text).toList();
    assertEquals(GRAIN.text(), texts.get(0), texts.toString());
    assertTrue(texts.contains(TURKEY_NATO.text()));
    assertFalse(texts.contains(BULGARIA_NATO.text()), "NATO's other members are not this article's actors");
    for (int i = 1; i < a.facts().size(); i++) {
      assertTrue(a.facts().get(i - 1).relevance() >= a.facts().get(i).relevance());
    }
    assertEquals("https://example.org/source", a.facts().get(0).source());
    SchemaCheck.assertValid(ArticleJson.toLine(a));
  }

  @Test
  void theLimitHolds() {
    assertEquals(1, select(grainTalks("").build(), 1).facts().size());
  }

  @Test
  void aFactTheArticleStatesIsNotRepeated() {
    Article a = select(grainTalks("Turkey, a member of NATO since 1952, keeps its options open.").build(), 5);
    assertTrue(a.facts().stream().noneMatch(f -> f.text().equals(TURKEY_NATO.text())));
  }

  @Test
  void aTitleAfterTheTermEndedIsReportedAsAContradiction() {
    Article a = select(grainTalks("President Joe Biden urges Turkey to act.").published("2026-03-01").build(), 5);
    Fact biden = a.facts().stream().filter(f -> f.text().equals(BIDEN.text())).findFirst().orElseThrow();
    assertEquals("President Joe Biden", a.textOf(biden.contradiction()));
    SchemaCheck.assertValid(ArticleJson.toLine(a));
  }

  @Test
  void theTitleDuringTheTermStatesTheFactAndFormerIsNoContradiction() {
    Article during = select(grainTalks("President Joe Biden urged Turkey to act.").published("2022-03-01").build(), 5);
    assertTrue(during.facts().stream().noneMatch(f -> f.text().equals(BIDEN.text())));
    Article former = select(grainTalks("Former President Joe Biden urged Turkey to act.").published("2026-03-01").build(), 5);
    assertTrue(former.facts().stream().allMatch(f -> f.contradiction() == null));
  }

  @Test
  void aPastHolderNamedByTitleInThePastIsNoContradiction() {
    for (String said : List.of("She served under President Joe Biden in Ankara.", "President Joe Biden's envoy urged Turkey to act.")) {
      Article a = select(grainTalks(said).published("2026-03-01").build(), 5);
      assertTrue(a.facts().stream().allMatch(f -> f.contradiction() == null), said);
    }
  }

  @Test
  void withoutAKnowledgeBaseArticlesPassThrough() {
    Article a = grainTalks("").build();
    assertNull(new FactSelection(FactSource.NONE, new FakeEmbedder(), 5).apply(a).facts());
    assertNull(new FactSelection(SOURCE, null, 5).apply(a).facts());
  }

  @Test
  void aStatementAboutSomethingTheArticleNamesOnlyInPassingOrNotAtAllIsNotOffered() {
    KnownFact council = fact("Turkey has been a member of the Council of Europe since 1950.", "member_of", List.of("Q43", "Q8908"), null, null, "member");
    FactSource source = source(council);
    String said = "The Council of Europe has watched Turkey since 1950.";
    String again = "The Council of Europe will meet again in June.";
    Article central = new FactSelection(source, new FakeEmbedder(), 5).apply(grainTalks("").segment(SegmentKind.BODY, said)
        .segment(SegmentKind.BODY, again).entity("Q8908", 0.5, "Council of Europe").build());
    Article inPassing = new FactSelection(source, new FakeEmbedder(), 5)
        .apply(grainTalks("").segment(SegmentKind.BODY, said).entity("Q8908", 0.5, "Council of Europe").build());
    Article unnamed = new FactSelection(source, new FakeEmbedder(), 5).apply(grainTalks("").segment(SegmentKind.BODY, said).build());
    assertEquals(List.of(council.text()), central.facts().stream().map(Fact::text).toList());
    assertEquals(List.of(), inPassing.facts());
    assertEquals(List.of(), unnamed.facts());
  }

  @Test
  void anOfficeIsOfferedOnlyForTheOneTheStoryTurnsOn() {
    KnownFact erdogan = fact("Recep Tayyip Erdogan has been head of state of Turkey since 28 August 2014.",
        KnownFact.OFFICE, List.of("Q39259", "Q43"), LocalDate.of(2014, 8, 28), null, "president");
    FactSource source = source(erdogan);
    Built aside = grainTalks("Recep Tayyip Erdogan has said little about the escorts since August. Erdogan is abroad on a state visit.").entity("Q39259", 0.35, "Recep Tayyip Erdogan", "Erdogan");
    assertEquals(List.of(), texts(new FactSelection(source, new FakeEmbedder(), 5).apply(aside.published("2022-06-01").build())));
    Article acting = aside.builder().published("2022-06-01")
        .events(List.of(new Event(new Span(0, 10), "TUR", "UKR", "0233", 3.0, QuadClass.VERBAL_COOPERATION, "e4", "e2", null, Factuality.ASSERTED)))
        .build();
    assertEquals(List.of(erdogan.text()), texts(new FactSelection(source, new FakeEmbedder(), 5).apply(acting)));
  }

  @Test
  void onlyWhatWasTrueOnTheArticlesDateIsOffered() {
    KnownFact deal = new KnownFact(GRAIN.text(), GRAIN.about(), GRAIN.source(), "2022-07-22", "agreement", LocalDate.of(2022, 7, 22), null, List.of("deal"));
    FactSource source = source(deal);
    Article before = new FactSelection(source, new FakeEmbedder(), 5).apply(grainTalks("").published("2022-06-01").build());
    Article after = new FactSelection(source, new FakeEmbedder(), 5).apply(grainTalks("").published("2022-08-01").build());
    assertEquals(List.of(), before.facts());
    assertEquals(List.of(deal.text()), after.facts().stream().map(Fact::text).toList());
  }

  @Test
  void anUndatedArticleThatNamesYearsGetsOnlyWhatBeganByTheLatest() {
    KnownFact deal = new KnownFact(GRAIN.text(), GRAIN.about(), GRAIN.source(), "2022-07-22", "agreement", LocalDate.of(2022, 7, 22), null, List.of("deal"));
    FactSource source = source(deal);
    Article noYear = new FactSelection(source, new FakeEmbedder(), 5).apply(grainTalks("").build());
    Article older = new FactSelection(source, new FakeEmbedder(), 5).apply(grainTalks("Odesa has shipped grain since 1794. Exports fell in 2021.").build());
    Article later = new FactSelection(source, new FakeEmbedder(), 5).apply(grainTalks("Exports fell in 2021 and rose in 2023.").build());
    assertEquals(List.of(deal.text()), noYear.facts().stream().map(Fact::text).toList(), "no year named, no bound");
    assertEquals(List.of(), older.facts());
    assertEquals(List.of(deal.text()), later.facts().stream().map(Fact::text).toList());
  }

  @Test
  void anOfficeIsTheOneHeldOnTheArticlesDateOrTheHoldersLatest() {
    KnownFact premier = fact("Recep Tayyip Erdogan was head of government of Turkey from 14 March 2003 to 28 August 2014.",
        KnownFact.OFFICE, List.of("Q39259", "Q43"), LocalDate.of(2003, 3, 14), LocalDate.of(2014, 8, 28), "prime minister");
    KnownFact president = fact("Recep Tayyip Erdogan has been head of state of Turkey since 28 August 2014.",
        KnownFact.OFFICE, List.of("Q39259", "Q43"), LocalDate.of(2014, 8, 28), null, "president");
    FactSource source = source(premier, president);
    Built talks = new Built()
        .segment(SegmentKind.HEADLINE, "Recep Tayyip Erdogan weighs naval escorts for grain ships")
        .segment(SegmentKind.LEAD, "Since August, Ukraine has asked the head of Turkey, Recep Tayyip Erdogan, for naval escorts.")
        .entity("Q39259", 0.9, "Erdogan")
        .entity("Q43", 0.5, "Turkey");
    assertEquals(List.of(president.text()), texts(new FactSelection(source, new FakeEmbedder(), 5).apply(talks.published("2022-06-01").build())));
    assertEquals(List.of(premier.text()), texts(new FactSelection(source, new FakeEmbedder(), 5).apply(talks.published("2010-06-01").build())));
    assertEquals(List.of(president.text()), texts(new FactSelection(source, new FakeEmbedder(), 5).apply(talks.published(null).build())),
        "without a date, the office still held, and its holder's only term in it");
    KnownFact again = fact("Recep Tayyip Erdogan was head of state of Turkey from 1 January 1990 to 1 January 1995.",
        KnownFact.OFFICE, List.of("Q39259", "Q43"), LocalDate.of(1990, 1, 1), LocalDate.of(1995, 1, 1), "president");
    assertEquals(List.of(), texts(new FactSelection(source(premier, president, again), new FakeEmbedder(), 5).apply(talks.published(null).build())),
        "without a date there is no telling which of two terms is meant");
  }

  /** An invented foreign minister whose sources last listed the open office on 11 December 2022. */
  private static final KnownFact LISTED = new KnownFact("Ann Example has been foreign minister of Turkey since 2 January 2018 (as of 11 December 2022).",
      List.of("Q99", "Q43"), "https://example.org/source", "2022-12-11", KnownFact.OFFICE, LocalDate.of(2018, 1, 2), null,
      List.of("foreign minister"), LocalDate.of(2022, 12, 11), "Ann Example has been foreign minister of Turkey since 2 January 2018.");
  /** An invented term that ended on 21 April 2025. */
  private static final KnownFact ENDED = new KnownFact("Bob Example was head of state of Turkey from 13 March 2013 to 21 April 2025.",
      List.of("Q98", "Q43"), "https://example.org/source", "2025-04-21", KnownFact.OFFICE, LocalDate.of(2013, 3, 13), LocalDate.of(2025, 4, 21),
      List.of("president"), null, "Bob Example has been head of state of Turkey since 13 March 2013.");

  private static Built talksOf(String id, String name, String extra) {
    return new Built()
        .segment(SegmentKind.HEADLINE, name + " weighs naval escorts for grain ships")
        .segment(SegmentKind.LEAD, "Ukraine has asked " + name + " of Turkey for naval escorts. " + extra)
        .entity(id, 0.9, name)
        .entity("Q43", 0.5, "Turkey");
  }

  private static List<Fact> officeFacts(KnownFact office, Built article) {
    return new FactSelection(source(office), new FakeEmbedder(), 5).apply(article.build()).facts();
  }

  @Test
  void anOpenOfficeSpeaksOnlyAsFarAsItsSourcesListIt() {
    Fact during = officeFacts(LISTED, talksOf("Q99", "Ann Example", "").published("2020-05-04")).get(0);
    assertEquals("Ann Example has been foreign minister of Turkey since 2 January 2018.", during.text());
    assertEquals("2020-05-04", during.asOf(), "held on the article's date by the sources");
    Fact lastDay = officeFacts(LISTED, talksOf("Q99", "Ann Example", "").published("2022-12-11")).get(0);
    assertEquals("2022-12-11", lastDay.asOf());
    assertEquals(List.of(), officeFacts(LISTED, talksOf("Q99", "Ann Example", "").published("2024-03-01")),
        "after the last listed day the holder may have changed");
    Fact undated = officeFacts(LISTED, talksOf("Q99", "Ann Example", "").published(null)).get(0);
    assertEquals(LISTED.text(), undated.text());
    assertEquals("2022-12-11", undated.asOf(), "no more than the sources confirm");
  }

  @Test
  void anOfficeNoLongerListedIsNoContradiction() {
    for (String said : List.of("Foreign Minister Ann Example urges calm.", "Former foreign minister Ann Example urges calm.")) {
      Article a = new FactSelection(source(LISTED), new FakeEmbedder(), 5).apply(talksOf("Q99", "Ann Example", said).published("2024-03-01").build());
      assertEquals(List.of(), a.facts(), said);
      SchemaCheck.assertValid(ArticleJson.toLine(a));
    }
  }

  @Test
  void aTermThatEndedAfterTheArticleSpeaksAsOfTheArticlesDate() {
    Fact during = officeFacts(ENDED, talksOf("Q98", "Bob Example", "").published("2015-06-01")).get(0);
    assertEquals("Bob Example has been head of state of Turkey since 13 March 2013.", during.text(), "no end still to come");
    assertEquals("2015-06-01", during.asOf());
    Fact after = officeFacts(ENDED, talksOf("Q98", "Bob Example", "").published("2025-06-01")).get(0);
    assertEquals(ENDED.text(), after.text(), "the whole term once it is past");
    assertEquals("2025-04-21", after.asOf());
    assertEquals(List.of(), officeFacts(ENDED, talksOf("Q98", "Bob Example", "").published(null)),
        "without a date a term that ended is left out: the article may be from within it");
  }

  @Test
  void aMinorActorBringsFactsOnlyWhenItActsOnAnotherActor() {
    KnownFact pact = fact("Bulgaria and Turkey signed a treaty on naval escorts for grain ships in the Black Sea.", "treaty",
        List.of("Q219", "Q43"), null, null, "treaty");
    FactSource source = source(pact);
    Built talks = grainTalks("Bulgaria offered its ports.").entity("Q219", 0.2, "Bulgaria");
    Article apart = new FactSelection(source, new FakeEmbedder(), 5).apply(talks.build());
    Article acting = new FactSelection(source, new FakeEmbedder(), 5).apply(talks.builder()
        .events(List.of(new Event(new Span(0, 10), "BGR", "TUR", "0233", 3.0, QuadClass.VERBAL_COOPERATION, "e4", "e1", null, Factuality.ASSERTED)))
        .build());
    assertEquals(List.of(), apart.facts());
    assertEquals(List.of(pact.text()), texts(acting));
  }

  @Test
  void aStatementThatSharesOnlyTheActorsIsFiller() {
    KnownFact tea = fact("Turkey is known for hazelnuts, carpets and tea.", "describes", List.of("Q43"), null, null);
    Article a = new FactSelection(source(GRAIN, tea), new FakeEmbedder(), 5).apply(grainTalks("").build());
    assertEquals(List.of(GRAIN.text()), texts(a));
  }

  @Test
  void namesOfOneActorTakeOnePlaceAmongTheMostSalient() {
    KnownFact sanctions = fact("The EU has imposed sanctions on Russia since March 2014 over Ukraine.", "sanctions",
        List.of("Q458", "Q159"), LocalDate.of(2014, 3, 1), null, "sanction");
    Built talks = new Built()
        .segment(SegmentKind.HEADLINE, "U.S. and EU weigh new steps over Ukraine as Russia talks")
        .segment(SegmentKind.LEAD, "The US, America's allies and the EU met Russia and Ukraine in Kyiv.")
        .entity("Q30", 0.9, "U.S.").entity("Q30", 0.85, "US").entity("Q30", 0.8, "America")
        .entity("Q1899", 0.7, "Kyiv").entity("Q212", 0.6, "Ukraine").entity("Q159", 0.5, "Russia").entity("Q458", 0.4, "EU");
    Article a = new FactSelection(source(sanctions), new FakeEmbedder(), 5).apply(talks.published("2016-01-01").build());
    assertEquals(List.of(sanctions.text()), texts(a), "three names of the United States leave room for the EU");
  }

  private static List<String> texts(Article a) {
    return a.facts().stream().map(Fact::text).toList();
  }

  private static Article select(Article a, int limit) {
    return new FactSelection(SOURCE, new FakeEmbedder(), limit).apply(a);
  }

  private static KnownFact fact(String text, String relation, List<String> about, LocalDate start, LocalDate end, String... cues) {
    return new KnownFact(text, about, "https://example.org/source", "2024", relation, start, end, List.of(cues));
  }

  private static FactSource source(KnownFact... facts) {
    Map<String, List<KnownFact>> byId = new HashMap<>();
    for (KnownFact f : facts) {
      for (String id : f.about()) {
        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
      }
    }
    return id -> byId.getOrDefault(id, List.of());
  }
}
