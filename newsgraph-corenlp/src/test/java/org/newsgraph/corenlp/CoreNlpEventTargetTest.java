package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets named away from the verb (seventh tuning round, branch events-tuning7): an apposition
 * before a relative pronoun object, and the participle that says whom an object is meant for.
 */
class CoreNlpEventTargetTest {
  @Test
  void relativeObjectOfAnAppositionIsTheActorItDescribes() {
    assertEquals(List.of("IRQ KWT 192 asserted"),
        events("en", "Kuwait, a small emirate which Iraq invaded in 1990, has rebuilt its oil fields.",
            actors("Kuwait", "KWT", "Iraq", "IRQ")));
  }

  // only the sanction is this rule's: "targeting" on a military object is read as force (190) by
  // the lexicon, a reading of the verb, not of its actors
  @Test
  void sanctionsTargetingSomeoneAreImposedOnThem() {
    assertEquals(List.of("USAGOV VEN 163 asserted"),
        events("en", "Washington imposed new sanctions targeting senior Venezuelan officials on Friday.",
            actors("Washington", "USAGOV", "Venezuelan", "VEN")).stream().filter(e -> e.contains(" 163 ")).toList());
  }

  @Test
  void tariffsAimedAtACountryAreImposedOnIt() {
    assertEquals(List.of("IGOEUREEC CHN 163 asserted"),
        events("en", "The European Union imposed tariffs aimed at China on Tuesday.",
            actors("European Union", "IGOEUREEC", "China", "CHN")));
  }
}
