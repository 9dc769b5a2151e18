package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbLexiconTest {
  @TempDir Path dir;

  private static String code(VerbLexicon lexicon, String sentence, String verb) {
    List<Word> words = Word.tokenize(sentence, 0, sentence.length());
    int v = 0;
    while (!words.get(v).lower().equals(verb)) {
      v++;
    }
    VerbLexicon.Entry m = lexicon.match(words, v, v, words.size());
    return m == null ? null : m.code();
  }

  @Test
  void theMostSpecificFrameWins() {
    VerbLexicon en = VerbLexicon.bundled("en");
    assertEquals("0234", code(en, "Ukraine has asked Turkey for naval escorts for grain ships", "asked"));
    assertEquals("020", code(en, "Ukraine has asked Turkey about it", "asked"));
    assertEquals("1123", code(en, "Moscow accused Kyiv of aggression", "accused"));
    assertEquals("112", code(en, "Moscow accused Kyiv", "accused"));
    assertNull(code(en, "Moscow answered Kyiv", "answered"));
  }

  /** The code of the German entry for {@code verb}, its frame words anywhere in the clause (as the coder matches German). */
  private static String germanCode(String sentence, String verb) {
    List<Word> words = Word.tokenize(sentence, 0, sentence.length());
    int v = 0;
    while (!words.get(v).lower().equals(verb)) {
      v++;
    }
    VerbLexicon.Entry m = VerbLexicon.bundled("de").match(words, v, 0, words.size());
    return m == null ? null : m.code();
  }

  @Test
  void germanVerbsOfTheCommonCameoCodes() {
    String[][] table = {
      {"Paris äußerte Sorge über die Lage in Mali", "äußerte", "012"},
      {"Moskau dementierte den Bericht aus Kiew", "dementierte", "016"},
      {"Berlin kondolierte der Regierung in Kairo", "kondolierte", "018"},
      {"Washington warnte Teheran am Montag", "warnte", "130"},
      {"Washington warnte Teheran vor Konsequenzen", "warnte", "130"},
      {"Berlin warnt vor einer Hungersnot in Somalia", "warnt", "012"},
      {"Die Regierung rief Russland zur Zurückhaltung auf", "rief", "020"},
      {"Paris drängte Ankara zu Gesprächen", "drängte", "020"},
      {"Japan bot der Türkei Hilfe an", "bot", "033"},
      {"Peking schlug Verhandlungen vor", "schlug", "036"},
      {"Merkel sprach mit Putin über die Ukraine", "sprach", "040"},
      {"Die Außenminister kamen in Genf zusammen", "kamen", "040"},
      {"Macron rief Selenskyj am Abend an", "rief", "041"},
      {"Merkel will mit Putin telefonieren", "telefonieren", "041"},
      {"Scholz will Kiew besuchen", "besuchen", "042"},
      {"Die Außenministerin reiste nach Kiew", "reiste", "042"},
      {"Biden pries Japan für seine Hilfe", "pries", "051"},
      {"weil Polen den Mann an Deutschland auslieferte", "auslieferte", "063"},
      {"Deutschland will der Ukraine helfen", "helfen", "070"},
      {"Deutschland nahm Flüchtlinge aus Syrien auf", "nahm", "075"},
      {"Iran ließ die britischen Seeleute frei", "ließ", "0841"},
      {"Die Seeleute wurden freigelassen", "freigelassen", "0841"},
      {"Russland zog seine Truppen aus Syrien zurück", "zog", "0874"},
      {"Die UN wollen den Angriff untersuchen", "untersuchen", "090"},
      {"Die USA verlangen Aufklärung von Moskau", "verlangen", "100"},
      {"Paris rügte Rom scharf", "rügte", "111"},
      {"Die USA werfen China Spionage vor", "werfen", "112"},
      {"Kiew klagte Moskau an", "klagte", "112"},
      {"Athen macht Ankara verantwortlich", "macht", "112"},
      {"Teheran erhob Vorwürfe gegen Washington", "erhob", "112"},
      {"Die Türkei bezichtigte Griechenland der Lüge", "bezichtigte", "112"},
      {"Berlin bestellte den russischen Botschafter ein", "bestellte", "114"},
      {"Der Botschafter wurde einbestellt", "einbestellt", "114"},
      {"Die USA drohen Nordkorea", "drohen", "130"},
      {"Trump drohte China mit Strafzöllen", "drohte", "1312"},
      {"Die Menge demonstrierte gegen die Regierung", "demonstrierte", "141"},
      {"Russland entsandte Truppen nach Belarus", "entsandte", "154"},
      {"Die EU belegte Russland mit Sanktionen", "belegte", "163"},
      {"China erhob Strafzölle auf Waren aus den USA", "erhob", "163"},
      {"Iran konfiszierte einen britischen Tanker", "konfiszierte", "171"},
      {"Piraten enterten einen deutschen Frachter", "enterten", "171"},
      {"Moskau verhängte ein Einreiseverbot gegen EU-Politiker", "verhängte", "172"},
      {"Die Polizei nahm zwei Russen fest", "nahm", "173"},
      {"Die Polizei setzte Tränengas gegen Demonstranten ein", "setzte", "175"},
      {"Die Gruppe verübte einen Anschlag auf Soldaten", "verübte", "180"},
      {"Die Miliz entführte zwei Journalisten", "entführte", "181"},
      {"Kurdische Kämpfer kämpften gegen den IS", "kämpften", "190"},
      {"Iran schoss eine Drohne der USA ab", "schoss", "190"},
      {"Die USA sanktionierten drei russische Banken", "sanktionierten", "163"},
      {"Die arabischen Staaten boykottierten Katar", "boykottierten", "163"},
      {"Berlin will zwei russische Diplomaten ausweisen", "ausweisen", "166"},
      {"Armenien und Aserbaidschan wollen sich bald treffen", "treffen", "040"},
      {"Moskau will Kiew Sabotage vorwerfen", "vorwerfen", "112"},
      {"Russland will die Stadt weiter beschießen", "beschießen", "190"},
      {"Moskau will den Bericht nicht dementieren", "dementieren", "016"},
    };
    List<org.junit.jupiter.api.function.Executable> rows = new java.util.ArrayList<>();
    for (String[] r : table) {
      rows.add(() -> assertEquals(r[2], germanCode(r[0], r[1]), r[0]));
    }
    org.junit.jupiter.api.Assertions.assertAll(rows);
    // taking part is no arrest: "nahm" alone no longer reads as 173
    assertNull(germanCode("Die Türkei nahm an dem Gipfel teil", "nahm"));
  }

  @Test
  void everyRootIsCoveredInBothLanguages() throws Exception {
    for (String language : List.of("en", "de")) {
      Set<String> roots = new TreeSet<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          VerbLexicon.class.getResourceAsStream("verbs-" + language + ".txt"), StandardCharsets.UTF_8))) {
        r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .forEach(l -> roots.add(l.substring(0, 2)));
      }
      assertEquals(20, roots.size(), language + ": " + roots);
    }
  }

  @Test
  void englishVerbsGetTheirRegularForms() {
    assertEquals(Set.of("ask", "asks", "asked", "asking"), VerbLexicon.englishForms("ask"));
    assertEquals(Set.of("deny", "denies", "denied", "denying"), VerbLexicon.englishForms("deny"));
    assertEquals(Set.of("seize", "seizes", "seized", "seizing"), VerbLexicon.englishForms("seize"));
    assertEquals(Set.of("slam", "slams", "slammed", "slamming"), VerbLexicon.englishForms("slam"));
    assertEquals(Set.of("ban", "bans", "banned", "banning"), VerbLexicon.englishForms("ban"));
    // two vowels, two consonants or a final w, x, y: no doubling
    assertEquals(Set.of("jail", "jails", "jailed", "jailing"), VerbLexicon.englishForms("jail"));
    assertEquals(Set.of("bomb", "bombs", "bombed", "bombing"), VerbLexicon.englishForms("bomb"));
    assertEquals(Set.of("vow", "vows", "vowed", "vowing"), VerbLexicon.englishForms("vow"));
  }

  @Test
  void aUsersFileAddsEntriesAndBadLinesNameTheirPlace() throws Exception {
    Path extra = dir.resolve("my-verbs.txt");
    Files.writeString(extra, "# ours\n0874  scuttle  retreat\n");
    VerbLexicon more = VerbLexicon.bundled("en").with(extra, true);
    assertEquals("0874", code(more, "Russia scuttled its retreat plan", "scuttled"));
    assertTrue(more.size() > VerbLexicon.bundled("en").size());
    Files.writeString(extra, "0874  scuttle\n9999  frobnicate\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VerbLexicon.bundled("en").with(extra, true));
    assertTrue(e.getMessage().contains("my-verbs.txt:2"), e.getMessage());
  }

  @Test
  void aReciprocalEntryIsMutualAndMarksItsPartner() throws Exception {
    Path extra = dir.resolve("my-verbs.txt");
    Files.writeString(extra, "061  barter  oil (reciprocal)\n061  swap  grain (mutual)\n");
    VerbLexicon more = VerbLexicon.bundled("en").with(extra, true);
    List<Word> words = Word.tokenize("Chile bartered oil and swapped grain", 0, 36);
    VerbLexicon.Entry barter = more.match(words, 1, 1, words.size());
    assertTrue(barter.reciprocal() && barter.mutual(), barter.toString());
    VerbLexicon.Entry swap = more.match(words, 4, 4, words.size());
    assertTrue(swap.mutual() && !swap.reciprocal(), swap.toString());
  }

  @Test
  void aLineLimitedToAKindOfTargetWinsForThatKindOnly() throws Exception {
    Path extra = dir.resolve("my-verbs.txt");
    Files.writeString(extra, "190  thump\n111  thump  (person)\n112  thump  about (state)\n");
    VerbLexicon more = VerbLexicon.bundled("en").with(extra, true);
    List<Word> words = Word.tokenize("Chile thumped Peru about it", 0, 27);
    // before the target is known, the line for any target; a longer frame still wins
    assertEquals("112", more.match(words, 1, 1, words.size()).code());
    assertEquals("190", more.match(words, 1, 1, 3).code());
    assertEquals("111", more.match(words, 1, 1, 3, e -> true, TargetKind.PERSON).code());
    assertEquals("190", more.match(words, 1, 1, 3, e -> true, TargetKind.STATE).code());
    assertEquals("111", more.match(words, 1, 1, words.size(), e -> true, TargetKind.PERSON).code());
    assertEquals("112", more.match(words, 1, 1, words.size(), e -> true, TargetKind.STATE).code());
    assertEquals("190", more.match(words, 1, 1, words.size(), e -> true, TargetKind.OTHER).code());
  }

  @Test
  void aDateBetweenTheVerbAndItsFrameCountsForNoGap() {
    VerbLexicon en = VerbLexicon.bundled("en");
    // "to discuss" eight words after "called", two of them the date: a phone call (041), not an appeal
    assertEquals("041", code(en, "Chile called Argentine President Juan Carlos Ortega Ruiz on Saturday to discuss the border", "called"));
    assertEquals("041", code(en, "Chile called Argentine President Juan Carlos Ortega Ruiz last Friday to discuss the border", "called"));
    assertEquals("041", code(en, "Chile called Argentine President Juan Carlos Ortega Ruiz on 5 May to discuss the border", "called"));
    // other words than a date still count: seven words between the verb and "to"
    assertNull(code(en, "Chile called Argentine President Juan Carlos Ortega Ruiz from Santiago to discuss the border", "called"));
  }

  @Test
  void anAbbreviatedMonthAfterOnOpensADateAndNoFrameWord() {
    VerbLexicon en = VerbLexicon.bundled("en");
    // the tokenizer splits "Sept." into "Sept" and "."; "on Sept. 23" dates the order, it is no "ordered strikes on"
    assertNull(code(en, "Chile ordered the strikes on Sept. 23 after Peru agreed", "ordered"));
    assertEquals("190", code(en, "Chile ordered the strikes on Peru on Sept. 23", "ordered"));
  }
}
