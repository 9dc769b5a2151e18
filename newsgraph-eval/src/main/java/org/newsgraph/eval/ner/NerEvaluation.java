package org.newsgraph.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.corenlp.CoreNlpRecognizers;
import org.newsgraph.corenlp.CrfRecognizer;

/**
 * {@code newsgraph eval ner}: the CRF model run two ways on one column file in one process, and both
 * scored with {@link SpanScore}: newsgraph's path (the {@link org.newsgraph.entity.EntityRecognizer}
 * that articles go through, fed the file's tokens) and CoreNLP's own test path ({@link
 * CoreNlpTestPath}), the reference figure.
 */
public final class NerEvaluation {
  /** One way of tagging the file: its score and how long the tagging took. */
  public record Run(String name, SpanScore score, List<List<String>> tags, double seconds) {
    public double tokensPerSecond() {
      return score.tokens() / seconds;
    }
  }

  /** Both runs on one file; {@code reference} is null when it was not asked for. */
  public record Result(
      Path file, ConllFormat format, String model, int sentences, long tokens, double loadSeconds,
      Run ours, Run reference, double referenceOwnF1) {

    /** Tokens on which both paths give the same tag, as a share of all tokens. */
    public double agreement() {
      if (reference == null) {
        return Double.NaN;
      }
      long same = 0;
      long all = 0;
      for (int i = 0; i < ours.tags().size(); i++) {
        List<String> a = ours.tags().get(i);
        List<String> b = reference.tags().get(i);
        for (int j = 0; j < a.size(); j++) {
          all++;
          if (a.get(j).equals(b.get(j))) {
            same++;
          }
        }
      }
      return all == 0 ? 1 : (double) same / all;
    }

    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "file: %s (%s, %d sentences, %d tokens)%n",
          file, format.name().toLowerCase(Locale.ROOT), sentences, tokens));
      b.append(String.format(Locale.ROOT, "model: %s (loaded in %.1f s; for speed see 'newsgraph bench ner')%n", model, loadSeconds));
      for (Run r : reference == null ? List.of(ours) : List.of(ours, reference)) {
        b.append(String.format(Locale.ROOT, "%n%s:%n", r.name()));
        b.append(r.score().report());
      }
      if (reference != null) {
        b.append(String.format(Locale.ROOT, "%nCoreNLP's own scorer on its test path: F1 %.4f%n", referenceOwnF1));
        b.append(String.format(Locale.ROOT, "tokens tagged alike by both paths: %.4f%n", agreement()));
      }
      return b.toString();
    }
  }

  private NerEvaluation() {}

  /** The CRF recognizer for a language: en, de. */
  public static CrfRecognizer crf(String language) {
    return switch (language) {
      case "en" -> CoreNlpRecognizers.englishCrf();
      case "de" -> CoreNlpRecognizers.germanCrf();
      default -> throw new IllegalArgumentException("no NER model for language " + language);
    };
  }

  public static Result evaluate(Path file, ConllFormat format, String language, boolean withReference)
      throws IOException {
    List<ConllSentence> sentences = format.read(file);
    long tokens = sentences.stream().mapToLong(ConllSentence::size).sum();
    CrfRecognizer crf = crf(language);
    long t0 = System.nanoTime();
    crf.classifier();
    double load = seconds(t0);

    t0 = System.nanoTime();
    List<List<String>> ours = new ConllTagger(crf).tag(sentences);
    Run oursRun = new Run("newsgraph (EntityRecognizer)", score(sentences, ours), ours, seconds(t0));

    Run reference = null;
    double ownF1 = Double.NaN;
    if (withReference) {
      t0 = System.nanoTime();
      CoreNlpTestPath.Result r = CoreNlpTestPath.run(crf.classifier(), sentences);
      reference = new Run("CoreNLP test path (CRFClassifier -testFile)", score(sentences, r.tags()), r.tags(), seconds(t0));
      ownF1 = r.f1();
    }
    String model = crf.model().substring(crf.model().lastIndexOf('/') + 1);
    return new Result(file, format, model, sentences.size(), tokens, load, oursRun, reference, ownF1);
  }

  public static SpanScore score(List<ConllSentence> sentences, List<List<String>> predicted) {
    SpanScore score = new SpanScore();
    for (int i = 0; i < sentences.size(); i++) {
      score.add(sentences.get(i).gold(), predicted.get(i));
    }
    return score;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
