package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/**
 * Members of the US Congress (congress.tsv, generated from legislators-current.yaml of
 * unitedstates/congress-legislators): linked by full name, by a legislator's title and the surname,
 * by the surname after the full name; USALEG during a term, their country alone outside the terms.
 * Ids and terms as the file gives them: Lindsey Graham Q22212 (representative 1995-2003, senator
 * since 2003-01-07), Maria Cantwell Q22250 (representative 1993-01-05 to 1995-01-03, senator since
 * 2001-01-03), Tim Scott Q561315 and Rick Scott Q439729 (both senators since 2019-01-08), Adam
 * Smith Q350916 (representative since 1997, Wikipedia title "Adam Smith (Washington politician)").
 */
class CongressLinkerTest {
  private static final String GRAHAM = "Q22212";
  private final Linker linker = new Linker(KnowledgeBase.bundled());

  /** Links the last occurrence of a person's mention in the text, among the article's other mentions. */
  private Link link(String text, String mention, LocalDate date, String... others) {
    int start = text.lastIndexOf(mention);
    List<String> mentions = new ArrayList<>(List.of(others));
    mentions.add(mention);
    return linker.link(new MentionQuery(mention, EntityType.PERSON, start, start + mention.length()),
        new ArticleContext(text, mentions, date, "en"));
  }

  @Test
  void aMemberNamedInFullIsTheLegislatureDuringATerm() {
    String text = "Lindsey Graham said the committee would vote next week.";
    assertEquals(new Link(GRAHAM, "USALEG"), link(text, "Lindsey Graham", LocalDate.of(2019, 5, 2)));
    // with the title before the name the article needs no date
    assertEquals(new Link(GRAHAM, "USALEG"),
        link("Sen. Lindsey Graham said the committee would vote next week.", "Lindsey Graham", null));
    // the names of the record: given name, middle initial, nickname
    String schumer = "Charles E. Schumer spoke on the floor.";
    assertEquals(new Link("Q380900", "USALEG"), link(schumer, "Charles E. Schumer", LocalDate.of(2021, 3, 1)));
    assertEquals(new Link("Q380900", "USALEG"), link("Chuck Schumer spoke on the floor.", "Chuck Schumer", LocalDate.of(2021, 3, 1)));
  }

  @Test
  void aTitleBeforeTheSurnameNamesTheOneMemberWhoHeldThatTitleOnTheDate() {
    assertEquals(new Link(GRAHAM, "USALEG"), link("Sen. Graham said the vote would wait.", "Graham", LocalDate.of(2019, 5, 2)));
    assertEquals(new Link(GRAHAM, "USALEG"), link("Senator Graham said the vote would wait.", "Graham", LocalDate.of(2019, 5, 2)));
    // Graham sat in the House then, not in the Senate
    assertFalse(GRAHAM.equals(link("Sen. Graham said the vote would wait.", "Graham", LocalDate.of(1997, 5, 2)).id()));
    // two senators named Scott in 2020: no link
    assertNull(link("Sen. Scott said the vote would wait.", "Scott", LocalDate.of(2020, 5, 2)).id());
  }

  @Test
  void aSurnameIsTheMembersOnlyAfterTheArticleNamesThemInFull() {
    String text = "Lindsey Graham, a Republican, met the envoy on Monday. Graham said the talks went well.";
    assertEquals(new Link(GRAHAM, "USALEG"), link(text, "Graham", LocalDate.of(2019, 5, 2), "Lindsey Graham"));
    assertFalse(GRAHAM.equals(link("Graham said the talks went well.", "Graham", LocalDate.of(2019, 5, 2)).id()));
    // common surnames: no member named in full, no member linked
    Set<String> members = congressIds();
    for (String surname : List.of("Scott", "Johnson", "Kelly", "King", "Young", "Smith")) {
      String id = link(surname + " said the talks went well in Washington.", surname, LocalDate.of(2022, 5, 2), "Washington").id();
      assertFalse(id != null && members.contains(id), surname + " linked to the member " + id);
    }
  }

  @Test
  void aTermsEndIsRespected() {
    // Cantwell left the House on 1995-01-03 and entered the Senate on 2001-01-03: in 1998 she is the
    // country's, not Congress's
    String text = "Maria Cantwell of the U.S. spoke at the conference.";
    assertEquals(new Link("Q22250", "USALEG"), link(text, "Maria Cantwell", LocalDate.of(1994, 6, 1), "U.S."));
    assertEquals(new Link("Q22250", "USA"), link(text, "Maria Cantwell", LocalDate.of(1998, 6, 1), "U.S."));
    assertEquals(new Link("Q22250", "USALEG"), link(text, "Maria Cantwell", LocalDate.of(2010, 6, 1), "U.S."));
    // the term the export lists as current is confirmed up to the export's day only
    assertEquals(new Link(GRAHAM, "USA"), link("Lindsey Graham of the U.S. spoke.", "Lindsey Graham", LocalDate.of(2027, 6, 1), "U.S."));
  }

  @Test
  void aNameSharedWithSomeoneBetterKnownNeedsTheMembersTitleOrParty() {
    // Adam Smith the economist: neither the date nor a US mention makes him the representative
    String economist = "Adam Smith wrote that the division of labour made nations rich, a U.S. professor said.";
    assertNull(link(economist, "Adam Smith", LocalDate.of(2020, 1, 10), "U.S.").id());
    assertEquals(new Link("Q350916", "USALEG"),
        link("Rep. Adam Smith said the bill would pass.", "Adam Smith", LocalDate.of(2020, 1, 10)));
    assertEquals(new Link("Q350916", "USALEG"),
        link("Adam Smith (D-Wash.) said the bill would pass.", "Adam Smith", LocalDate.of(2020, 1, 10)));
    // and the surname later in such an article
    String later = "Rep. Adam Smith said the bill would pass. Smith chairs the committee.";
    assertEquals(new Link("Q350916", "USALEG"), link(later, "Smith", LocalDate.of(2020, 1, 10), "Adam Smith"));
    assertNull(link("Adam Smith wrote a book. Smith was Scottish.", "Smith", LocalDate.of(2020, 1, 10), "Adam Smith").id());
  }

  @Test
  void aSharedNameIsTheMembersOnlyOnTheDaysOfATermAndForTheirState() {
    // John Kennedy of Louisiana (Q6250211), senator since 2017-01-03: "Senator John Kennedy" in an
    // article of 2012 is another senator
    String jfk = "Senator John Kennedy debated Richard Nixon on television.";
    assertNull(link(jfk, "John Kennedy", LocalDate.of(2012, 10, 1)).id());
    assertEquals(new Link("Q6250211", "USALEG"), link(jfk, "John Kennedy", LocalDate.of(2018, 4, 9)));
    // Mike Rogers of Alabama (Q693238), representative since 2003, sat beside Mike Rogers of Michigan
    // (2001-2015), whom the export lacks: the name is neither's (make_congress.py NAMESAKES)
    String michigan = "Rep. Mike Rogers (R-Mich.), chairman of the committee, said the program was legal.";
    assertNull(link(michigan, "Mike Rogers", LocalDate.of(2013, 7, 24)).id());
    assertTrue(KnowledgeBase.bundled().get("Q693238").isEmpty());
    // a tag of another state is not the member
    assertNull(link("Lindsey Graham (R-Texas) said the vote would wait.", "Lindsey Graham", LocalDate.of(2019, 5, 2)).id());
    assertEquals(new Link(GRAHAM, "USALEG"), link("Lindsey Graham (R., S.C.) said the vote would wait.", "Lindsey Graham", LocalDate.of(2019, 5, 2)));
  }

  @Test
  void aPartyTagsStateIsReadAsPostalCodeNameOrAbbreviation() {
    assertEquals(Set.of("MI"), PartyTag.states("Mike Rogers (R-Mich.) said", 11));
    assertEquals(Set.of("NJ"), PartyTag.states("Cory Booker (D-N.J.) said", 11));
    assertEquals(Set.of("TN"), PartyTag.states("Marsha Blackburn (R-Tenn.) said", 16));
    // not read, so no state is ruled out: "W.Va." starts no word of West Virginia's but the first
    assertEquals(Set.of(), PartyTag.states("Joe Manchin (D-W.Va.) said", 11));
    assertEquals(Set.of("TX"), PartyTag.states("Ted Cruz, R-Texas, said", 8));
    assertEquals(Set.of("LA"), PartyTag.states("John Kennedy (R-LA) said", 12));
    assertEquals(Set.of("NY"), PartyTag.states("Jerrold Nadler (D., N.Y.) said", 14));
    assertEquals(Set.of("MO", "MS"), PartyTag.states("X (R-Miss.) said", 1));
    assertEquals(Set.of("WI"), PartyTag.states("Johnson, R-Wis. Johnson said", 7));
    assertNull(PartyTag.states("Lindsey Graham said", 14));
  }

  @Test
  void everyMemberHasItsIdSourceAndTermsFromTheExport() {
    List<KbEntry> members = KnowledgeBase.readResource(KnowledgeBase.CONGRESS);
    assertTrue(members.size() > 500, "members: " + members.size());
    for (KbEntry e : members) {
      assertTrue(e.source().startsWith("https://www.wikidata.org/wiki/" + e.id() + " "), e.id());
      assertTrue(e.source().contains("https://github.com/unitedstates/congress-legislators/blob/"), e.id());
      assertTrue(e.namesEn().stream().allMatch(n -> n.contains(" ")), e.id() + " " + e.namesEn());
      assertFalse(e.offices().isEmpty(), e.id());
      for (Office o : e.offices()) {
        assertTrue(o.role().equals("LEG") && o.country().equals("USA") && o.start() != null, e.id() + " " + o);
        assertTrue(o.title().matches("(senator|representative|delegate|resident commissioner) \\([A-Z]{2}\\)"), e.id() + " " + o);
      }
    }
  }

  private static Set<String> congressIds() {
    return KnowledgeBase.readResource(KnowledgeBase.CONGRESS).stream().map(KbEntry::id).collect(Collectors.toSet());
  }
}
