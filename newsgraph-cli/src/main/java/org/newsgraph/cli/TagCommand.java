package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.entity.LanguageRecognizer;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.eval.ner.ConllFormat;
import org.newsgraph.eval.ner.ConllSentence;
import org.newsgraph.eval.ner.ConllTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Tags the tokens of a column file with named entities: writes every line as read, each token",
      "line with the predicted tag (IOB2: B-PER, I-ORG, O, ...) appended as a last column, ready",
      "for conlleval."
    })
final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--conll", required = true, paramLabel = "FILE",
      description = "A CoNLL-2003 column file (token POS chunk NER, space-separated; the last column is the gold tag).")
  Path file;

  @Option(names = "--germeval", description = "FILE is GermEval 2014 TSV (index, token, outer, nested; tab-separated).")
  boolean germeval;

  @Option(names = "--language", paramLabel = "LANG", description = "Model language: en or de (default: en, de with --germeval).")
  String language;

  @Override
  public Integer call() throws Exception {
    ConllFormat format = germeval ? ConllFormat.GERMEVAL : ConllFormat.CONLL;
    String lang = language != null ? language : germeval ? "de" : "en";
    LanguageRecognizer recognizer = RecognizerProvider.installed().forLanguage(lang)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "no entity recognizer for language " + lang));
    List<ConllSentence> sentences = format.read(file);
    List<List<String>> tags = new ConllTagger(recognizer.recognizer()).tag(sentences);
    PrintWriter out = spec.commandLine().getOut();
    String sep = format.separator();
    for (int i = 0; i < sentences.size(); i++) {
      ConllSentence s = sentences.get(i);
      for (String line : s.before()) {
        // conlleval reads -DOCSTART- as a token: give it a tag too
        out.println(line.startsWith("-DOCSTART-") ? line + sep + "O" : line);
        if (line.startsWith("-DOCSTART-")) {
          out.println();
        }
      }
      for (int j = 0; j < s.size(); j++) {
        out.println(s.lines().get(j) + sep + tags.get(i).get(j));
      }
      out.println();
    }
    out.flush();
    return 0;
  }
}
