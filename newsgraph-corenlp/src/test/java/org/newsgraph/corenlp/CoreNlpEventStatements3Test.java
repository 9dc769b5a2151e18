package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statements that accuse, criticise or praise without such a verb, with CoreNLP's parser, on
 * invented sentences: a speaker naming the author of a deed, saying another's act harms
 * something, or calling its own side's tie with another firm.
 */
class CoreNlpEventStatements3Test {
  private static final Map<String, String> FRA_RUS = actors("France", "FRA", "Russia", "RUS");

  @Test
  void aSpeakerWhoNamesTheAuthorOfADeedAccusesIt() {
    assertEquals(List.of("FRA RUS 112 asserted"), events("en", "France says the bombings were orchestrated by Russia.", FRA_RUS));
    assertEquals(List.of("FRA RUS 112 asserted"), events("en", "France said Russia committed the attack on the embassy.", FRA_RUS));
    // denied, or told by the writer, it accuses nobody
    assertEquals(List.of(), events("en", "France said Russia did not commit the attack on the embassy.", FRA_RUS));
    assertEquals(List.of(), events("en", "The bombings were orchestrated by Russia.", actors("Russia", "RUS")));
    // the author of what is no deed of force is not accused
    assertEquals(List.of(), events("en", "France said Russia staged the parade on Monday.", FRA_RUS));
  }

  @Test
  void anActThatASpeakerSaysHarmsSomethingIsCriticised() {
    Map<String, String> fraRus = actors("France", "FRA", "Russian", "RUS");
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France said that the Russian decision to close the port undermines regional security.", fraRus));
    // without "that" the parser reads the decision as the object of "said"
    assertEquals(List.of("FRA RUS 111 asserted"),
        events("en", "France said the Russian decision to close the port undermines regional security.", fraRus));
    // a forecast is no criticism of what was done
    assertEquals(List.of(), events("en", "France said that the Russian decision to close the port would undermine regional security.", fraRus));
  }

  @Test
  void aSpeakersOwnTieWithAnotherCalledFirmPraisesThePartner() {
    assertEquals(List.of("FRA DEU 051 asserted"), events("en", "France said the French commitment to Germany is iron-clad.",
        actors("France", "FRA", "French", "FRA", "Germany", "DEU")));
    assertEquals(List.of("FRA DEU 051 asserted"), events("en", "France said its ties with Germany are stronger than ever.",
        actors("France", "FRA", "Germany", "DEU")));
    // a third party's tie praises nobody
    assertEquals(List.of(), events("en", "France said Russia's relationship with Germany is strong.",
        actors("France", "FRA", "Russia", "RUS", "Germany", "DEU")));
  }
}
