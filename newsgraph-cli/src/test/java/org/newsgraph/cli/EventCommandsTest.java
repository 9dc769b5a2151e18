package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SharedData;

class EventCommandsTest {
  @TempDir Path dir;

  @Test
  void eventsPrintsOneJsonLineAnEvent() throws Exception {
    Path file = SharedData.require("examples/black-sea-grain-en.txt");
    CliRun run = CliRun.of("events", file.toString());
    assertEquals(0, run.code(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertTrue(lines.length >= 3, run.out());
    boolean appeal = false;
    for (String l : lines) {
      JsonNode e = new ObjectMapper().readTree(l);
      assertEquals(file.toString(), e.get("input").asText());
      assertTrue(e.get("code").asText().matches("[0-9]{2,4}"));
      appeal |= e.get("source").asText().equals("UKR") && e.get("code").asText().startsWith("02");
    }
    assertTrue(appeal, run.out());
  }

  @Test
  void evalEventsScoresAGoldFile() throws Exception {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, String.join("\n",
        "# why: an accusation between governments",
        "text: Moscow accused Kyiv of aggression on Friday.",
        "event: RUSGOV UKRGOV 112",
        "",
        "# why: negated",
        "text: Israel did not attack Iran last year.",
        "event: none",
        "",
        "# why: the coder does not know the verb: a miss",
        "text: Germany reassured Poland on Monday.",
        "event: DEU POL 051",
        ""));
    CliRun run = CliRun.of("eval", "events", gold.toString(), "--verbose");
    assertEquals(0, run.code(), run.err());
    Matcher m = Pattern.compile("\\(tp (\\d+), fp (\\d+), fn (\\d+)\\)").matcher(run.out());
    assertTrue(m.find(), run.out());
    assertEquals("1 0 1", m.group(1) + " " + m.group(2) + " " + m.group(3), run.out());
    assertTrue(run.out().contains("precision 1.000  recall 0.500"), run.out());
    assertTrue(run.out().contains("Germany reassured Poland"), "--verbose lists the miss: " + run.out());
    assertTrue(run.out().contains("DEU POL 05: both actors found, no event between them"), "with its cause: " + run.out());
    assertTrue(run.out().contains("misses by cause: both actors found, no event between them 1"), run.out());
  }

  @Test
  void evalEventsAgainstASecondCodingScoresTheSecondCoder() throws Exception {
    Path first = dir.resolve("first.txt");
    Files.writeString(first, String.join("\n",
        "text: Moscow accused Kyiv of aggression on Friday.",
        "event: RUSGOV UKRGOV 112",
        "",
        "text: Germany reassured Poland on Monday.",
        "event: DEU POL 051",
        "",
        "text: Israel did not attack Iran last year.",
        "event: none",
        ""));
    Path second = dir.resolve("second.txt");
    // the same sentences in another order: the first agrees by root (111 and 112 are both 11), the second
    // is coded none, the third gets a triple the first coder did not give
    Files.writeString(second, String.join("\n",
        "text: Israel did not attack Iran last year.",
        "event: ISR IRN 190",
        "",
        "text: Moscow accused Kyiv of aggression on Friday.",
        "event: RUS UKR 111",
        "",
        "text: Germany reassured Poland on Monday.",
        "event: none",
        ""));
    CliRun run = CliRun.of("eval", "events", first.toString(), "--against", second.toString(), "--verbose");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("precision 0.500  recall 0.500  F1 0.500  (tp 1, fp 1, fn 1)"), run.out());
    assertTrue(run.out().contains("sentences both coders give events 1, both none 0, one only 2"), run.out());
    assertTrue(run.out().contains("second    none"), "--verbose lists the disagreements: " + run.out());

    Path partial = dir.resolve("partial.txt");
    Files.writeString(partial, "text: Germany reassured Poland on Monday.\nevent: none\n");
    CliRun missing = CliRun.of("eval", "events", first.toString(), "--against", partial.toString());
    assertEquals(Main.BAD_INPUT, missing.code());
    assertTrue(missing.err().contains("no coding of") && missing.err().contains("Moscow accused Kyiv"), missing.err());
  }
}
