package org.newsgraph.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The public evaluation data in {@code ../shared/data} beside the repository. Tests that need it
 * call {@link #require(String)}: CI always has the folder; a user's checkout may not, and then the
 * test is skipped with a message that says so.
 */
public final class SharedData {
  private SharedData() {}

  /** {@code shared/} beside the repository that holds the working directory, if there is one. */
  public static Optional<Path> root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolveSibling("shared");
      // .git is a folder in a clone and a file in a linked worktree (git worktree add)
      if (Files.exists(dir.resolve(".git")) || Files.exists(dir.resolve(".ci"))) {
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A path under {@code shared/}, such as "data/corpus/world-news-en.jsonl.gz"; skips the test when absent. */
  public static Path require(String relative) {
    Optional<Path> root = root();
    Assumptions.assumeTrue(
        root.isPresent() && Files.exists(root.get().resolve(relative)),
        "skipped: ../shared/" + relative + " is not beside this checkout (CI always has it)");
    return root.get().resolve(relative);
  }
}
