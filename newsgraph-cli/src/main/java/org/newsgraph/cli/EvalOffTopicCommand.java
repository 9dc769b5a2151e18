package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.eval.OffTopicEvaluation;
import org.newsgraph.eval.TopicFamilies;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.credit.CreditReader;
import org.newsgraph.eval.GermanOffTopic;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.relevance.OverlapRelevance;
import org.newsgraph.relevance.TopicRelevance;
import org.newsgraph.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "offtopic",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how well `relevance` tells appended text that belongs from text",
      "that does not, as ROC AUC, on cases built from a news corpus.",
      "",
      "Each case: a corpus article, a credit line (\"Source: site, authors\"), and",
      "one appended paragraph of 25-150 words. Half of the cases take it from",
      "another article with the same `topic` (belongs); half from an article on",
      "a distant topic that shares at least one content word with the article",
      "(off topic; a content word: 4 letters or more, not a stopword).",
      "",
      "Distant topics: the corpus's 104 fine-grained topics are grouped by hand",
      "into families (us-politics, media, law-intelligence, security-defense,",
      "diplomacy, middle-east, russia-europe, east-asia, americas-africa, economy,",
      "health-science, society) and a catch-all family, broad (politics, world,",
      "general_news). Two topics are distant only when their families differ,",
      "neither is broad, and the two families are not listed as near: families",
      "whose articles in this corpus often tell one story (us-politics ~ economy,",
      "~ russia-europe: the Russia investigation; diplomacy ~ every region).",
      "So politics/elections or fbi/russia are never distant; north_korea/",
      "immigration and elections/middle_east are. The list: newsgraph-eval/src/",
      "main/resources/org/newsgraph/eval/topic-families.txt.",
      "",
      "The standard pipeline analyses each text. The appended paragraph's",
      "`relevance` gives the AUC (Mann-Whitney, ties count 1/2); its `offTopic`",
      "flag gives accuracy, precision and recall. Progress goes to stderr."
    })
final class EvalOffTopicCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOption corpus;

  @Option(names = "--cases", defaultValue = "500", description = "Number of cases, half of each kind (default: ${DEFAULT-VALUE}).")
  int cases;

  @Option(names = "--seed", defaultValue = "1", description = "Seed that draws the cases (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--same-topic-days",
      defaultValue = "0",
      paramLabel = "N",
      description = {
        "Draw belonging paragraphs only from articles on the same topic published at most N days",
        "from the article (both dated; default ${DEFAULT-VALUE}: any date). The topics are coarse:",
        "two `elections` articles years apart mostly tell different stories."
      })
  int sameTopicDays;

  @Option(
      names = "--german",
      defaultValue = "evaluation/offtopic-de/articles.txt",
      description = "German articles written for this evaluation, two cases each (default: ${DEFAULT-VALUE}); skipped when absent.")
  Path germanCases;

  @Option(names = "--dump", paramLabel = "FILE", description = "Also write every case as a tab-separated line to FILE.")
  Path dump;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (cases < 2) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases must be at least 2");
    }
    if (sameTopicDays < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--same-topic-days must be 0 or more");
    }
    long t0 = System.nanoTime();
    err.println("newsgraph: reading " + corpus.path + " ...");
    List<CorpusArticle> articles = corpus.read(err);
    if (articles == null) {
      return Main.BAD_INPUT;
    }
    OffTopicEvaluation evaluation = new OffTopicEvaluation(articles, TopicFamilies.bundled(), sameTopicDays);
    List<OffTopicEvaluation.Case> built = evaluation.buildCases(cases, seed);
    err.println("newsgraph: " + articles.size() + " articles, " + built.size() + " cases; analysing ...");
    Pipeline overlap =
        Pipeline.builder()
            .add(new LanguageIdentifier())
            .add(new Segmenter())
            .add(new CreditReader())
            .add(new OverlapRelevance())
            .build();
    OffTopicEvaluation.Result old = evaluation.run(overlap, built, progress(err, "word overlap", built.size()));
    OffTopicEvaluation.Result now = evaluation.run(Pipeline.standard(), built, progress(err, "topic model", built.size()));
    if (dump != null) {
      writeDump(old, now);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.println(String.format(Locale.ROOT, "corpus          %s (%d articles), seed %d", corpus.path, articles.size(), seed));
    if (sameTopicDays > 0) {
      out.println(String.format(Locale.ROOT, "same topic      belonging paragraphs from articles at most %d days apart", sameTopicDays));
    }
    out.println(String.format(Locale.ROOT, "cases           %d: %d belong (same topic), %d off topic (distant topic, sharing a content word)",
        now.cases(), now.belonging(), now.offTopicCases()));
    out.println(String.format(Locale.ROOT, "appendix        %d of %d appended paragraphs segmented as appendix", now.segmentedAsAppendix(), now.cases()));
    report(out, "old: word overlap (OverlapRelevance)", old, OverlapRelevance.DEFAULT_THRESHOLD);
    report(out, "new: topic model (TopicRelevance: embedding, entities, events)", now, TopicRelevance.DEFAULT_THRESHOLD);
    if (Files.isRegularFile(germanCases)) {
      GermanOffTopic german = GermanOffTopic.read(germanCases);
      report(out, "German, old (" + german.cases().size() + " cases from " + germanCases + ")",
          german.run(overlap), OverlapRelevance.DEFAULT_THRESHOLD);
      report(out, "German, new", german.run(Pipeline.standard()), TopicRelevance.DEFAULT_THRESHOLD);
    }
    out.println(String.format(Locale.ROOT, "time            %.1f s", seconds));
    out.flush();
    return 0;
  }

  private static java.util.function.IntConsumer progress(PrintWriter err, String name, int total) {
    return done -> {
      if (done % 50 == 0 || done == total) {
        synchronized (err) {
          err.print("\rnewsgraph: " + name + ": analysed " + done + " of " + total);
          if (done == total) {
            err.println();
          }
          err.flush();
        }
      }
    };
  }

  private static void report(PrintWriter out, String name, OffTopicEvaluation.Result r, double threshold) {
    out.println(name);
    out.println(String.format(Locale.ROOT, "  ROC AUC         %.3f", r.auc()));
    out.println(String.format(Locale.ROOT, "  mean relevance  %.3f belong, %.3f off topic", r.meanRelevanceBelonging(), r.meanRelevanceOffTopic()));
    out.println(String.format(Locale.ROOT, "  threshold       %.3f (offTopic when relevance is below it)", threshold));
    out.println(String.format(Locale.ROOT, "  accuracy        %.3f", r.accuracy()));
    out.println(String.format(Locale.ROOT, "  offTopic        precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)",
        r.precision(), r.recall(), r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives()));
    out.println(String.format(Locale.ROOT, "  best threshold  %.3f on these cases (accuracy %.3f)", r.bestThreshold(), r.bestAccuracy()));
  }

  private void writeDump(OffTopicEvaluation.Result old, OffTopicEvaluation.Result r) throws IOException {
    StringBuilder sb = new StringBuilder("belongs\trelevance\toffTopic\told_relevance\tkind\thost\thost_topic\tdonor\tdonor_topic\ttitle\tparagraph\n");
    for (int i = 0; i < r.scored().size(); i++) {
      OffTopicEvaluation.Scored s = r.scored().get(i);
      OffTopicEvaluation.Case c = s.testCase();
      sb.append(c.belongs()).append('\t').append(s.relevance()).append('\t').append(s.offTopic()).append('\t')
          .append(old.scored().get(i).relevance()).append('\t')
          .append(s.kind().label()).append('\t').append(c.host().id()).append('\t').append(c.host().topic()).append('\t')
          .append(c.donor().id()).append('\t').append(c.donor().topic()).append('\t')
          .append(c.host().title().replace('\t', ' ')).append('\t').append(c.paragraph().replace('\t', ' ')).append('\n');
    }
    Files.writeString(dump, sb.toString());
  }
}
