package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.text.Token;

class CoreNlpTokenizerTest {
  private static List<String> words(List<List<Token>> sentences) {
    return sentences.stream().flatMap(List::stream).map(Token::word).toList();
  }

  @Test
  void englishTokensAreThoseOfTheCoNllDataWithOffsetsIntoTheText() {
    String text = "Headline\nTurkey's all-rounder (Phil Simmons) said: “Putin won't go.” Then he left… ";
    int start = text.indexOf("Turkey");
    List<List<Token>> sentences = CoreNlpTokenizer.english().sentences(text, start, text.length());
    assertEquals(List.of("Turkey", "'s", "all-rounder", "(", "Phil", "Simmons", ")", "said", ":", "\"", "Putin", "wo",
        "n't", "go", ".", "\"", "Then", "he", "left", "..."), words(sentences));
    assertEquals(2, sentences.size());
    for (List<Token> s : sentences) {
      for (Token t : s) {
        assertTrue(t.start() >= start && t.end() <= text.length());
        String original = text.substring(t.start(), t.end());
        if (!t.word().equals("\"") && !t.word().equals("...")) {
          assertEquals(t.word(), original);
        }
      }
    }
  }

  @Test
  void germanKeepsCompoundsQuotesAndOrdinals() {
    String text = "Die EU-Kommission sagte am 31. Dezember „nein“.";
    List<List<Token>> sentences = CoreNlpTokenizer.german().sentences(text, 0, text.length());
    assertEquals(List.of("Die", "EU-Kommission", "sagte", "am", "31.", "Dezember", "„", "nein", "“", "."), words(sentences));
    for (Token t : sentences.get(0)) {
      assertEquals(t.word(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), CoreNlpTokenizer.english().sentences("   ", 0, 3));
  }
}
