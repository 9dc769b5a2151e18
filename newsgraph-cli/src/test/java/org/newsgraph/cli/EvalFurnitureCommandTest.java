package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFurnitureCommandTest {
  @Test
  void printsForEachPatternTheArticlesThatHoldItAndThoseWhoseArticleTextStillDoes(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus,
        "{\"id\":\"a1\",\"title\":\"Port strike enters second week\",\"text\":\"Dock workers extended their strike into a second week on Monday, the union said.\\n"
            + "More: Ministers agree to meet union leaders\\nMore ships are expected to divert to other ports, the port authority said on Monday.\"}\n");
    CliRun r = CliRun.of("eval", "furniture", "--corpus", corpus.toString(), "--pattern", "(?m)^More: ", "--pattern", "(?m)^More ");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("       1              0  (?m)^More: \n"), r.out());
    assertTrue(r.out().contains("       1              1  (?m)^More \n"), r.out());
  }

  @Test
  void aBadPatternIsBadInput() {
    CliRun r = CliRun.of("eval", "furniture", "--pattern", "(unclosed");
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--pattern (unclosed"), r.err());
  }
}
