package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.SharedData;

/** PETRARCH2's shipped dictionaries read into our lexicon and an actor dictionary. */
class PetrarchDictionariesTest {
  private static String actor(ActorDictionary d, String text) {
    List<ActorMention> found = d.find(Word.tokenize(text, 0, text.length()));
    return found.isEmpty() ? null : found.get(0).code() + "@" + text.substring(found.get(0).span().start(), found.get(0).span().end());
  }

  @Test
  void readsVerbsAndActors() throws Exception {
    Path dir = SharedData.require("data/events/petrarch2");
    PetrarchDictionaries d = PetrarchDictionaries.read(dir, PetrarchDictionaries.noVerbs());
    assertTrue(d.verbs().size() > 5000, "verb entries: " + d.verbs().size());
    assertTrue(d.actors().size() > 20000, "actor phrases: " + d.actors().size());
    assertEquals("RUS@Russia", actor(d.actors(), "Russia said on Monday"));
    assertEquals("RUSGOV@Kremlin", actor(d.actors(), "The Kremlin said on Monday"));
    String s = "Gondor accused Arnor of torture";
    List<Word> words = Word.tokenize(s, 0, s.length());
    assertEquals("1122", d.verbs().match(words, 1, 1, words.size()).code());
  }
}
