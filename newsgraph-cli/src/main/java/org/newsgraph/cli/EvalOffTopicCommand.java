package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "offtopic",
    mixinStandardHelpOptions = true,
    description = "ROC AUC of the relevance of appended paragraphs (same topic vs distant topic).")
final class EvalOffTopicCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("eval offtopic is being written");
  }
}
