package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences are worth a parse: a light verb or a word of tone alone is not enough. */
class SentencePrefilterTest {
  private final SentenceCoder coder = new SentenceCoder(VerbLexicon.bundled("en"));

  private boolean mayHaveEvent(String sentence) {
    List<Word> words = Word.tokenize(sentence, 0, sentence.length());
    return coder.mayHaveEvent(words);
  }

  @Test
  void aLightVerbNeedsAnEventNoun() {
    assertTrue(mayHaveEvent("Norland repeated its call for Vesteria to release the sailors."));
    assertFalse(mayHaveEvent("Norland repeated the exercise in Vesteria."));
  }

  @Test
  void aWordOfToneNeedsAVerbOfSaying() {
    assertTrue(mayHaveEvent("Vesteria's decision was disastrous, the Norland minister said."));
    assertFalse(mayHaveEvent("Vesteria's harvest was disastrous this year."));
  }

  @Test
  void aLexiconVerbAloneIsEnough() {
    assertTrue(mayHaveEvent("Norland condemned Vesteria."));
  }
}
