package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SharedData;

/** serve and bench serve from the command line (the server itself is tested in newsgraph-server). */
class ServeCommandsTest {
  @TempDir Path dir;

  @Test
  void serveExplainsItsOptions() {
    CliRun help = CliRun.of("serve", "--help");
    assertEquals(0, help.code());
    for (String option : new String[] {"--port", "--host", "--token", "--data", "--max-body-bytes"}) {
      assertTrue(help.out().contains(option), option + " in " + help.out());
    }
  }

  @Test
  void benchServeReportsThroughputLatencyAndErrors() {
    Path examples = SharedData.require("examples");
    Path data = dir.resolve("data");
    CliRun ingest = CliRun.of("ingest", "--data", data.toString(), "--progress", "none",
        examples.resolve("black-sea-grain-en.txt").toString(), examples.resolve("sahel-mission-de.txt").toString());
    assertEquals(0, ingest.code(), ingest.err());
    CliRun bench = CliRun.of("bench", "serve", "--data", data.toString(), "--clients", "4", "--seconds", "2", "--phases", "search");
    assertEquals(0, bench.code(), bench.err());
    Matcher line = Pattern.compile("(?m)^search\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+(\\d+)\\s+\\S+ -> \\S+$").matcher(bench.out());
    assertTrue(line.find(), bench.out());
    assertTrue(Long.parseLong(line.group(1)) > 0, "requests were made: " + bench.out());
    assertEquals("0", line.group(6), "no errors: " + bench.out());
    assertTrue(Double.parseDouble(line.group(3)) <= Double.parseDouble(line.group(4)), "p50 <= p99");
  }

  @Test
  void benchServeRefusesAnEmptyStore() {
    CliRun bench = CliRun.of("bench", "serve", "--data", dir.resolve("empty").toString(), "--seconds", "1");
    assertEquals(Main.BAD_INPUT, bench.code());
    assertTrue(bench.err().contains("ingest articles first"), bench.err());
  }
}
