package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.QuadClass;
import org.newsgraph.testing.SharedData;

/** The bundled CAMEO table is GDELT's, as ../shared/data/events/cameo/ has it (one glitch mended). */
class CameoCodesTest {
  private static Map<String, String> table(Path file) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String l : lines.subList(1, lines.size())) {
      if (!l.isBlank()) {
        String[] f = l.split("\t");
        out.put(f[0].strip(), f[1].strip());
      }
    }
    return out;
  }

  @Test
  void equalsTheSharedTables() throws Exception {
    Path dir = SharedData.require("data/events/cameo");
    Map<String, String> names = table(dir.resolve("event-codes.txt"));
    Map<String, String> scores = table(dir.resolve("goldstein-scale.txt"));
    Map<String, CameoCodes.Code> bundled = CameoCodes.bundled().all();
    assertEquals(names.keySet(), bundled.keySet());
    for (Map.Entry<String, String> e : names.entrySet()) {
      CameoCodes.Code c = bundled.get(e.getKey());
      String expected = e.getKey().equals("044") ? "Meet at a \"third\" location" : e.getValue();
      assertEquals(expected, c.name(), e.getKey());
      assertEquals(Double.parseDouble(scores.get(e.getKey())), c.goldstein(), e.getKey());
    }
    // the one glitch of the shared text, mended in the bundled table
    assertEquals("Meet at a \u00d2hird\u00d3location", names.get("044"));
  }

  @Test
  void quadClassFollowsTheRoot() {
    assertEquals(QuadClass.VERBAL_COOPERATION, CameoCodes.bundled().get("0234").quadClass());
    assertEquals(QuadClass.MATERIAL_COOPERATION, CameoCodes.bundled().get("073").quadClass());
    assertEquals(QuadClass.VERBAL_CONFLICT, CameoCodes.bundled().get("111").quadClass());
    assertEquals(QuadClass.MATERIAL_CONFLICT, CameoCodes.bundled().get("195").quadClass());
    assertEquals(-10.0, CameoCodes.bundled().get("195").goldstein());
  }
}
