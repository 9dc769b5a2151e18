package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative clauses that CoreNLP's English parser marks as a bare "acl" of their noun. */
class CoreNlpEventRelativeClauseTest {
  @Test
  void aRelativePronounRightAfterItsNounStandsForIt() {
    // parsed with "who visited Beijing" as a bare acl of "experts"
    assertEquals(List.of("JPN CHNGOV 042 asserted"),
        events("en", "By March, however, Japanese experts who visited Beijing were being told that talks had stalled.",
            actors("Japanese", "JPN", "Beijing", "CHNGOV")));
  }
}
