package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legislatures, intelligence services and offices that one state alone has by their names
 * (institutions.txt, after PETRARCH2's Phoenix.Countries.actors.txt), in invented sentences.
 */
class CoreNlpEventActors10Test {
  @Test
  void legislaturesOfOneStateActForIt() {
    List<String> k = events("en", "The Knesset condemned Iran on Monday.", actors("Iran", "IRN"));
    assertTrue(k.stream().anyMatch(x -> x.startsWith("ISRLEG IRN 11")), k.toString());
    List<String> d = events("en", "The State Duma accused Ukraine of provocations on Tuesday.", actors("Ukraine", "UKR"));
    assertTrue(d.stream().anyMatch(x -> x.startsWith("RUSLEG UKR 112")), d.toString());
  }

  @Test
  void intelligenceAndSecurityServicesActForTheirState() {
    List<String> m = events("en", "MI6 accused Russia of plotting attacks in Europe.", actors("Russia", "RUS"));
    assertTrue(m.stream().anyMatch(x -> x.startsWith("GBRSPY RUS 112")), m.toString());
    List<String> f = events("en", "The FSB accused Ukraine of plotting attacks in Crimea.", actors("Ukraine", "UKR"));
    assertTrue(f.stream().anyMatch(x -> x.startsWith("RUSCOP UKR 112")), f.toString());
  }

  @Test
  void officesOfOneGovernmentActForIt() {
    List<String> b = events("en", "The Blue House criticized Japan on Tuesday.", actors("Japan", "JPN"));
    assertTrue(b.stream().anyMatch(x -> x.startsWith("KORGOV JPN 11")), b.toString());
    // in lower case, a blue house is any house
    List<String> n = events("en", "A blue house criticized Japan on Tuesday.", actors("Japan", "JPN"));
    assertTrue(n.stream().noneMatch(x -> x.startsWith("KOR")), n.toString());
  }
}
