package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.Span;

/** Speakers to entities, as the quote stage does it once entity mentions are there. */
class SpeakerEntitiesTest {
  private static final String TEXT =
      "A Kremlin spokesman, Arkady Volkov, called the idea absurd. Moscow, he said, would not move. "
          + "Analyst Selin Aksoy disagreed. \"It will pass,\" Aksoy said. A spokeswoman declined to comment.";

  private static Span span(String words) {
    int i = TEXT.indexOf(words);
    return new Span(i, i + words.length());
  }

  private static Span last(String words) {
    int i = TEXT.lastIndexOf(words);
    return new Span(i, i + words.length());
  }

  private final SpeakerEntities entities =
      new SpeakerEntities(TEXT, List.of(
          new SpeakerEntities.Ref("e1", span("Arkady Volkov")),
          new SpeakerEntities.Ref("e2", span("Moscow")),
          new SpeakerEntities.Ref("e3", span("Selin Aksoy")),
          new SpeakerEntities.Ref("e4", span("Kremlin"))));

  @Test
  void aNameThatIsAMention() {
    assertEquals("e1", entities.resolve(new Speaker(span("Arkady Volkov"))));
  }

  @Test
  void aPronounThroughItsAntecedent() {
    assertEquals("e1", entities.resolve(new Speaker(span("he"), span("Arkady Volkov"), null)));
  }

  @Test
  void aSurnameMentionedInFullBefore() {
    assertEquals("e3", entities.resolve(new Speaker(last("Aksoy"))));
  }

  @Test
  void aRoleOrALonePronounNamesNobody() {
    assertNull(entities.resolve(new Speaker(span("A spokeswoman"))));
    assertNull(entities.resolve(new Speaker(span("he"))));
  }

  @Test
  void withoutEntitiesEverySpeakerStaysUnresolved() {
    assertNull(new SpeakerEntities(TEXT, List.of()).resolve(new Speaker(span("Arkady Volkov"))));
  }
}
