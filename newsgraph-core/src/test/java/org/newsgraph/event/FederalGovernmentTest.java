package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** "Die Bundesregierung" is Germany's or Austria's by the article's other actors (invented texts). */
class FederalGovernmentTest {
  /** The codes FederalGovernment gives the sentence of {@code text} that starts at {@code sentence}. */
  private static List<String> codes(String text, String sentence, List<ActorMention> articleActors) {
    int start = text.indexOf(sentence);
    Span span = new Span(start, start + sentence.length());
    return FederalGovernment.find(Word.tokenize(text, span.start(), span.end()), span, articleActors).stream()
        .map(ActorMention::code).toList();
  }

  private static ActorMention actor(String text, String name, String code) {
    int i = text.indexOf(name);
    return new ActorMention(new Span(i, i + name.length()), code, "e-" + name, false);
  }

  @Test
  void aGermanActorElsewhereMakesItGermanys() {
    String text = "Scholz traf Selenskyj. Die Bundesregierung kritisierte Russland.";
    List<ActorMention> actors = List.of(actor(text, "Scholz", "DEUGOV"), actor(text, "Russland", "RUS"));
    assertEquals(List.of("DEUGOV"), codes(text, "Die Bundesregierung kritisierte Russland.", actors));
  }

  @Test
  void anAustrianActorElsewhereMakesItAustrias() {
    String text = "In Wien wurde beraten. Die Bundesregierung kritisierte Russland.";
    List<ActorMention> actors = List.of(actor(text, "Wien", "AUTGOV"), actor(text, "Russland", "RUS"));
    assertEquals(List.of("AUTGOV"), codes(text, "Die Bundesregierung kritisierte Russland.", actors));
  }

  @Test
  void bothOrNeitherGiveNoActor() {
    String both = "Berlin und Wien berieten. Die Bundesregierung kritisierte Russland.";
    assertEquals(List.of(), codes(both, "Die Bundesregierung kritisierte Russland.",
        List.of(actor(both, "Berlin", "DEUGOV"), actor(both, "Wien", "AUTGOV"))));
    String neither = "Die Bundesregierung kritisierte Russland.";
    assertEquals(List.of(), codes(neither, neither, List.of(actor(neither, "Russland", "RUS"))));
  }

  @Test
  void aStateNamedInTheSentenceMayBeTheOneActedOn() {
    String text = "Die Bundesregierung kritisierte Österreich.";
    assertEquals(List.of(), codes(text, text, List.of(actor(text, "Österreich", "AUT"))));
    // a government's side in the sentence still counts
    String berlin = "Die Bundesregierung in Berlin kritisierte Russland.";
    assertEquals(List.of("DEUGOV"), codes(berlin, berlin, List.of(actor(berlin, "Berlin", "DEUGOV"))));
  }
}
