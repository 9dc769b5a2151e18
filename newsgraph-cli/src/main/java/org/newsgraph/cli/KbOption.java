package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.entity.EntityLinker;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.kb.KnowledgeBaseLinker;
import org.newsgraph.kb.Linker;
import org.newsgraph.read.BadInputException;
import picocli.CommandLine.Option;

/**
 * {@code --kb PATH}: a knowledge base imported with {@code kb import} (a file, or a folder of such
 * files) that the linker uses beside the bundled one; shared by the commands that link entities.
 */
final class KbOption {
  @Option(
      names = "--kb",
      paramLabel = "PATH",
      description = "A knowledge-base file from 'kb import', or a folder of them, used beside the bundled one.")
  Path kb;

  /** The bundled knowledge base, with the entries of {@code --kb} when given. */
  KnowledgeBase knowledgeBase() throws BadInputException {
    if (kb == null) {
      return KnowledgeBase.bundled();
    }
    if (!Files.exists(kb)) {
      throw new BadInputException(kb.toString(), "no such file or folder");
    }
    try {
      return KnowledgeBase.bundled().with(kb);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(kb.toString(), "not a knowledge base: " + e.getMessage());
    }
  }

  /** The linker the pipeline uses: the installed one, or one over {@code --kb} added to the bundled base. */
  EntityLinker linker() throws BadInputException {
    return kb == null ? EntityLinker.installed() : new KnowledgeBaseLinker(new Linker(knowledgeBase()));
  }
}
