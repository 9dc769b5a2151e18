package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.eval.events.CountryNames;
import org.newsgraph.eval.events.EventSample;
import org.newsgraph.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "sample-events",
    mixinStandardHelpOptions = true,
    description = {
      "Draws sentences that name at least two different countries (--min-countries) from a news corpus, for",
      "hand-coding events, and prints them in the event gold format (no event lines).",
      "",
      "Countries: the bundled knowledge base's country names, demonyms and capitals in the",
      "language of --language, whole words, case-sensitive (German: names also in the genitive,",
      "adjective stems with their endings). Sentences: the pipeline's paragraph and sentence",
      "splitter for that language;",
      "only sentences of 5 to 80 words are drawn. The draw is a seeded shuffle of all candidates",
      "in corpus order, so a seed and a corpus always give the same sample.",
      "",
      "CORPUS: JSON Lines (.jsonl, .jsonl.gz; all texts), the SemEval-2022 Task 8 CSV (.csv;",
      "the texts in --language, each article once), NIF Turtle (.ttl; the documents) or GermEval",
      "2014 TSV (.tsv; each sentence a text, its tokens joined with German spacing, its id the",
      "file, the sentence's number in it and the source URL of its # line)."
    })
final class EvalSampleEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "the corpus, e.g. ../shared/data/corpus/world-news-en.jsonl.gz; several are read in the order given")
  List<Path> corpora;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--count", defaultValue = "200", description = "Number of sentences (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--language", defaultValue = "en", description = "Language of the sentences: en or de (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--min-countries", defaultValue = "2", paramLabel = "N", description = {
      "Draw sentences that name at least N different countries (default: ${DEFAULT-VALUE}); 1 for",
      "a small corpus with few sentences that name two."})
  int minCountries;

  @Option(names = "--exclude", paramLabel = "FILE", description = {
      "A file in the event gold format whose text: sentences are not drawn (sentences already",
      "coded elsewhere); they are left out before the shuffle. Repeatable."})
  List<Path> excludes = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (count < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1");
    }
    if (minCountries < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-countries must be at least 1");
    }
    if (!language.equals("en") && !language.equals("de")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--language must be en or de, got: " + language);
    }
    List<CorpusArticle> articles = new ArrayList<>();
    for (Path corpus : corpora) {
      if (!Files.isRegularFile(corpus)) {
        spec.commandLine().getErr().println("newsgraph: corpus not found: " + corpus);
        return Main.BAD_INPUT;
      }
      articles.addAll(Corpus.readTexts(corpus, language));
    }
    Set<String> excluded = new HashSet<>();
    for (Path file : excludes) {
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("newsgraph: file to exclude not found: " + file);
        return Main.BAD_INPUT;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("text:")) {
          excluded.add(line.substring(5).strip().replaceAll("\\s+", " "));
        }
      }
    }
    List<EventSample.Drawn> drawn = new EventSample(new CountryNames(KnowledgeBase.bundled(), language), Locale.forLanguageTag(language), minCountries)
        .draw(articles, excluded, seed, count);
    boolean german = language.equals("de");
    out.println("# newsgraph event gold, " + (german ? "German" : "English") + ": drawn by newsgraph eval sample-events --seed " + seed + " --count " + count
        + (german ? " --language de " : " ")
        + (minCountries != 2 ? "--min-countries " + minCountries + " " : "")
        + String.join("", excludes.stream().map(f -> "--exclude " + f.getFileName() + " ").toList())
        + String.join(" ", corpora.stream().map(c -> c.getFileName().toString()).toList()));
    if (german) {
      out.println("# language: de");
    }
    out.println();
    out.print(EventSample.format(drawn));
    out.flush();
    return 0;
  }
}
