package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Factuality;
import org.newsgraph.model.Mention;
import org.newsgraph.model.QuadClass;
import org.newsgraph.model.Span;

class MissCauseTest {
  private static final String TEXT = "Russia lodged a protest with Turkey over the Black Sea escorts.";
  private static final EventTriple PROTEST = EventTriple.of("RUS", "TUR", "111");

  private static Entity entity(String id, String name, String actor) {
    int at = TEXT.indexOf(name);
    return new Entity(id, name, EntityType.LOCATION, null, actor, 0.5,
        List.of(new Mention(new Span(at, at + name.length()), EntityType.LOCATION)));
  }

  private static Event event(String source, String target, String code, Factuality factuality) {
    return new Event(new Span(0, TEXT.length()), source, target, code, -2.0, QuadClass.VERBAL_CONFLICT,
        null, null, null, factuality);
  }

  private static Article article(Entity... entities) {
    return Article.builder(TEXT).entities(List.of(entities)).build();
  }

  @Test
  void bothActorsFoundAndNoEventIsAVerbOrFrameMiss() {
    Article a = article(entity("e1", "Russia", "RUS"), entity("e2", "Turkey", "TUR"));
    assertEquals(MissCause.NO_EVENT, MissCause.of(PROTEST, a, List.of()));
  }

  @Test
  void anActorOfAGovernmentCountsByItsState() {
    Article a = article(entity("e1", "Russia", "RUSGOV"), entity("e2", "Turkey", "TURMIL"));
    assertEquals(MissCause.NO_EVENT, MissCause.of(PROTEST, a, List.of()));
  }

  @Test
  void tellsWhichActorIsMissing() {
    assertEquals(MissCause.NO_TARGET, MissCause.of(PROTEST, article(entity("e1", "Russia", "RUS")), List.of()));
    assertEquals(MissCause.NO_SOURCE, MissCause.of(PROTEST, article(entity("e2", "Turkey", "TUR")), List.of()));
    assertEquals(MissCause.NO_ACTORS, MissCause.of(PROTEST, article(entity("e3", "Black Sea", null)), List.of()));
  }

  @Test
  void anActorOnlyAnEventGivesCounts() {
    Article a = article(entity("e2", "Turkey", "TUR"));
    assertEquals(MissCause.NO_EVENT, MissCause.of(PROTEST, a, List.of(event("RUSGOV", null, "111", Factuality.ASSERTED))));
  }

  @Test
  void theSameTripleNotAssertedOrThePairWithAnotherRoot() {
    Article a = article(entity("e1", "Russia", "RUS"), entity("e2", "Turkey", "TUR"));
    assertEquals(MissCause.NOT_ASSERTED,
        MissCause.of(PROTEST, a, List.of(event("RUS", "TURGOV", "112", Factuality.REPORTED))));
    assertEquals(MissCause.OTHER_ROOT,
        MissCause.of(PROTEST, a, List.of(event("RUS", "TUR", "120", Factuality.ASSERTED))));
  }
}
