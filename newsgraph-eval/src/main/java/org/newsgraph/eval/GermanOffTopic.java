package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.pipeline.Pipeline;

/**
 * The German variant of the off-topic evaluation, on articles written for it (not drawn from a
 * corpus, so they are few): each article has one appended paragraph that belongs ({@code +}) and
 * one that shares a keyword with it and nothing else ({@code -}), and every article makes two
 * cases, one with each, after its credit line.
 *
 * <p>The file: articles separated by lines {@code === id}; then the headline, the paragraphs, the
 * credit line ({@code Quelle: ...}), and the two appended paragraphs starting with {@code + } and
 * {@code - }, each paragraph on one line.
 */
public final class GermanOffTopic {
  private final List<OffTopicEvaluation.Case> cases;

  private GermanOffTopic(List<OffTopicEvaluation.Case> cases) {
    this.cases = List.copyOf(cases);
  }

  /** Reads the articles of the file; a malformed article is an error that names it. */
  public static GermanOffTopic read(Path file) throws IOException {
    List<OffTopicEvaluation.Case> cases = new ArrayList<>();
    String id = null;
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("=== ")) {
        if (id != null) {
          add(cases, file, id, lines);
        }
        id = line.substring(4).strip();
        lines.clear();
      } else if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.strip());
      }
    }
    if (id != null) {
      add(cases, file, id, lines);
    }
    return new GermanOffTopic(cases);
  }

  private static void add(List<OffTopicEvaluation.Case> cases, Path file, String id, List<String> lines) {
    String belongs = null;
    String off = null;
    List<String> article = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("+ ")) {
        belongs = l.substring(2);
      } else if (l.startsWith("- ")) {
        off = l.substring(2);
      } else {
        article.add(l);
      }
    }
    if (belongs == null || off == null || article.size() < 4 || !article.get(article.size() - 1).startsWith("Quelle:")) {
      throw new IllegalArgumentException(file + ": article " + id + " needs a headline, paragraphs, a credit line and a + and a - paragraph");
    }
    String text = String.join("\n\n", article) + "\n\n";
    CorpusArticle host = new CorpusArticle(id, null, null, null, null, null, article.get(0), null, text);
    cases.add(new OffTopicEvaluation.Case(host, host, belongs, true, text + belongs + "\n", text.length()));
    cases.add(new OffTopicEvaluation.Case(host, host, off, false, text + off + "\n", text.length()));
  }

  public List<OffTopicEvaluation.Case> cases() {
    return cases;
  }

  /** Analyses every case with the pipeline and scores the appended paragraphs. */
  public OffTopicEvaluation.Result run(Pipeline pipeline) {
    List<OffTopicEvaluation.Scored> scored = new ArrayList<>();
    for (OffTopicEvaluation.Case c : cases) {
      scored.add(OffTopicEvaluation.score(pipeline, c));
    }
    return OffTopicEvaluation.summarise(scored);
  }
}
