package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The holders of an office come from the knowledge base's index by role and country, built once at
 * load: the same people as a scan of every entry, on every office and on a sample of titles and
 * dates.
 */
class OfficeTitlesTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  /** Days from 1995 to 2026, two a year. */
  private static List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (int year = 1995; year <= 2026; year++) {
      days.add(LocalDate.of(year, 1, 15));
      days.add(LocalDate.of(year, 7, 15));
    }
    return days;
  }

  /** Every entry that held each leader's office (role, country) on any day, by one pass over all entries, as before the index. */
  private static final Map<List<String>, Set<KbEntry>> EVER_HELD = new LinkedHashMap<>();

  static {
    for (KbEntry e : KB.entries()) {
      for (Office o : e.offices()) {
        if (!o.official()) {
          EVER_HELD.computeIfAbsent(List.of(o.role(), o.country()), k -> new LinkedHashSet<>()).add(e);
        }
      }
    }
  }

  private static Set<KbEntry> heldOn(Collection<KbEntry> entries, String role, String country, LocalDate day) {
    Set<KbEntry> holders = new LinkedHashSet<>();
    for (KbEntry e : entries) {
      if (e.offices().stream().anyMatch(o -> o.role().equals(role) && o.country().equals(country) && o.confirmedOn(day))) {
        holders.add(e);
      }
    }
    return holders;
  }

  @Test
  void theIndexGivesTheHoldersAScanGivesForEveryLeadersOffice() {
    assertTrue(EVER_HELD.size() > 200, "offices of leaders: " + EVER_HELD.size());
    int held = 0;
    for (Map.Entry<List<String>, Set<KbEntry>> office : EVER_HELD.entrySet()) {
      String role = office.getKey().get(0);
      String country = office.getKey().get(1);
      assertEquals(office.getValue(), new LinkedHashSet<>(KB.holding(role, country)), office.getKey().toString());
      for (LocalDate day : days()) {
        Set<KbEntry> scanned = heldOn(office.getValue(), role, country, day);
        assertEquals(scanned, heldOn(KB.holding(role, country), role, country, day), office.getKey() + " on " + day);
        held += scanned.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(held > 5000, "offices with a holder on a sampled day: " + held);
  }

  @Test
  void titlesNameTheHolderAScanFinds() {
    OfficeTitles titles = new OfficeTitles(KB);
    // a title, and the office it names (role, country or organisation)
    String[][] sample = {
      {"Russia's president", Office.HEAD_OF_STATE, "RUS"},
      {"the President of France", Office.HEAD_OF_STATE, "FRA"},
      {"Israeli prime minister", Office.HEAD_OF_GOVERNMENT, "ISR"},
      {"British foreign secretary", Office.FOREIGN_MINISTER, "GBR"},
      {"US secretary of state", Office.FOREIGN_MINISTER, "USA"},
      {"Bundeskanzler", Office.HEAD_OF_GOVERNMENT, "DEU"},
      {"der türkische Außenminister", Office.FOREIGN_MINISTER, "TUR"},
      {"Iran's supreme leader", Office.SUPREME_LEADER, "IRN"},
      {"UN secretary-general", Office.SECRETARY_GENERAL, "IGOUNO"},
      {"NATO chief", Office.SECRETARY_GENERAL, "IGOWSTNAT"},
      {"Commission president", Office.HEAD_OF_GOVERNMENT, "IGOEUREEC"},
    };
    int named = 0;
    for (String[] s : sample) {
      for (LocalDate day : days()) {
        Set<KbEntry> scanned = heldOn(EVER_HELD.getOrDefault(List.of(s[1], s[2]), Set.of()), s[1], s[2], day);
        Optional<KbEntry> expected = scanned.size() == 1 ? Optional.of(scanned.iterator().next()) : Optional.empty();
        assertEquals(expected, titles.holder(s[0], day), s[0] + " on " + day);
        named += expected.isPresent() ? 1 : 0;
      }
    }
    assertTrue(named > 400, "titles that name one holder on a sampled day: " + named);
  }
}
