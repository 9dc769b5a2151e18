package org.newsgraph.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Pipeline;

/**
 * Measures how well the relevance of appended paragraphs tells text that belongs from text that
 * does not. Each case is a corpus article, a credit line, and one appended paragraph: from another
 * article with the same {@code topic} (it belongs), or from an article on a distant topic (see
 * {@link TopicFamilies}) that shares at least one content word with the article (it is off topic,
 * and not trivially so). The standard pipeline analyses each text; the appended paragraph's
 * relevance is scored by ROC AUC, and its {@code offTopic} flag by accuracy, precision and recall.
 */
public final class OffTopicEvaluation {
  /** Paragraphs appended are real prose: this many words at least, and at most. */
  static final int MIN_PARAGRAPH_WORDS = 25;

  static final int MAX_PARAGRAPH_WORDS = 150;
  /** An article hosts a case when it has this many paragraphs at least. */
  static final int MIN_HOST_PARAGRAPHS = 3;

  private static final int TRIES = 500;
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'”’)]?$");

  /** One constructed text: the host article, a credit line, and the appended paragraph. */
  public record Case(
      CorpusArticle host, CorpusArticle donor, String paragraph, boolean belongs, String text, int appendedStart) {}

  /** A case as the pipeline saw it: the appended paragraph's segment kind, relevance and flag. */
  public record Scored(Case testCase, SegmentKind kind, double relevance, boolean offTopic) {}

  /** The figures of one run. */
  public record Result(
      List<Scored> scored,
      int belonging,
      int offTopicCases,
      int segmentedAsAppendix,
      double auc,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int trueNegatives,
      double bestThreshold,
      double bestAccuracy,
      double meanRelevanceBelonging,
      double meanRelevanceOffTopic) {

    public int cases() {
      return scored.size();
    }

    public double accuracy() {
      return (truePositives + trueNegatives) / (double) cases();
    }

    /** Of the paragraphs flagged offTopic, the share that is off topic. */
    public double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? 0 : truePositives / (double) flagged;
    }

    /** Of the off-topic paragraphs, the share flagged offTopic. */
    public double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 0 : truePositives / (double) actual;
    }
  }

  private final TopicFamilies families;
  /** Belonging paragraphs come from articles published this many days apart at most; 0: any. */
  private final int sameTopicDays;
  /** Every paragraph that may be appended, and those of each topic. */
  private final List<Donor> pool = new ArrayList<>();
  private final Map<String, List<Donor>> byTopic = new HashMap<>();
  /** Articles that may host a case, in corpus order. */
  private final List<Host> allHosts = new ArrayList<>();

  /** Indexes the corpus once; {@link #buildCases} then draws from it. */
  public OffTopicEvaluation(List<CorpusArticle> corpus, TopicFamilies families) {
    this(corpus, families, 0);
  }

  /**
   * As {@link #OffTopicEvaluation(List, TopicFamilies)}, with belonging paragraphs drawn only from
   * articles on the same topic published at most {@code sameTopicDays} days from the host (both
   * dated; 0: any date). The corpus's topics are coarse: two "elections" articles years apart
   * usually tell different stories, so a paragraph of one is no text that belongs to the other.
   */
  public OffTopicEvaluation(List<CorpusArticle> corpus, TopicFamilies families, int sameTopicDays) {
    if (sameTopicDays < 0) {
      throw new IllegalArgumentException("sameTopicDays must be 0 or more: " + sameTopicDays);
    }
    this.families = families;
    this.sameTopicDays = sameTopicDays;
    for (CorpusArticle a : corpus) {
      if (a.text() == null || a.topic() == null || families.family(a.topic()).isEmpty()) {
        continue;
      }
      List<String> paragraphs = paragraphs(a.text());
      for (String p : paragraphs) {
        int n = SPACE.split(p).length;
        if (n >= MIN_PARAGRAPH_WORDS && n <= MAX_PARAGRAPH_WORDS && SENTENCE_END.matcher(p).matches()) {
          Donor d = new Donor(a, p);
          pool.add(d);
          byTopic.computeIfAbsent(a.topic(), t -> new ArrayList<>()).add(d);
        }
      }
      boolean canBeOffTopic = !families.family(a.topic()).get().equals(TopicFamilies.BROAD);
      if (paragraphs.size() >= MIN_HOST_PARAGRAPHS && canBeOffTopic && a.title() != null) {
        allHosts.add(new Host(a, paragraphs));
      }
    }
  }

  /**
   * Builds {@code count} cases, half of them belonging, drawn with the seed: the same corpus,
   * count and seed give the same cases.
   */
  public List<Case> buildCases(int count, long seed) {
    Random random = new Random(seed);
    List<Host> hosts = new ArrayList<>(allHosts);
    Collections.shuffle(hosts, random);
    List<Boolean> labels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      labels.add(i < count / 2);
    }
    Collections.shuffle(labels, random);

    List<Case> cases = new ArrayList<>(count);
    for (Host host : hosts) {
      if (cases.size() == count) {
        break;
      }
      boolean belongs = labels.get(cases.size());
      String body = String.join("\n\n", host.paragraphs);
      Donor donor = belongs ? sameTopic(host, body, random) : distantTopic(host, body, random);
      if (donor != null) {
        cases.add(assemble(host, donor, belongs));
      }
    }
    return cases;
  }

  private Donor sameTopic(Host host, String body, Random random) {
    List<Donor> candidates = byTopic.getOrDefault(host.article.topic(), List.of());
    for (int i = 0; i < TRIES && !candidates.isEmpty(); i++) {
      Donor d = candidates.get(random.nextInt(candidates.size()));
      if (!d.article.id().equals(host.article.id()) && !body.contains(d.paragraph) && nearInTime(host.article, d.article)) {
        return d;
      }
    }
    return null;
  }

  private boolean nearInTime(CorpusArticle host, CorpusArticle donor) {
    if (sameTopicDays == 0) {
      return true;
    }
    LocalDate a = day(host.date());
    LocalDate b = day(donor.date());
    return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= sameTopicDays;
  }

  /** The corpus's ISO date (yyyy-mm-dd, maybe with a time), or null when absent or in another form. */
  static LocalDate day(String date) {
    if (date == null || date.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(date.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Donor distantTopic(Host host, String body, Random random) {
    Set<String> hostWords = null;
    for (int i = 0; i < TRIES; i++) {
      Donor d = pool.get(random.nextInt(pool.size()));
      if (!families.distant(host.article.topic(), d.article.topic()) || body.contains(d.paragraph)) {
        continue;
      }
      if (hostWords == null) {
        hostWords = SharedWords.of(host.article.title() + "\n" + body);
      }
      if (!Collections.disjoint(hostWords, SharedWords.of(d.paragraph))) {
        return d;
      }
    }
    return null;
  }

  private static Case assemble(Host host, Donor donor, boolean belongs) {
    CorpusArticle a = host.article;
    StringBuilder text = new StringBuilder();
    text.append(oneLine(a.title())).append("\n\n");
    for (String p : host.paragraphs) {
      text.append(p).append("\n\n");
    }
    text.append(creditLine(a)).append("\n\n");
    int start = text.length();
    text.append(donor.paragraph).append('\n');
    return new Case(a, donor.article, donor.paragraph, belongs, text.toString(), start);
  }

  /** "Source: site, authors", as re-published news credits the original. */
  static String creditLine(CorpusArticle a) {
    String outlet = a.site() != null && !a.site().isBlank() ? a.site() : a.source();
    StringBuilder sb = new StringBuilder("Source: ").append(oneLine(outlet == null ? "unknown" : outlet));
    if (a.authors() != null && !a.authors().isBlank()) {
      sb.append(", ").append(oneLine(a.authors()));
    }
    return sb.toString();
  }

  /** The corpus text's paragraphs (blank-line separated), each on one line. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : BLANK_LINE.split(text)) {
      String line = oneLine(p);
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  private static String oneLine(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** Runs the pipeline on every case, in parallel; {@code progress} hears the number done so far. */
  public Result run(Pipeline pipeline, List<Case> cases, IntConsumer progress) {
    AtomicInteger done = new AtomicInteger();
    Scored[] scored = new Scored[cases.size()];
    IntStream.range(0, cases.size())
        .parallel()
        .forEach(
            i -> {
              scored[i] = score(pipeline, cases.get(i));
              progress.accept(done.incrementAndGet());
            });
    return summarise(List.of(scored));
  }

  static Scored score(Pipeline pipeline, Case c) {
    Article article = pipeline.run(Article.builder(c.text()).input(c.host().id()).build());
    for (Segment s : article.segments()) {
      if (s.start() <= c.appendedStart() && c.appendedStart() < s.end()) {
        double relevance = s.relevance() == null ? 0 : s.relevance();
        return new Scored(c, s.kind(), relevance, s.offTopic());
      }
    }
    throw new IllegalStateException("no segment holds the appended paragraph of " + c.host().id());
  }

  static Result summarise(List<Scored> scored) {
    List<Double> belonging = new ArrayList<>();
    List<Double> off = new ArrayList<>();
    int appendix = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Scored s : scored) {
      (s.testCase().belongs() ? belonging : off).add(s.relevance());
      if (s.kind() == SegmentKind.APPENDIX) {
        appendix++;
      }
      boolean offTopic = !s.testCase().belongs();
      if (s.offTopic()) {
        if (offTopic) tp++;
        else fp++;
      } else {
        if (offTopic) fn++;
        else tn++;
      }
    }
    double[] pos = belonging.stream().mapToDouble(Double::doubleValue).toArray();
    double[] neg = off.stream().mapToDouble(Double::doubleValue).toArray();
    double[] best = bestThreshold(pos, neg);
    return new Result(
        scored,
        pos.length,
        neg.length,
        appendix,
        Auc.of(pos, neg),
        tp,
        fp,
        fn,
        tn,
        best[0],
        best[1],
        mean(pos),
        mean(neg));
  }

  /**
   * The threshold t (relevance below t means off topic) with the highest accuracy on these scores,
   * halfway between two neighbouring scores, and that accuracy.
   */
  static double[] bestThreshold(double[] belonging, double[] offTopic) {
    double[] all = IntStream.range(0, belonging.length + offTopic.length)
        .mapToDouble(i -> i < belonging.length ? belonging[i] : offTopic[i - belonging.length])
        .sorted()
        .distinct()
        .toArray();
    double bestT = 0;
    double bestAcc = -1;
    for (int i = 0; i <= all.length; i++) {
      double t = i == 0 ? all[0] : i == all.length ? all[i - 1] + 1e-9 : (all[i - 1] + all[i]) / 2;
      int correct = 0;
      for (double b : belonging) {
        correct += b >= t ? 1 : 0;
      }
      for (double o : offTopic) {
        correct += o < t ? 1 : 0;
      }
      double acc = correct / (double) (belonging.length + offTopic.length);
      if (acc > bestAcc) {
        bestAcc = acc;
        bestT = t;
      }
    }
    return new double[] {bestT, bestAcc};
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return xs.length == 0 ? Double.NaN : sum / xs.length;
  }

  private record Host(CorpusArticle article, List<String> paragraphs) {}

  private record Donor(CorpusArticle article, String paragraph) {}
}
