package org.newsgraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.relevance.TextEmbedder;

class MiniLmEmbedderTest {
  @Test
  void isFoundOnTheClassPath() {
    assertInstanceOf(MiniLmEmbedder.class, TextEmbedder.installed());
  }

  @Test
  void closeMeaningsAreCloserThanSharedKeywords() {
    List<float[]> v =
        new MiniLmEmbedder()
            .embed(
                List.of(
                    "Ukraine asked Turkey for naval escorts for grain ships leaving Odesa.",
                    "Russia rejected armed convoys for Black Sea grain shipments as a provocation.",
                    "The regulation on nutrition claims for cereal products was revised by the food directorate."));
    assertEquals(3, v.size());
    assertEquals(384, v.get(0).length);
    assertEquals(1.0, TextEmbedder.cosine(v.get(0), v.get(0)), 1e-4);
    double near = TextEmbedder.cosine(v.get(0), v.get(1));
    double far = TextEmbedder.cosine(v.get(0), v.get(2));
    assertTrue(near > far + 0.1, near + " vs " + far);
    assertTrue(MiniLmEmbedder.loadMillis() >= 0);
  }

  @Test
  void embedsTheHeadOfALongTextCutAtAWord() {
    String sentence = "Ministers met in Brussels to discuss sanctions on Russian oil exports. ";
    String text = sentence.repeat(40);
    String head = MiniLmEmbedder.head(text);
    assertTrue(head.length() <= MiniLmEmbedder.MAX_CHARS && head.length() > MiniLmEmbedder.MAX_CHARS / 2, head);
    assertTrue(text.startsWith(head) && text.charAt(head.length()) == ' ', head);
    List<float[]> v = new MiniLmEmbedder().embed(List.of(text, head));
    assertEquals(1.0, TextEmbedder.cosine(v.get(0), v.get(1)), 1e-4);
    assertEquals(".", MiniLmEmbedder.head("  "));
  }

  @Test
  void aParagraphWithoutLettersIsEmbeddedAsAFullStop() {
    // a zero-width joiner alone on a line, as a corpus article has it: not blank to Java, but to the model
    List<float[]> v = new MiniLmEmbedder().embed(List.of("\u200d", "\u00a0", "--"));
    assertEquals(3, v.size());
    assertEquals(1.0, TextEmbedder.cosine(v.get(0), v.get(2)), 1e-4);
  }
}
