package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.kb.GermanTransliteration.Convention;

/**
 * The German forms of English romanisations of Cyrillic names, case by case (Duden-style spellings
 * as German pages print them) and over the reference of src/kb/german-name-forms.tsv.
 */
class GermanTransliterationTest {

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = ';', value = {
      // zh, kh, sh, shch, ch, ts, z, v, s between vowels, ya/yu/ye, -y
      "Maria Zakharova; RUSSIAN; Maria Sacharowa",
      "Sergei Shoigu; RUSSIAN; Sergej Schoigu",
      "Dmitry Peskov; RUSSIAN; Dmitrij Peskow",
      "Dmitry Peskov; RUSSIAN; Dmitri Peskow",
      "Vasily Nebenzya; RUSSIAN; Wassili Nebensja",
      "Valery Gerasimov; RUSSIAN; Waleri Gerassimow",
      "Vladimir Kolokoltsev; RUSSIAN; Wladimir Kolokolzew",
      "Nikolai Patrushev; RUSSIAN; Nikolaj Patruschew",
      "Nikolai Patrushev; RUSSIAN; Nikolai Patruschew",
      "Yevgeny Zinichev; RUSSIAN; Jewgeni Sinitschew",
      "Konstantin Chuychenko; RUSSIAN; Konstantin Tschujtschenko",
      "Vladimir Medinsky; RUSSIAN; Wladimir Medinski",
      "Maksim Sokolov; RUSSIAN; Maxim Sokolow",
      "Aleksandr Bortnikov; RUSSIAN; Alexander Bortnikow",
      "Alexander Vladimirovich Konovalov; RUSSIAN; Alexander Konowalow",
      "Andrey Belousov; RUSSIAN; Andrej Beloussow",
      "Mikhail Mishustin; RUSSIAN; Michail Mischustin",
      "Alexander Lukashenko; RUSSIAN; Alexander Lukaschenko",
      // Ukrainian: -ий -yj, -ій -ij, я ю є й after the KMU 2010 romanisation
      "Volodymyr Zelenskyy; UKRAINIAN; Wolodymyr Selenskyj",
      "Oleksii Reznikov; UKRAINIAN; Oleksij Resnikow",
      "Valerii Zaluzhnyi; UKRAINIAN; Walerij Saluschnyj",
      "Andriy Yermak; UKRAINIAN; Andrij Jermak",
      "Mykhailo Fedorov; UKRAINIAN; Mychajlo Fedorow",
      "Vadym Prystaiko; UKRAINIAN; Wadym Prystajko",
      "Denys Maliuska; UKRAINIAN; Denys Maljuska",
      "Arseniy Yatsenyuk; UKRAINIAN; Arsenij Jazenjuk",
      "Yulia Tymoshenko; UKRAINIAN; Julia Tymoschenko",
      "Victor Yanukovich; UKRAINIAN; Wiktor Janukowitsch",
      "Maksym Kozytskyy; UKRAINIAN; Maksym Kosyzkyj",
      // Bulgarian
      "Boyko Borisov; BULGARIAN; Bojko Borissow",
      "Rumen Radev; BULGARIAN; Rumen Radew",
  })
  void theGermanFormOfAnEnglishRomanisation(String english, Convention convention, String german) {
    List<String> forms = GermanTransliteration.german(english, convention);
    assertTrue(forms.contains(german), english + " gave " + forms);
  }

  @Test
  void namesGermanWritesAsEnglishDoesGainNothing() {
    assertEquals(List.of(), GermanTransliteration.german("Dmytro Kuleba", Convention.UKRAINIAN));
    assertEquals(List.of(), GermanTransliteration.german("Maria", Convention.RUSSIAN));
  }

  @Test
  void namesAlreadyInCyrillicOrLacinkaAreLeftAlone() {
    assertEquals(List.of(), GermanTransliteration.german("Цибенко Василь Григорович", Convention.UKRAINIAN));
    assertEquals(List.of(), GermanTransliteration.german("Aliaksandar Kuličkoŭ", Convention.RUSSIAN));
  }

  @Test
  void onlyStatesThatWriteCyrillicHaveAConvention() {
    assertEquals(Convention.RUSSIAN, GermanTransliteration.convention("RUS"));
    assertEquals(Convention.UKRAINIAN, GermanTransliteration.convention("UKR"));
    // Serbian names have a Latin form German keeps (Vučić); English and German names elsewhere
    for (String other : List.of("SRB", "MKD", "MNE", "GEO", "ARM", "USA", "DEU", "")) {
      assertNull(GermanTransliteration.convention(other), other);
    }
  }

  @Test
  void peopleOfOtherStatesKeepTheirNamesInTheKnowledgeBase() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    // Michael Flynn (U.S. officials) and Ana Brnabić (Serbia, leaders.tsv): no derived German names
    for (String id : List.of("Q6834757", "Q26258815")) {
      KbEntry e = kb.get(id).orElseThrow();
      assertFalse(e.source().contains("GermanTransliteration"), id);
      for (String de : e.namesDe()) {
        assertTrue(e.namesEn().contains(de), id + ": " + de);
      }
    }
  }

  @Test
  void aCyrillicStatesOfficialGainsTheGermanFormsAsAliases() {
    KbEntry zakharova = KnowledgeBase.bundled().get("Q20812953").orElseThrow();
    assertTrue(zakharova.namesDe().contains("Maria Sacharowa"), zakharova.namesDe().toString());
    assertEquals("Maria Zakharova", zakharova.namesEn().get(0));
    assertTrue(zakharova.source().contains("derived from the English ones by GermanTransliteration"));
    // Sergey Lavrov's German names come from his sources (leader-aliases.tsv): nothing is derived
    KbEntry lavrov = KnowledgeBase.bundled().get("Q58217").orElseThrow();
    assertFalse(lavrov.source().contains("GermanTransliteration"));
  }

  /**
   * The German names leaders.tsv gives people of these states (from leader-aliases.tsv and the
   * exports): each must be among the forms generated from the same person's English names.
   */
  @Test
  void theGeneratedFormsIncludeTheGermanNamesOfLeadersTsv() {
    int names = 0;
    int matched = 0;
    for (KbEntry e : KnowledgeBase.readResource("leaders.tsv")) {
      Convention convention = GermanTransliteration.convention(e.country());
      if (convention == null) {
        continue;
      }
      Set<String> forms = new LinkedHashSet<>();
      e.namesEn().forEach(en -> forms.addAll(GermanTransliteration.german(en, convention)));
      for (String de : e.namesDe()) {
        if (!e.namesEn().contains(de)) {
          names++;
          matched += forms.contains(de) ? 1 : 0;
          System.out.println("leaders.tsv " + de + (forms.contains(de) ? " generated" : " missed, generated " + forms));
        }
      }
    }
    System.out.printf("leaders.tsv German names: %d of %d generated%n", matched, names);
    assertTrue(names >= 3, "German names of leaders.tsv: " + names);
    assertEquals(names, matched);
  }

  /**
   * The rule against German pages: for each spelling of the reference, whether the German forms
   * generated from the person's English names in the knowledge base include it. Prints the figures
   * and each miss.
   */
  @Test
  void theGeneratedFormsMatchTheSpellingsOfGermanPages() throws IOException {
    KnowledgeBase kb = KnowledgeBase.bundled();
    int rows = 0;
    int matched = 0;
    int firstMatched = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/kb/german-name-forms.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      String id = f[0];
      Convention convention = GermanTransliteration.convention(f[1]);
      String german = f[3];
      KbEntry e = kb.get(id).orElseThrow(() -> new AssertionError("not in the knowledge base: " + id));
      assertTrue(e.namesEn().contains(f[2]), id + " is not named " + f[2]);
      Set<String> forms = new LinkedHashSet<>();
      for (String en : e.namesEn()) {
        List<String> generated = GermanTransliteration.german(en, convention);
        forms.addAll(generated.isEmpty() ? List.of(en) : generated);
      }
      rows++;
      if (forms.contains(german)) {
        matched++;
      } else {
        misses.add(german + " (" + f[1] + ", generated " + forms + ")");
      }
      if (forms.iterator().next().equals(german)) {
        firstMatched++;
      }
    }
    System.out.printf("German forms: %d of %d reference spellings generated (%.3f); the first form %d (%.3f)%n",
        matched, rows, (double) matched / rows, firstMatched, (double) firstMatched / rows);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertTrue(rows >= 50, "reference rows: " + rows);
    assertTrue(matched >= 0.8 * rows, matched + " of " + rows);
  }
}
