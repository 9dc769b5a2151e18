package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who acts for whom: officials and spokesmen stand for what their "from"- or "for"-phrase names,
 * a misread subject is nobody's, "target" is force only on a military object, and the G7 acts (invented sentences).
 */
class CoreNlpEventRepresentativesTest {
  @Test
  void officialsFromAStateActForIt() {
    assertEquals(List.of("IRN ISR 111 asserted"),
        events("en", "Officials from Iran criticised Israel on Monday.", actors("Iran", "IRN", "Israel", "ISR")));
  }

  @Test
  void aSpokesmanForAMinistryActsForItsState() {
    List<String> e = events("en", "A spokesman for Iran's Foreign Ministry condemned Israel on Monday.",
        actors("Iran", "IRN", "Israel", "ISR"));
    assertTrue(e.stream().anyMatch(x -> x.startsWith("IRN ISR 11")), e.toString());
  }

  @Test
  void aThingFromAStateIsNoOnesVoice() {
    List<String> e = events("en", "A letter from Iran criticised Israel on Monday.", actors("Iran", "IRN", "Israel", "ISR"));
    assertTrue(e.stream().noneMatch(x -> x.startsWith("IRN ")), e.toString());
  }

  @Test
  void aFiniteVerbMisreadAsCoordinatedWithAnInfinitiveKeepsNoSubjectOfIt() {
    List<String> e = events("en", "Jones, charged as part of the inquiry that documented Iranian interference in the 2019 election "
        + "to help the party, later dropped his appeal and accused the police of lying.", actors("Iranian", "IRN"));
    // the accusation is Jones's, not Iran's
    assertTrue(e.stream().noneMatch(x -> x.startsWith("IRN ") && x.contains(" 112 ")), e.toString());
  }

  @Test
  void targetingIsForceOnlyOnAMilitaryObject() {
    List<String> industry = events("en", "Iran has targeted one Saudi industry after another.", actors("Iran", "IRN", "Saudi", "SAU"));
    assertTrue(industry.stream().noneMatch(x -> x.contains(" 19")), industry.toString());
    List<String> positions = events("en", "Israel targeted Syrian army positions near Damascus on Sunday.", actors("Israel", "ISR", "Syrian", "SYR"));
    assertTrue(positions.stream().anyMatch(x -> x.startsWith("ISR SYR 19")), positions.toString());
  }

  @Test
  void theGroupOfSevenIsAnActor() {
    assertEquals(List.of("IGOGOS RUS 111 asserted"), events("en", "The G7 condemned Russia on Monday.", actors("Russia", "RUS")));
    assertEquals(List.of("IGOGOS RUS 111 asserted"), events("en", "The Group of Seven condemned Russia on Monday.", actors("Russia", "RUS")));
  }
}
