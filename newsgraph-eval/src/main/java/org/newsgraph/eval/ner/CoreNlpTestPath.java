package org.newsgraph.eval.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EntityType;

/**
 * The reference: CoreNLP's own test path for a CRF classifier, as {@code CRFClassifier
 * -loadClassifier MODEL -testFile FILE} runs it. The sentences are written as a word-tab-tag file
 * (gold tags in the classifier's class names), read back by the classifier's own document reader
 * and classified by {@code classifyAndWriteAnswers}, which also scores them with CoreNLP's scorer.
 */
public final class CoreNlpTestPath {
  /** The predicted IOB2 tags per sentence, and CoreNLP's own overall P, R, F1 (0..1). */
  public record Result(List<List<String>> tags, double precision, double recall, double f1) {}

  private CoreNlpTestPath() {}

  public static Result run(CRFClassifier<CoreLabel> classifier, List<ConllSentence> sentences) throws IOException {
    Charset encoding = charset(classifier.flags.inputEncoding);
    Path file = Files.createTempFile("newsgraph-ner-", ".tsv");
    try {
      try (Writer w = Files.newBufferedWriter(file, encoding)) {
        for (ConllSentence s : sentences) {
          for (int i = 0; i < s.size(); i++) {
            w.write(s.words().get(i) + "\t" + classLabel(s.gold().get(i)) + "\n");
          }
          w.write("\n");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Triple<Double, Double, Double> prf =
          classifier.classifyAndWriteAnswers(file.toString(), out, classifier.defaultReaderAndWriter(), true);
      List<List<String>> tags = readAnswers(out.toString(charset(classifier.flags.outputEncoding)), sentences);
      return new Result(tags, prf.first() / 100, prf.second() / 100, prf.third() / 100);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** CoreNLP's default where a flag names no encoding: the platform's. */
  private static Charset charset(String name) {
    return name == null ? Charset.defaultCharset() : Charset.forName(name);
  }

  /** B-PER to B-PERSON: the gold tag in the class names the classifier answers with, for its scorer. */
  private static String classLabel(String tag) {
    if (tag.equals("O")) {
      return tag;
    }
    return tag.substring(0, 2) + EntityType.fromTag(tag.substring(2)).name();
  }

  /** Reads "word TAB gold TAB answer" lines, one blank line after each sentence, into IOB2 tags. */
  private static List<List<String>> readAnswers(String output, List<ConllSentence> sentences) {
    List<List<String>> tags = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          tags.add(toIob2(current));
          current = new ArrayList<>();
        }
        continue;
      }
      String[] columns = line.split("\t");
      current.add(columns[columns.length - 1]);
    }
    if (!current.isEmpty()) {
      tags.add(toIob2(current));
    }
    if (tags.size() != sentences.size()) {
      throw new IllegalStateException("CoreNLP answered " + tags.size() + " sentences of " + sentences.size());
    }
    return tags;
  }

  /** The classifier's answers (IO class names, or IOB) as IOB2 over PER, ORG, LOC, MISC. */
  static List<String> toIob2(List<String> answers) {
    List<String> out = new ArrayList<>(answers.size());
    String previous = null;
    for (String a : answers) {
      boolean begin = false;
      if (a.length() > 2 && a.charAt(1) == '-') {
        begin = a.charAt(0) == 'B';
        a = a.substring(2);
      }
      EntityType type = EntityType.fromTag(a);
      String conll = type == null ? null : type.conll();
      if (conll == null) {
        out.add("O");
      } else {
        out.add((begin || !conll.equals(previous) ? "B-" : "I-") + conll);
      }
      previous = conll;
    }
    return out;
  }
}
