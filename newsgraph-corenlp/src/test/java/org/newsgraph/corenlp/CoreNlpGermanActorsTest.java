package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German actors of the sixth German round (invented sentences): "die Bundesregierung" is Germany's
 * or Austria's by the article's other actors, and a demonym noun counted or quantified
 * ("Tausende Palästinenser") is the public, not its state.
 */
class CoreNlpGermanActorsTest {
  @Test
  void theFederalGovernmentIsGermanysBesideAGermanActor() {
    // the first sentence gives Scholz's visit (DEUGOV UKRGOV 042)
    List<String> e = events("de", "Bundeskanzler Scholz reiste nach Kiew. Die Bundesregierung kritisierte Russland scharf.",
        actors("Scholz", "DEUGOV", "Kiew", "UKRGOV", "Russland", "RUS"), "Scholz");
    assertTrue(e.contains("DEUGOV RUS 111 asserted"), e.toString());
  }

  @Test
  void theFederalGovernmentIsAustriasBesideAnAustrianActor() {
    assertEquals(List.of("AUTGOV RUS 111 asserted"),
        events("de", "In Wien tagte der Ministerrat. Die Bundesregierung kritisierte Russland scharf.",
            actors("Wien", "AUTGOV", "Russland", "RUS")));
  }

  @Test
  void theFederalGovernmentAloneIsNobodys() {
    assertEquals(List.of(), events("de", "Die Bundesregierung kritisierte Russland scharf.", actors("Russland", "RUS")));
  }

  @Test
  void theBarePluralActsForItsState() {
    List<String> e = events("de", "Die Palästinenser warfen Israel Kriegsverbrechen vor.", actors("Palästinenser", "PSE", "Israel", "ISR"));
    assertTrue(e.stream().anyMatch(x -> x.startsWith("PSE ISR 11")), e.toString());
  }

  @Test
  void countedNationalsAreThePublic() {
    assertEquals(List.of(), events("de", "Tausende Palästinenser protestierten gegen Israel.", actors("Palästinenser", "PSE", "Israel", "ISR")));
    assertEquals(List.of(), events("de", "Die meisten Russen kritisierten die Ukraine.", actors("Russen", "RUS", "Ukraine", "UKR")));
  }
}
