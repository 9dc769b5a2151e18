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
}
