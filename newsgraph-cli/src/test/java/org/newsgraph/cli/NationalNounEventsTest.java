package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;

/**
 * The standard pipeline on invented German sentences: nouns for nationals that the German tagger
 * leaves untagged ("Die Syrer", "den Ukrainern") act for their state (branch events-de8); one
 * national ("Ein Syrer") is a person, not the state.
 */
class NationalNounEventsTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static List<String> events(String text) {
    Article a = PIPELINE.run(Article.builder(text).language("de").build());
    return a.events().stream().map(e -> e.source() + " " + e.target() + " " + e.rootCode()).toList();
  }

  @Test
  void untaggedNounsForNationalsActForTheirState() {
    assertEquals(List.of("SYR TUR 12"), events("Die Syrer lehnten den Plan der Türkei am Montag ab."));
    assertEquals(List.of("RUS UKR 11"), events("Russland warf den Ukrainern am Montag Kriegsverbrechen vor."));
  }

  @Test
  void oneNationalIsAPersonNotTheState() {
    assertEquals(List.of(), events("Ein Syrer hat die Türkei am Montag scharf kritisiert."));
  }
}
