package org.newsgraph.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.testing.Built;

/** What the article's own text says about a fact: invented sentences, English and German. */
class FactCheckTest {
  private static final KnownFact BIDEN = new KnownFact("Joe Biden was head of state of the United States from 20 January 2021 to 20 January 2025.",
      List.of("Q6279", "Q30"), "https://example.org/source", "2025-01-20", KnownFact.OFFICE, LocalDate.of(2021, 1, 20),
      LocalDate.of(2025, 1, 20), List.of("president", "präsident"));
  private static final KnownFact MERKEL = new KnownFact("Angela Merkel was head of government of Germany from 22 November 2005 to 8 December 2021.",
      List.of("Q567", "Q183"), "https://example.org/source", "2021-12-08", KnownFact.OFFICE, LocalDate.of(2005, 11, 22),
      LocalDate.of(2021, 12, 8), List.of("chancellor", "kanzler", "bundeskanzler"));
  private static final KnownFact PUTIN_PREMIER = new KnownFact("Vladimir Putin was head of government of Russia from 8 May 2008 to 7 May 2012.",
      List.of("Q7747", "Q159"), "https://example.org/source", "2012-05-07", KnownFact.OFFICE, LocalDate.of(2008, 5, 8),
      LocalDate.of(2012, 5, 7), List.of("prime minister", "premier"));
  private static final KnownFact TURKEY_NATO = new KnownFact("Turkey has been a member of NATO since 1952.", List.of("Q43", "Q7184"),
      "https://example.org/source", "2024", "member_of", LocalDate.of(1952, 1, 1), null, List.of("member", "joined", "ally", "mitglied"));

  private static FactCheck.Verdict biden(String language, String published, String sentence) {
    Article a = new Built().segment(SegmentKind.HEADLINE, "Talks on the strait").segment(SegmentKind.BODY, sentence)
        .entity("Q6279", 0.9, "Joe Biden").entity("Q43", 0.5, "Turkey", "Türkei").published(published).builder().language(language).build();
    return new FactCheck(a).check(BIDEN, List.of(BIDEN)).verdict();
  }

  @Test
  void aTitleAboutTheArticlesOwnTimeAfterTheTermEndedContradicts() {
    assertEquals(FactCheck.Verdict.CONTRADICTED, biden("en", "2026-03-01", "President Joe Biden urges Turkey to act."));
    assertEquals(FactCheck.Verdict.CONTRADICTED, biden("en", "2026-03-01", "President Joe Biden will meet Turkey's envoy."));
    assertEquals(FactCheck.Verdict.CONTRADICTED, biden("en", "2026-03-01", "President Joe Biden urged Turkey to act on Tuesday."));
    assertEquals(FactCheck.Verdict.CONTRADICTED, biden("de", "2026-03-01", "Präsident Joe Biden fordert die Türkei zum Handeln auf."));
    assertEquals(FactCheck.Verdict.CONTRADICTED, biden("de", "2026-03-01", "Präsident Joe Biden forderte gestern die Türkei auf."));
  }

  @Test
  void formerOrEhemaligeIsNoContradiction() {
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "Former President Joe Biden urges Turkey to act."));
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "Then-President Joe Biden urged Turkey to act on Tuesday."));
    assertEquals(FactCheck.Verdict.NEW, biden("de", "2026-03-01", "Der ehemalige Präsident Joe Biden fordert die Türkei zum Handeln auf."));
    assertEquals(FactCheck.Verdict.NEW, biden("de", "2026-03-01", "Der frühere Präsident Joe Biden fordert die Türkei auf."));
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "Even former US President Joe Biden does not rule out a deal with Turkey."));
    assertEquals(FactCheck.Verdict.NEW, biden("de", "2026-03-01", "Der frühere US-Präsident Joe Biden fordert die Türkei auf."));
  }

  @Test
  void thePastTenseWithoutAWordOfNowTellsOfThePast() {
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "After the attacks, President Joe Biden said Turkey had to act."));
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "President Joe Biden was deciding whether Turkey could help."));
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "In a recording, President Joe Biden did say last Friday that Turkey could help."));
    assertEquals(FactCheck.Verdict.NEW, biden("de", "2026-03-01", "Präsident Joe Biden forderte die Türkei zum Handeln auf."));
    assertEquals(FactCheck.Verdict.NEW, biden("de", "2026-03-01", "Präsident Joe Biden war damals für die Türkei."));
  }

  @Test
  void anotherYearOrThenPutsTheSentenceAtAnotherTime() {
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "In 2022, President Joe Biden urged Turkey to act on Tuesday."));
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "In 2023, President Joe Biden urges Turkey to act."));
    assertEquals(FactCheck.Verdict.NEW, biden("en", "2026-03-01", "At the time, President Joe Biden is said to have urged Turkey on Tuesday."));
    assertEquals(FactCheck.Verdict.NEW, biden("de", "2026-03-01", "Präsident Joe Biden fordert im Jahr 2022 die Türkei zum Handeln auf."));
    assertEquals(FactCheck.Verdict.NEW, biden("de", "2026-03-01", "Präsident Joe Biden kritisiert die Türkei damals scharf."));
  }

  @Test
  void aTitleDuringTheTermStatesTheOffice() {
    assertEquals(FactCheck.Verdict.STATED, biden("en", "2022-03-01", "President Joe Biden urged Turkey to act."));
    assertEquals(FactCheck.Verdict.STATED, biden("de", "2022-03-01", "US-Präsident Joe Biden forderte die Türkei auf."));
    Article german = new Built().segment(SegmentKind.BODY, "Bundeskanzlerin Angela Merkel reist nach Ankara.")
        .entity("Q567", 0.9, "Angela Merkel").published("2015-06-01").builder().language("de").build();
    assertEquals(FactCheck.Verdict.STATED, new FactCheck(german).check(MERKEL, List.of(MERKEL)).verdict());
    Article alias = new Built().segment(SegmentKind.BODY, "Chancellor Merkel flew to Ankara.")
        .entity("Q567", 0.9, "Merkel").published("2015-06-01").build();
    assertEquals(FactCheck.Verdict.STATED, new FactCheck(alias).check(MERKEL, List.of(MERKEL)).verdict());
  }

  @Test
  void aTitleThatIsNotRightBeforeTheNameIsNotTheNamesTitle() {
    Article a = new Built().segment(SegmentKind.BODY, "Medvedev was prime minister, and then Vladimir Putin says he will run again.")
        .entity("Q7747", 0.9, "Vladimir Putin").published("2018-03-01").build();
    assertEquals(FactCheck.Verdict.NEW, new FactCheck(a).check(PUTIN_PREMIER, List.of(PUTIN_PREMIER)).verdict());
    Article during = new Built().segment(SegmentKind.BODY, "Medvedev was prime minister, and then Vladimir Putin says he will run again.")
        .entity("Q7747", 0.9, "Vladimir Putin").published("2010-03-01").build();
    assertEquals(FactCheck.Verdict.NEW, new FactCheck(during).check(PUTIN_PREMIER, List.of(PUTIN_PREMIER)).verdict());
  }

  @Test
  void aMembershipIsStatedByAliasesAndInGerman() {
    assertEquals(FactCheck.Verdict.STATED, membership("en", "Turkey joined the Atlantic Alliance in 1952.", "Turkey", "Atlantic Alliance"));
    assertEquals(FactCheck.Verdict.STATED, membership("en", "Türkiye's army, the second largest of any NATO ally, stands by.", "Türkiye", "NATO"));
    assertEquals(FactCheck.Verdict.STATED, membership("de", "Die Türkei ist seit 1952 Mitglied der Nato.", "Türkei", "Nato"));
    assertEquals(FactCheck.Verdict.STATED, membership("de", "Das Nato-Mitglied Türkei verlegt Truppen.", "Türkei", "Nato"));
    assertEquals(FactCheck.Verdict.NEW, membership("de", "Die Türkei verlegt Truppen. Die Nato schweigt.", "Türkei", "Nato"));
    assertEquals(FactCheck.Verdict.NEW, membership("en", "Turkey moved troops as NATO watched.", "Turkey", "NATO"));
  }

  private static FactCheck.Verdict membership(String language, String sentence, String turkey, String nato) {
    Article a = new Built().segment(SegmentKind.BODY, sentence).entity("Q43", 0.9, turkey).entity("Q7184", 0.5, nato)
        .builder().language(language).build();
    return new FactCheck(a).check(TURKEY_NATO, List.of(TURKEY_NATO)).verdict();
  }
}
