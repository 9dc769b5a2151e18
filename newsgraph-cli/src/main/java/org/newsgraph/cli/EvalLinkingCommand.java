package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.linking.LinkingEvaluation;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.read.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "linking",
    mixinStandardHelpOptions = true,
    description = {
      "Precision, recall and F1 of entity links on a NIF Turtle gold corpus (such as N3",
      "Reuters-128 or News-100): the gold mention spans are linked with the document as context,",
      "and scored over the mentions whose gold entry the knowledge base covers, and over all."
    })
final class EvalLinkingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE.ttl", description = "The NIF Turtle file.")
  Path file;

  @Mixin KbOption kb;

  @Override
  public Integer call() throws IOException {
    try {
      return run();
    } catch (BadInputException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  private int run() throws IOException, BadInputException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file.toString(), "no such file");
    }
    KnowledgeBase base = kb.knowledgeBase();
    LinkingEvaluation.Result r = new LinkingEvaluation(base).evaluate(file);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s: %d documents, %d gold mentions, knowledge base of %d entries%n", file, r.documents(), r.mentions(), base.size());
    out.println("covered: " + r.covered());
    out.println("overall: " + r.overall());
    return 0;
  }
}
