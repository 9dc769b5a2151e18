package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.SharedData;
import picocli.CommandLine;

class EvalOffTopicCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpSaysHowDistantTopicsAreChosen() {
    assertEquals(0, run("eval", "offtopic", "--help"));
    assertTrue(out.toString().contains("distant"), out.toString());
    assertTrue(out.toString().contains("--corpus"), out.toString());
  }

  @Test
  void aMissingCorpusIsBadInput() {
    assertEquals(Main.BAD_INPUT, run("eval", "offtopic", "--corpus", "no/such/corpus.jsonl.gz"));
    assertTrue(err.toString().contains("no/such/corpus.jsonl.gz"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void tooFewCasesIsAUsageError() {
    assertEquals(Main.USAGE, run("eval", "offtopic", "--cases", "1"));
  }

  @Test
  void aNegativeDayWindowIsAUsageError() {
    assertEquals(Main.USAGE, run("eval", "offtopic", "--same-topic-days", "-1"));
    assertTrue(err.toString().contains("--same-topic-days"), err.toString());
  }

  @Test
  void reportsTheAucOfASmallRun() {
    Path corpus = SharedData.require("data/corpus/world-news-en.jsonl.gz");
    Path german = Path.of("../evaluation/offtopic-de/articles.txt");
    assertEquals(0, run("eval", "offtopic", "--corpus", corpus.toString(), "--cases", "40", "--seed", "2", "--german", german.toString()));
    String report = out.toString();
    assertTrue(report.contains("cases           40: 20 belong"), report);
    assertTrue(report.matches("(?s).*old: word overlap.*ROC AUC\\s+0\\.\\d{3}\\n.*new: topic model.*ROC AUC\\s+[01]\\.\\d{3}\\n.*"), report);
    assertTrue(report.matches("(?s).*German, old \\(20 cases from .*German, new\\n  ROC AUC\\s+[01]\\.\\d{3}\\n.*"), report);
    assertTrue(report.contains("threshold"), report);
    assertTrue(err.toString().contains("analysed 40 of 40"), err.toString());
  }
}
