package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SchemaCheck;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, streams, messages, JSON. */
class CommandLineTest {
  private static final String ARTICLE =
      "Harbour reopens after storm\n"
          + "The northern quay reopened on Friday, two days after a storm tore loose three mooring posts, the port authority said.\n"
          + "Ferries to the islands resume their normal timetable on Monday, the operator said in a statement.\n"
          + "Source: harbour-times.example, Mara Quist, dpa\n";

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyCommandHasHelpAndTheToolAVersion() {
    List<CommandLine> all = new ArrayList<>();
    collect(Main.commandLine(), all);
    assertTrue(all.size() >= 3);
    for (CommandLine c : all) {
      List<String> args = new ArrayList<>();
      for (CommandLine p = c; p.getParent() != null; p = p.getParent()) {
        args.add(0, p.getCommandName());
      }
      args.add("--help");
      CliRun r = run(args.toArray(String[]::new));
      assertEquals(0, r.code(), "help of " + args);
      assertTrue(r.out().contains("Usage:"), "help of " + args);
    }
    CliRun version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("newsgraph "));
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    if (!c.getCommandName().equals("help")) {
      into.add(c);
    }
    c.getSubcommands().values().forEach(s -> collect(s, into));
  }

  @Test
  void badUsageExitsTwoWithAMessageOnStandardError() {
    CliRun r = run("analyze");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().startsWith("newsgraph: "));
    assertEquals("", r.out());
    assertEquals(Main.USAGE, run("no-such-command").code());
  }

  @Test
  void oneInputPrintsOneValidDocument() throws IOException {
    Path file = write("wire.txt", ARTICLE);
    CliRun r = run("analyze", file.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = SchemaCheck.assertValid(r.out());
    assertEquals(file.toString(), doc.get("input").asText());
    assertEquals("en", doc.get("language").asText());
    assertEquals("Harbour reopens after storm", doc.get("title").asText());
    assertEquals("harbour-times.example", doc.at("/credit/outlet").asText());
    assertEquals("dpa", doc.at("/credit/agencies/0").asText());
  }

  @Test
  void textFormatPrintsTheBodyOnly() throws IOException {
    CliRun r = run("analyze", "--format", "text", write("wire.txt", ARTICLE).toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("The northern quay reopened"));
    assertFalse(r.out().contains("Source:"));
    assertFalse(r.out().contains("Harbour reopens after storm"));
  }

  @Test
  void badInputsAreOneLineErrorsAndTheRestIsStillAnalysed() throws IOException {
    Path good1 = write("good1.txt", ARTICLE);
    Path empty = write("empty.txt", "  \n\n");
    Path binary = write("binary.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 1, 2, 3});
    Path latin1 = write("latin1.txt", "Gr\u00fc\u00dfe aus K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.txt");
    Path good2 = write("good2.txt", ARTICLE.replace("Friday", "Saturday"));
    CliRun r =
        run("analyze", good1.toString(), empty.toString(), binary.toString(), latin1.toString(), missing.toString(), good2.toString());
    assertEquals(Main.BAD_INPUT, r.code());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length, "one JSON line per readable input");
    assertEquals(good1.toString(), SchemaCheck.assertValid(lines[0]).get("input").asText());
    assertEquals(good2.toString(), SchemaCheck.assertValid(lines[1]).get("input").asText());
    String[] errors = r.err().strip().split("\n");
    assertEquals(5, errors.length, r.err());
    assertTrue(errors[0].contains(empty.toString()) && errors[0].contains("empty"), errors[0]);
    assertTrue(errors[1].contains(binary.toString()) && errors[1].contains("binary"), errors[1]);
    assertTrue(errors[2].contains(latin1.toString()) && errors[2].contains("UTF-8"), errors[2]);
    assertTrue(errors[3].contains(missing.toString()) && errors[3].contains("no such file"), errors[3]);
    assertTrue(errors[4].contains("4 of 6 inputs failed"), errors[4]);
    assertFalse(r.err().contains("Exception"), "no stack traces: " + r.err());
  }

  @Test
  void largeInputsAreRefusedAtALimitThatAnOptionRaises() throws IOException {
    Path file = write("wire.txt", ARTICLE);
    CliRun refused = run("analyze", "--max-bytes", "100", file.toString());
    assertEquals(Main.BAD_INPUT, refused.code());
    assertTrue(refused.err().contains(file.toString()) && refused.err().contains("--max-bytes"), refused.err());
    assertEquals(0, run("analyze", "--max-bytes", "100000", file.toString()).code());
  }

  @Test
  void aFiftyMegabyteFileIsRefusedByDefaultAndAnalysedWhenAllowed() throws IOException {
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      paragraph.append("The harbour authority counted ships and cargo on every quay of the port again. ");
    }
    String line = paragraph.append('\n').toString();
    Path big = dir.resolve("big.txt");
    try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("Harbour statistics for the year\n");
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
        out.write(line);
      }
    }
    CliRun refused = run("analyze", big.toString());
    assertEquals(Main.BAD_INPUT, refused.code());
    assertTrue(refused.err().contains("size limit"), refused.err());
    CliRun analysed = run("analyze", "--format", "text", "--max-bytes", "60000000", big.toString());
    assertEquals(0, analysed.code(), analysed.err());
    assertTrue(analysed.out().length() > 49L * 1024 * 1024);
  }
}
