package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SharedData;

class EventGoldTest {
  @TempDir Path dir;

  private static Path sample() throws Exception {
    return Path.of(EventGoldTest.class.getResource("gold-sample.txt").toURI());
  }

  @Test
  void readsBlocksWithPrimaryActorCodesAndRoots() throws Exception {
    List<EventGold.Sentence> s = EventGold.read(sample());
    assertEquals(3, s.size());
    assertEquals("The Kremlin on Tuesday criticised Israel's strikes near Damascus.", s.get(0).text());
    assertEquals("2016-05-03", s.get(0).date());
    assertEquals(Set.of(new EventTriple("RUS", "ISR", "11")), s.get(0).events());
    assertTrue(s.get(1).events().isEmpty());
    assertNull(s.get(1).date());
    assertEquals("invented", s.get(0).articleId());
    assertNull(s.get(2).articleId());
    assertEquals(Set.of(new EventTriple("RUS", "IRN", "05"), new EventTriple("IRN", "RUS", "05"), new EventTriple("IGOUNO", "SYR", "07")),
        s.get(2).events());
    // in the file's order, so that --verbose output can be compared with diff from run to run
    assertEquals(List.of(new EventTriple("RUS", "IRN", "05"), new EventTriple("IRN", "RUS", "05"), new EventTriple("IGOUNO", "SYR", "07")),
        List.copyOf(s.get(2).events()));
  }

  @Test
  void aLanguageLineSetsTheLanguageOfTheBlocksAfterIt() throws Exception {
    Path file = dir.resolve("de.txt");
    Files.writeString(file, "text: Russia attacked.\nevent: none\n\n# language: de\n\ntext: Russland griff an.\nevent: none\n");
    List<EventGold.Sentence> s = EventGold.read(file);
    assertEquals("en", s.get(0).language());
    assertEquals("de", s.get(1).language());
    Files.writeString(file, "# language: German\ntext: Russland griff an.\nevent: none\n");
    IOException e = assertThrows(IOException.class, () -> EventGold.read(file));
    assertTrue(e.getMessage().contains("de.txt:1"), e.getMessage());
  }

  @Test
  void malformedLinesAreErrorsThatNameTheLine() throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "text: Russia attacked.\nevent: RUS\n");
    IOException e = assertThrows(IOException.class, () -> EventGold.read(bad));
    assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
    Files.writeString(bad, "text: Russia attacked.\n\ntext: Iran\nevent: none\n");
    e = assertThrows(IOException.class, () -> EventGold.read(bad));
    assertTrue(e.getMessage().contains("bad.txt:1") && e.getMessage().contains("event: none"), e.getMessage());
  }

  @Test
  void scoresMicroPrecisionAndRecallPerRoot() {
    EventScore score = new EventScore();
    EventTriple a = new EventTriple("RUS", "ISR", "11");
    EventTriple b = new EventTriple("ISR", "SYR", "19");
    assertTrue(score.add(Set.of(a), Set.of(a)));
    assertFalse(score.add(Set.of(b), Set.of()));
    assertFalse(score.add(Set.of(), Set.of(b, a)));
    assertEquals(1, score.all().tp);
    assertEquals(1, score.all().fp);
    assertEquals(2, score.all().fn);
    assertEquals(0.5, score.all().precision());
    assertEquals(1.0 / 3, score.all().recall(), 1e-9);
    assertEquals(1, score.byRoot().get("19").fp);
    assertEquals(1, score.byRoot().get("19").fn);
    assertEquals(EventTriple.of("IGOUNOWFP", "RUSGOV", "0234"), new EventTriple("IGOUNO", "RUS", "02"));
  }

  @Test
  void readsPetrarchUnitTests() throws Exception {
    Path file = SharedData.require("data/events/petrarch2/PETR.UnitTest.records.xml");
    List<PetrarchUnitTests.Record> records = PetrarchUnitTests.read(file);
    assertEquals(284, records.size());
    PetrarchUnitTests.Record first = records.get(0);
    assertEquals("DEMO-00", first.id());
    assertTrue(first.text().startsWith("Arnor is about to restore full diplomatic ties with Gondor"));
    assertEquals(Set.of(new PetrarchUnitTests.Coded("ARN", "GON", "064")), first.expected());
    assertTrue(records.stream().anyMatch(r -> r.expected().isEmpty()));
  }
}
