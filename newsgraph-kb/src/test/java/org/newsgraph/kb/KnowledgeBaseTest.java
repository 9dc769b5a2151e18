package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.SharedData;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = KnowledgeBase.bundled();

  private static List<KbEntry> rawEntries() throws IOException {
    List<KbEntry> all = new ArrayList<>();
    for (String name : KnowledgeBase.BUNDLED_FILES) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(KnowledgeBase.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
        List<KbEntry> entries = KbFile.read(in, name);
        assertFalse(entries.isEmpty(), name + " is empty");
        all.addAll(entries);
      }
    }
    return all;
  }

  @Test
  void everyIdIsWellFormedAndUniqueAndEveryEntryHasANameAndASource() throws IOException {
    Set<String> ids = new HashSet<>();
    for (KbEntry e : rawEntries()) {
      assertTrue(WikidataId.isItem(e.id()), e.id());
      assertTrue(ids.add(e.id()), "id twice in the bundled files: " + e.id());
      assertFalse(e.namesEn().isEmpty() && e.namesDe().isEmpty(), "no name: " + e.id());
      assertTrue(e.source().contains("wikidata.org/wiki/" + e.id()), "no source naming its id: " + e.id());
    }
    // officials.tsv.gz adds people, and offices to the people of the files above: one entry an id
    Set<String> officials = new HashSet<>();
    for (KbEntry e : officials()) {
      assertTrue(officials.add(e.id()), "id twice in officials.tsv.gz: " + e.id());
    }
    ids.addAll(officials);
    // congress.tsv the same way
    Set<String> members = new HashSet<>();
    for (KbEntry e : KnowledgeBase.readResource(KnowledgeBase.CONGRESS)) {
      assertTrue(members.add(e.id()), "id twice in congress.tsv: " + e.id());
    }
    ids.addAll(members);
    // places.tsv.gz adds the places whose ids the files above do not hold, each with the gazetteer's record as source
    for (KbEntry e : KnowledgeBase.readResource(KnowledgeBase.PLACES)) {
      assertTrue(WikidataId.isItem(e.id()), e.id());
      assertTrue(Places.is(e), "not a place: " + e.id());
      assertFalse(e.namesEn().isEmpty() && e.namesDe().isEmpty(), "no name: " + e.id());
      assertTrue(kb.country(e.country()).isPresent(), "no country: " + e.id());
      assertTrue(e.source().contains("github.com/dr5hn/countries-states-cities-database/blob/"), "no source: " + e.id());
      ids.add(e.id());
    }
    assertEquals(ids.size(), kb.size());
  }

  private static List<KbEntry> officials() {
    return KnowledgeBase.readResource(KnowledgeBase.OFFICIALS);
  }

  /** A cabinet export of every-politician-scrapers, or for the US vice presidents congress-legislators' executive.yaml. */
  private static final java.util.regex.Pattern CABINET_EXPORT = java.util.regex.Pattern.compile(
      "https://github\\.com/(every-politician-scrapers/[\\w-]+/blob/[0-9a-f]{12}/html/holders21\\.csv"
          + "|unitedstates/congress-legislators/blob/[0-9a-f]{12}/executive\\.yaml)");

  @Test
  void everyOfficialHasAnIdASourceAndDatedOfficesWithASectorAndATitle() throws IOException {
    List<KbEntry> officials = officials();
    assertTrue(officials.size() > 10_000, "officials: " + officials.size());
    for (KbEntry e : officials) {
      assertTrue(WikidataId.isItem(e.id()), e.id());
      assertTrue(e.source().contains("wikidata.org/wiki/" + e.id()), "no source naming its id: " + e.id());
      assertTrue(CABINET_EXPORT.matcher(e.source()).find(), "no repository, file and commit: " + e.id());
      // a one-word name would link every mention of the word
      assertTrue(e.namesEn().get(0).contains(" "), e.id() + " " + e.namesEn());
      assertFalse(e.offices().isEmpty(), e.id());
      for (Office o : e.offices()) {
        assertTrue(o.official() && o.title() != null && o.start() != null, e.id() + " " + o);
        assertTrue(kb.country(o.country()).isPresent(), e.id() + " " + o);
        assertTrue(o.end() == null || o.end().getYear() >= 2000, e.id() + " " + o);
        assertTrue((o.end() == null) == (o.listedUntil() != null), "an open office is listed up to the export's day: " + e.id() + " " + o);
      }
    }
  }

  @Test
  void aLeaderWhoWasAlsoAnOfficialKeepsOneEntryWithBothOffices() {
    // Mike Pompeo: CIA director 2017-01-23 to 2018-03-13 (us-cabinet export), then Secretary of
    // State (leaders.tsv).
    KbEntry pompeo = kb.get("Q473239").orElseThrow();
    assertTrue(pompeo.offices().stream().anyMatch(o -> o.role().equals(Office.FOREIGN_MINISTER)), pompeo.offices().toString());
    assertTrue(pompeo.offices().stream().anyMatch(o -> o.official() && o.title().equals("Director of the CIA")
        && o.heldOn(java.time.LocalDate.of(2017, 6, 1))), pompeo.offices().toString());
    assertTrue(pompeo.source().startsWith("https://www.wikidata.org/wiki/Q473239"), pompeo.source());
  }

  @Test
  void noLeadersOfficeIsShownAsCurrentAfterALaterHolderTookItUp() {
    // An open office while a later holder of the same office in the same state has a start is a term
    // that has ended shown as current (Kamala Harris's vice presidency beside JD Vance's, before
    // executive.yaml ended it). Leaders' offices and the US vice presidency are kept free of them;
    // the cabinet exports leave many among the officials, which audit_leaders.py --stale lists.
    Map<String, List<Map.Entry<KbEntry, Office>>> byOffice = new HashMap<>();
    for (KbEntry e : kb.entries()) {
      for (Office o : e.offices()) {
        if (o.start() != null && (!o.official() || "Vice President of the United States".equals(o.title()))) {
          byOffice.computeIfAbsent(o.role() + ":" + o.country() + ":" + o.title(), k -> new ArrayList<>()).add(Map.entry(e, o));
        }
      }
    }
    List<String> stale = new ArrayList<>();
    for (List<Map.Entry<KbEntry, Office>> terms : byOffice.values()) {
      for (Map.Entry<KbEntry, Office> open : terms) {
        if (open.getValue().end() != null) {
          continue;
        }
        for (Map.Entry<KbEntry, Office> later : terms) {
          if (!later.getKey().id().equals(open.getKey().id()) && later.getValue().start().isAfter(open.getValue().start())) {
            stale.add(open.getKey().id() + " " + open.getValue() + " before " + later.getKey().id() + " " + later.getValue());
          }
        }
      }
    }
    assertEquals(List.of(), stale);
  }

  @Test
  void everyCountryOfTheSharedTableIsThereWithItsIdAndCodes() throws IOException {
    Path table = SharedData.require("data/kb/countries.tsv");
    List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int iso3 = header.indexOf("iso3");
    int qid = header.indexOf("wikidata");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      KbEntry country = kb.country(f[iso3]).orElseThrow(() -> new AssertionError("missing " + line));
      assertEquals(f[qid], country.id(), line);
      assertEquals("country", country.kind());
      assertFalse(country.namesDe().isEmpty(), "no German name: " + line);
    }
    assertEquals(lines.size() - 1, kb.entries().stream().filter(e -> e.kind().equals("country")).count());
  }

  @Test
  void camelCodesFollowPhoenixConventions() {
    assertEquals("RUS", kb.country("Q159").orElseThrow().actor());
    assertEquals("KSV", kb.country("XKX").orElseThrow().actor());
    assertEquals("IGOUNO", kb.get("Q1065").orElseThrow().actor());
    assertEquals("IGOWSTNAT", kb.get("Q7184").orElseThrow().actor());
  }

  @Test
  void capitalsAreCitiesOfTheirCountriesAndActForTheirGovernments() {
    KbEntry iran = kb.country("IRN").orElseThrow();
    KbEntry tehran = kb.get(iran.capital()).orElseThrow();
    assertEquals("city", tehran.kind());
    assertEquals("IRN", tehran.country());
    assertEquals("IRNGOV", tehran.actor());
  }

  @Test
  void findsEntriesByWikipediaTitleInBothLanguages() {
    assertEquals("Q159", kb.byWikipediaTitle("en", "Russia").orElseThrow().id());
    assertEquals("Q159", kb.byWikipediaTitle("de", "Russland").orElseThrow().id());
    assertEquals("Q183", kb.byWikipediaTitle("de", "Deutschland").orElseThrow().id());
    assertEquals("Q1065", kb.byWikipediaTitle("en", "United_Nations").orElseThrow().id());
    assertTrue(kb.byWikipediaTitle("en", "Tiger Woods").isEmpty());
  }

  @Test
  void officeHoldersCarryDatedOffices() {
    KbEntry medvedev = kb.get("Q23530").orElseThrow();
    assertTrue(
        medvedev.offices().stream()
            .anyMatch(o -> o.role().equals(Office.HEAD_OF_STATE) && o.heldOn(java.time.LocalDate.of(2010, 1, 1))));
  }

  @Test
  void everyStateCodeOfPetrarchsCountryDictionaryIsACountryHere() throws IOException {
    Path dictionary = SharedData.require("data/events/petrarch2/Phoenix.Countries.actors.txt");
    // Codes of states that no longer exist (East Germany, the Soviet Union) and the dictionary's
    // invented test country have no entry of their own.
    Set<String> historical = Set.of("DDR", "SUN", "KNT");
    Set<String> codes = new java.util.TreeSet<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\[([A-Z]{3})\\]").matcher(Files.readString(dictionary, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      codes.add(m.group(1));
    }
    codes.removeAll(historical);
    assertTrue(codes.size() > 150, "read " + codes.size() + " codes");
    for (String code : codes) {
      assertTrue(kb.country(code).map(c -> c.actor().equals(code)).orElse(false), "no country with CAMEO code " + code);
    }
  }
}
