package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.kb.WikidataImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Streams a Wikidata JSON dump (.json, .json.gz or .json.bz2) into a knowledge-base file that",
      "'--kb FILE' adds to the bundled knowledge base. Keeps people, organisations, countries and",
      "places with English or German names; memory stays flat on a dump of any size."
    })
final class KbImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DUMP", description = "The Wikidata dump to read.")
  Path dump;

  @Option(names = {"-o", "--output"}, description = "Where to write the knowledge-base file (default: standard output).")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(dump)) {
      err.println("newsgraph: " + dump + ": no such file");
      return Main.BAD_INPUT;
    }
    WikidataImport.Counts counts;
    try {
      if (output == null) {
        counts = WikidataImport.run(dump, spec.commandLine().getOut());
      } else {
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          counts = WikidataImport.run(dump, out);
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      err.println("newsgraph: " + dump + ": not a Wikidata JSON dump: " + e.getOriginalMessage());
      return Main.BAD_INPUT;
    }
    err.printf("%s: %d entities read, %d kept%n", dump, counts.read(), counts.kept());
    return 0;
  }
}
