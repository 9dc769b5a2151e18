package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.eval.SemEvalSimilarity;
import picocli.CommandLine.Parameters;

/** The SemEval-2022 Task 8 CSV that {@code eval similarity} and {@code eval tone} read (a picocli mixin). */
final class SemEvalFile {
  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The SemEval-2022 Task 8 CSV.")
  Path file;

  /** FILE, or the default; null, with a one-line error, when it is not there. */
  Path existing(PrintWriter err) {
    Path csv = file != null ? file : defaultFile();
    if (!Files.isRegularFile(csv)) {
      err.println("newsgraph: " + csv + ": no such file (give the SemEval-2022 Task 8 CSV as FILE)");
      return null;
    }
    return csv;
  }

  /** {@code ../shared/...} from the working directory, else from the checkout that holds the jar. */
  static Path defaultFile() {
    Path relative = Path.of(SemEvalSimilarity.DEFAULT_FILE);
    if (Files.exists(relative)) {
      return relative;
    }
    try {
      Path jar = Path.of(SemEvalFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve(SemEvalSimilarity.DEFAULT_FILE).normalize();
        if (Files.exists(candidate)) {
          return candidate;
        }
      }
    } catch (Exception e) {
      // fall through
    }
    return relative;
  }
}
