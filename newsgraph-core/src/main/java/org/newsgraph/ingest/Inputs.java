package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line inputs (files, folders walked recursively, glob patterns such as {@code
 * 'news/**.jsonl'}, and whatever the factories claim, e.g. URLs) into {@link ArticleSource}s. The
 * factories are asked in order; a file named explicitly that no factory claims is read as text.
 */
public final class Inputs {
  /** The sources found, and the inputs that could not be opened, with why. */
  public record Expansion(List<ArticleSource> sources, List<SourceRecord> rejected, int skipped) {}

  private final List<SourceFactory> factories;
  private final SourceFactory fallback;

  public Inputs(List<SourceFactory> factories, SourceFactory fallback) {
    this.factories = List.copyOf(factories);
    this.fallback = fallback;
  }

  /** JSON Lines and plain text, with the given field mapping and size limit, then any extra factories. */
  public static Inputs standard(FieldMapping fields, long maxBytes, List<SourceFactory> extra) {
    List<SourceFactory> all = new ArrayList<>(extra);
    all.add(JsonLinesSource.factory(fields, maxBytes));
    all.add(TextFileSource.factory(maxBytes));
    SourceFactory text = TextFileSource.factory(maxBytes);
    return new Inputs(all, text);
  }

  public Expansion expand(List<String> specs) {
    List<ArticleSource> sources = new ArrayList<>();
    List<SourceRecord> rejected = new ArrayList<>();
    int[] skipped = {0};
    for (String spec : specs) {
      try {
        SourceFactory claimed = factories.stream().filter(f -> f.handlesSpec(spec)).findFirst().orElse(null);
        if (claimed != null) {
          sources.addAll(claimed.openSpec(spec));
          continue;
        }
        if (isGlob(spec)) {
          List<Path> files = glob(spec);
          if (files.isEmpty()) {
            rejected.add(SourceRecord.rejected(0, spec, "no file matches the pattern"));
          }
          for (Path f : files) {
            open(f, false, sources, rejected, skipped);
          }
          continue;
        }
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
          try (Stream<Path> walk = Files.walk(path)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
              open(f, false, sources, rejected, skipped);
            }
          }
        } else if (Files.isRegularFile(path)) {
          open(path, true, sources, rejected, skipped);
        } else {
          rejected.add(SourceRecord.rejected(0, spec, Files.exists(path) ? "not a regular file" : "no such file"));
        }
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        rejected.add(SourceRecord.rejected(0, spec, "cannot open: " + e.getMessage()));
      }
    }
    return new Expansion(sources, rejected, skipped[0]);
  }

  private void open(Path f, boolean explicit, List<ArticleSource> sources, List<SourceRecord> rejected, int[] skipped) {
    SourceFactory factory = factories.stream().filter(x -> x.accepts(f)).findFirst().orElse(explicit ? fallback : null);
    if (factory == null) {
      skipped[0]++;
      return;
    }
    try {
      sources.add(factory.open(f));
    } catch (IOException e) {
      rejected.add(SourceRecord.rejected(0, f.toString(), "cannot open: " + e.getMessage()));
    }
  }

  static boolean isGlob(String spec) {
    return spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0 || spec.indexOf('{') >= 0;
  }

  private static List<Path> glob(String spec) throws IOException {
    int firstGlob = firstGlobChar(spec);
    int slash = spec.lastIndexOf('/', firstGlob);
    Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : spec.substring(0, slash));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + spec);
    Path walkFrom = base.toString().isEmpty() ? Path.of(".") : base;
    if (!Files.isDirectory(walkFrom)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(walkFrom)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> base.toString().isEmpty() ? walkFrom.relativize(p) : p)
          .filter(matcher::matches)
          .sorted()
          .toList();
    }
  }

  private static int firstGlobChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*?[{".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
