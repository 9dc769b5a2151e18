package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;

class EntityGroupingTest {
  private static final EntityType PER = EntityType.PERSON;
  private static final EntityType ORG = EntityType.ORGANIZATION;
  private static final EntityType LOC = EntityType.LOCATION;

  /** Mentions at the given names, in order of appearance: name, type, name, type, ... */
  private static Article article(String language, String text, Object... namesAndTypes) {
    List<Entity> singles = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      String name = (String) namesAndTypes[i];
      int at = text.indexOf(name, from);
      assertTrue(at >= 0, "no " + name + " after " + from);
      from = at + name.length();
      singles.add(new Entity("e" + (singles.size() + 1), name, (EntityType) namesAndTypes[i + 1], null, null, 0,
          List.of(new Mention(at, at + name.length(), (EntityType) namesAndTypes[i + 1]))));
    }
    return Article.builder(text).language(language).entities(singles).build();
  }

  private static List<Entity> group(Article a) {
    return new EntityGrouping().apply(a).entities();
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
  }

  @Test
  void surnameFullNameAndPossessiveAreOnePerson() {
    String text = "Putin spoke. Vladimir Putin said that Putin's plan works. Lavrov agreed.";
    List<Entity> entities = group(article("en", text, "Putin", PER, "Vladimir Putin", PER, "Putin's", PER, "Lavrov", PER));
    assertEquals(2, entities.size(), entities::toString);
    Entity putin = named(entities, "Vladimir Putin");
    assertEquals(PER, putin.type());
    assertEquals(List.of("Putin", "Vladimir Putin", "Putin's"),
        putin.mentions().stream().map(m -> m.span().of(text)).toList());
    assertEquals("e1", putin.id());
    assertEquals("e2", named(entities, "Lavrov").id());
  }

  @Test
  void germanSurnameAndGenitiveJoinTheFullName() {
    String text = "Lukjanow sagte, Fjodor Lukjanow sei skeptisch. Lukjanows Thesen und Russlands Lage in Russland.";
    List<Entity> entities = group(article("de", text, "Lukjanow", PER, "Fjodor Lukjanow", PER, "Lukjanows", PER,
        "Russlands", LOC, "Russland", LOC));
    assertEquals(2, entities.size(), entities::toString);
    assertEquals(3, named(entities, "Fjodor Lukjanow").mentions().size());
    assertEquals(2, named(entities, "Russland").mentions().size());
  }

  @Test
  void germanGenitiveOfTheFullNameIsNamedByItsStem() {
    String text = "Wladimir Putins Rede. Putin schwieg.";
    List<Entity> entities = group(article("de", text, "Wladimir Putins", PER, "Putin", PER));
    assertEquals(1, entities.size(), entities::toString);
    assertEquals("Wladimir Putin", entities.get(0).name());
  }

  @Test
  void aLoneSurnameTaggedAsSomethingElseJoinsThePerson() {
    String text = "Dan Coats resigned. Mr Coats said so, and Coats left.";
    List<Entity> entities = group(article("en", text, "Dan Coats", PER, "Mr Coats", ORG, "Coats", LOC));
    assertEquals(1, entities.size(), entities::toString);
    assertEquals("Dan Coats", entities.get(0).name());
    assertEquals(PER, entities.get(0).type());
  }

  @Test
  void aFirstNameAloneJoinsTheFullName() {
    String text = "Selin Aksoy is an analyst. Selin said no.";
    List<Entity> entities = group(article("en", text, "Selin Aksoy", PER, "Selin", PER));
    assertEquals(1, entities.size(), entities::toString);
  }

  @Test
  void aSharedSurnameGoesToTheNearestFullNameBefore() {
    String text = "Bill Clinton came. Later Hillary Clinton spoke; Clinton said she would run.";
    List<Entity> entities = group(article("en", text, "Bill Clinton", PER, "Hillary Clinton", PER, "Clinton", PER));
    assertEquals(2, entities.size(), entities::toString);
    assertEquals(2, named(entities, "Hillary Clinton").mentions().size());
    assertEquals(1, named(entities, "Bill Clinton").mentions().size());
  }

  @Test
  void differentPeopleStayApart() {
    String text = "Emre Yalcin and Arkady Volkov met Selin Aksoy.";
    List<Entity> entities = group(article("en", text, "Emre Yalcin", PER, "Arkady Volkov", PER, "Selin Aksoy", PER));
    assertEquals(3, entities.size());
  }

  @Test
  void acronymsJoinTheOrganisationTheySpell() {
    String text = "The International Atomic Energy Agency said the IAEA would go. The European Union and the EU agree; "
        + "the United States and the U.S. too. Siemens AG and Siemens. NATO met.";
    List<Entity> entities = group(article("en", text, "International Atomic Energy Agency", ORG, "IAEA", ORG,
        "European Union", ORG, "EU", ORG, "United States", LOC, "U.S.", LOC, "Siemens AG", ORG, "Siemens", ORG,
        "NATO", ORG));
    assertEquals(5, entities.size(), entities::toString);
    assertEquals(2, named(entities, "International Atomic Energy Agency").mentions().size());
    assertEquals(2, named(entities, "European Union").mentions().size());
    assertEquals(2, named(entities, "United States").mentions().size());
    assertEquals(2, named(entities, "Siemens AG").mentions().size());
    assertEquals(1, named(entities, "NATO").mentions().size());
  }

  @Test
  void theSameNameIsOneEntityWhateverItsTypesWithTheTypeOfItsFullestForm() {
    String text = "Turkey said. Turkey did. Turkey went.";
    List<Entity> entities = group(article("en", text, "Turkey", LOC, "Turkey", ORG, "Turkey", LOC));
    assertEquals(1, entities.size());
    assertEquals(LOC, entities.get(0).type());
  }

  @Test
  void salienceFavoursFrequentEarlyAndHeadlineEntities() {
    String text = "Ankara weighs talks\nAnkara and Moscow talk. Ankara waits. Brussels pays.";
    Article a = article("en", text, "Ankara", LOC, "Ankara", LOC, "Moscow", LOC, "Ankara", LOC, "Brussels", LOC)
        .toBuilder()
        .segments(List.of(new Segment(SegmentKind.HEADLINE, new Span(0, 19)), new Segment(SegmentKind.LEAD, new Span(20, text.length()))))
        .build();
    List<Entity> entities = group(a);
    assertEquals(List.of("Ankara", "Moscow", "Brussels"), entities.stream().map(Entity::name).toList());
    Entity ankara = entities.get(0);
    assertEquals(1.0, ankara.salience(), 1e-9); // most mentioned, first, in headline and lead
    for (Entity e : entities) {
      assertTrue(e.salience() >= 0 && e.salience() <= 1);
    }
    assertTrue(entities.get(1).salience() > entities.get(2).salience());
  }

  @Test
  void notAnalysedStaysNotAnalysedAndNoneFoundStaysEmpty() {
    Article none = Article.builder("text").build();
    assertNull(new EntityGrouping().apply(none).entities());
    Article empty = Article.builder("text").entities(List.of()).build();
    assertEquals(List.of(), new EntityGrouping().apply(empty).entities());
  }

  @Test
  void groupingTwiceChangesNothing() {
    String text = "Putin spoke. Vladimir Putin said that Putin's plan works.";
    Article once = new EntityGrouping().apply(article("en", text, "Putin", PER, "Vladimir Putin", PER, "Putin's", PER));
    assertEquals(once.entities(), new EntityGrouping().apply(once).entities());
  }

  @Test
  void manyMentionsGroupQuickly() {
    StringBuilder text = new StringBuilder();
    List<Entity> singles = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int person = i % 4_000;
      String name = (i < 4_000 ? "Anna Name" : "Name") + person;
      int at = text.length();
      text.append(name).append(" spoke. ");
      singles.add(new Entity("e" + (i + 1), name, PER, null, null, 0, List.of(new Mention(at, at + name.length(), PER))));
    }
    Article a = Article.builder(text.toString()).language("en").entities(singles).build();
    long t0 = System.nanoTime();
    List<Entity> entities = group(a);
    assertEquals(4_000, entities.size());
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "grouping 20,000 mentions took too long");
  }
}
