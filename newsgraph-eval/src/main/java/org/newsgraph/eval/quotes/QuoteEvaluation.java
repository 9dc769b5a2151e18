package org.newsgraph.eval.quotes;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.model.Span;

/**
 * Scores quotes against the PolNeAR attribution corpus ({@code ../shared/data/quotes/polnear-en}):
 * for direct and indirect speech apart, content precision and recall, where a predicted quote
 * matches a gold attribution when their contents overlap by at least half of the gold content,
 * and speaker accuracy over the matched gold attributions that name a source.
 *
 * <p>Definitions. Gold direct speech: the content, trimmed, begins or ends with a quotation mark;
 * everything else is indirect. A prediction's category is the system's own {@code direct} flag.
 * Recall of a category: its gold attributions matched by any prediction; precision of a category:
 * its predictions that match any gold attribution. Speaker: the prediction with the largest overlap
 * speaks for the gold attribution; it is right when its speaker span (or the antecedent of a
 * pronoun) overlaps the gold source span, or shares a capitalised name with the source's text
 * ("Aksoy" and "Analyst Selin Aksoy"; titles and party words such as "President" or "Republican"
 * are no names). Where the gold source is a third-person pronoun ("he", "she", "they"), which
 * PolNeAR marks without its antecedent, the scorer resolves it from the gold alone: to the nearest
 * gold source before it, in that article, that holds a capitalised name; a prediction that names that
 * source (by span or shared name, as above) is right too. The system's own resolution plays no
 * part, and a predicted pronoun is still judged by its span and its antecedent only; the report
 * says how many speakers were right only through such a gold antecedent. A stricter match that also needs half of the prediction
 * inside the gold content is reported beside it. Articles with several annotators are scored on one
 * annotation, the first by file name.
 */
public final class QuoteEvaluation {
  private static final Set<String> NOT_NAMES =
      Set.of("The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "Its", "Mr.", "Mrs.", "Ms.", "Dr.", "But", "And", "In", "On", "At", "Who",
          // titles and generic words name no one: "President Obama" and "President Trump" are two speakers
          "President", "Vice", "Sen.", "Sens.", "Senator", "Rep.", "Reps.", "Gov.", "Governor", "Secretary", "Gen.", "Former", "Mayor", "Speaker",
          "Democratic", "Republican", "Democrats", "Republicans", "Democrat", "GOP", "U.S.", "US", "American", "Americans", "State", "House", "Senate",
          "White", "Party", "Campaign", "Committee", "National", "Department", "News", "New", "Rev.", "Judge", "Justice", "Sources");

  /** Counts for one category of speech. */
  public static final class Counts {
    public int gold;
    public int goldMatched;
    public int goldStrict;
    public int predicted;
    public int predictedMatched;
    public int predictedStrict;
    public int speakerGold;
    public int speakerCorrect;
    /** Of the right speakers, those right only through the gold antecedent of a gold pronoun. */
    public int speakerByGoldAntecedent;

    public double precision() {
      return ratio(predictedMatched, predicted);
    }

    public double recall() {
      return ratio(goldMatched, gold);
    }

    public double f1() {
      return f1(precision(), recall());
    }

    public double strictPrecision() {
      return ratio(predictedStrict, predicted);
    }

    public double strictRecall() {
      return ratio(goldStrict, gold);
    }

    public double strictF1() {
      return f1(strictPrecision(), strictRecall());
    }

    public double speakerAccuracy() {
      return ratio(speakerCorrect, speakerGold);
    }

    void add(Counts o) {
      gold += o.gold;
      goldMatched += o.goldMatched;
      goldStrict += o.goldStrict;
      predicted += o.predicted;
      predictedMatched += o.predictedMatched;
      predictedStrict += o.predictedStrict;
      speakerGold += o.speakerGold;
      speakerCorrect += o.speakerCorrect;
      speakerByGoldAntecedent += o.speakerByGoldAntecedent;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The scores of one system on one split. */
  public record Result(String system, String split, int documents, Counts direct, Counts indirect, long characters, long millis) {
    public Counts all() {
      Counts c = new Counts();
      c.add(direct);
      c.add(indirect);
      return c;
    }
  }

  /** One article: its text and its gold attributions. */
  record Document(String name, String text, List<GoldQuote> gold) {}

  private QuoteEvaluation() {}

  /** The articles of a split ("train", "dev") under the corpus folder. */
  static List<Document> documents(Path corpus, String split) throws IOException {
    Path texts = corpus.resolve(split).resolve("text");
    Path anns = corpus.resolve(split).resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException(corpus + " has no " + split + "/text and " + split + "/attributions (is it the polnear-en folder?)");
    }
    List<Path> annFiles;
    try (Stream<Path> s = Files.list(anns)) {
      annFiles = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    List<Document> docs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path ann : annFiles) {
      String file = ann.getFileName().toString();
      String base = file.substring(0, file.lastIndexOf('_'));
      if (!seen.add(base)) {
        continue;
      }
      Path txt = texts.resolve(base + ".txt");
      if (!Files.exists(txt)) {
        continue;
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      docs.add(new Document(base, text, BratAttributions.read(ann, text)));
    }
    return docs;
  }

  public static Result evaluate(Path corpus, String split, QuoteSystem system) throws IOException {
    return evaluate(corpus, split, system, null);
  }

  /** Scores the system on the split; with {@code errors} given, writes every miss there for study. */
  public static Result evaluate(Path corpus, String split, QuoteSystem system, Path errors) throws IOException {
    List<Document> docs = documents(corpus, split);
    Counts direct = new Counts();
    Counts indirect = new Counts();
    long chars = 0;
    long t0 = System.nanoTime();
    try (PrintWriter err = errors == null ? null : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
      for (Document d : docs) {
        chars += d.text().length();
        List<PredictedQuote> predicted = system.quotes(d.text());
        score(d, predicted, direct, indirect, err);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return new Result(system.name(), split, docs.size(), direct, indirect, chars, ms);
  }

  static void score(Document d, List<PredictedQuote> predicted, Counts direct, Counts indirect, PrintWriter err) {
    String text = d.text();
    boolean[] predMatched = new boolean[predicted.size()];
    boolean[] predStrict = new boolean[predicted.size()];
    for (GoldQuote g : d.gold()) {
      Counts c = g.direct() ? direct : indirect;
      c.gold++;
      int need = (g.length() + 1) / 2;
      PredictedQuote best = null;
      int bestOverlap = 0;
      boolean strict = false;
      for (int i = 0; i < predicted.size(); i++) {
        PredictedQuote p = predicted.get(i);
        int o = overlap(p.content(), g.content());
        if (o >= need && o > 0) {
          predMatched[i] = true;
          int plen = p.content().stream().mapToInt(Span::length).sum();
          if (2 * o >= plen) {
            predStrict[i] = true;
            strict = true;
          }
          if (o > bestOverlap) {
            best = p;
            bestOverlap = o;
          }
        }
      }
      if (best == null) {
        if (err != null) {
          int partial = 0;
          for (PredictedQuote p : predicted) {
            partial = Math.max(partial, overlap(p.content(), g.content()));
          }
          err.printf("MISS %s %s %.1f %s | cue %s | %s%n", d.name(), g.direct() ? "D" : "I", partial / (double) Math.max(1, g.length()), text(text, g.source()), text(text, g.cue()), clip(text(text, g.content())));
        }
        continue;
      }
      c.goldMatched++;
      if (strict) {
        c.goldStrict++;
      }
      if (!g.source().isEmpty()) {
        c.speakerGold++;
        boolean right = speakerRight(text, best, g.source());
        List<Span> antecedent = right ? null : goldAntecedent(text, d.gold(), g);
        if (antecedent != null && speakerRight(text, best, antecedent)) {
          right = true;
          c.speakerByGoldAntecedent++;
        }
        if (right) {
          c.speakerCorrect++;
          if (err != null && Boolean.getBoolean("newsgraph.eval.verbose")) {
            err.printf("GOOD %s %s gold=%s pred=%s cue=%s%n", d.name(), g.direct() ? "D" : "I", text(text, g.source()),
                best.speaker().of(text), best.cue() == null ? null : best.cue().of(text));
          }
        } else if (err != null) {
          err.printf("SPKR %s %s gold=%s pred=%s%s cue=%s | %s%n", d.name(), g.direct() ? "D" : "I", text(text, g.source()),
              best.speaker() == null ? null : best.speaker().of(text),
              best.antecedent() == null ? "" : "->" + best.antecedent().of(text),
              best.cue() == null ? null : best.cue().of(text), clip(text(text, g.content())));
        }
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      PredictedQuote p = predicted.get(i);
      Counts c = p.direct() ? direct : indirect;
      c.predicted++;
      String cue = p.cue() == null ? null : p.cue().of(text).toLowerCase(Locale.ROOT);
      if (predMatched[i]) {
        c.predictedMatched++;
        if (err != null && Boolean.getBoolean("newsgraph.eval.verbose")) {
          err.printf("RIGHT %s %s cue=%s%n", d.name(), p.direct() ? "D" : "I", cue);
        }
      } else if (err != null) {
        err.printf("FALSE %s %s %s cue=%s | %s%n", d.name(), p.direct() ? "D" : "I", p.speaker() == null ? null : p.speaker().of(text), cue, clip(text(text, p.content())));
      }
      if (predStrict[i]) {
        c.predictedStrict++;
      }
    }
  }

  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "she", "they", "him", "her", "them", "his", "their");

  /**
   * The antecedent of a gold source that is a third-person pronoun: the source of the nearest gold
   * attribution before it that holds a name; null when the source is no such pronoun or no named
   * source precedes it.
   */
  static List<Span> goldAntecedent(String text, List<GoldQuote> gold, GoldQuote g) {
    if (g.source().isEmpty() || !isPronoun(text(text, g.source()))) {
      return null;
    }
    int at = g.source().get(0).start();
    List<Span> best = null;
    int bestStart = -1;
    for (GoldQuote o : gold) {
      if (o.source().isEmpty()) {
        continue;
      }
      int start = o.source().get(0).start();
      if (start < at && start > bestStart && !names(text(text, o.source())).isEmpty()) {
        best = o.source();
        bestStart = start;
      }
    }
    return best;
  }

  private static boolean isPronoun(String source) {
    return PERSONAL_PRONOUNS.contains(source.strip().toLowerCase(Locale.ROOT));
  }

  static boolean speakerRight(String text, PredictedQuote p, GoldQuote g) {
    return speakerRight(text, p, g.source());
  }

  /** Whether the predicted speaker names the gold source {@code source}. */
  static boolean speakerRight(String text, PredictedQuote p, List<Span> source) {
    if (p.speaker() == null) {
      return false;
    }
    for (Span s : source) {
      if (overlaps(s, p.speaker()) || p.antecedent() != null && overlaps(s, p.antecedent())) {
        return true;
      }
    }
    Set<String> gold = names(text(text, source));
    Set<String> pred = names(p.speaker().of(text));
    if (p.antecedent() != null) {
      pred.addAll(names(p.antecedent().of(text)));
    }
    pred.retainAll(gold);
    return !pred.isEmpty();
  }

  private static Set<String> names(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.split("[^\\p{L}\\p{N}.'’-]+")) {
      String bare = w.replaceAll("['’]s$", "").replaceAll("['’]$", "");
      if (bare.length() >= 2 && Character.isUpperCase(bare.charAt(0)) && !NOT_NAMES.contains(bare)) {
        out.add(bare);
      }
    }
    return out;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  static int overlap(List<Span> a, List<Span> b) {
    int n = 0;
    for (Span x : a) {
      for (Span y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return n;
  }

  private static String text(String text, List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (b.length() > 0) {
        b.append(" … ");
      }
      b.append(s.of(text));
    }
    return b.toString().replace('\n', ' ');
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  /** The scores as a table for the terminal. */
  public static String report(Result r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s on PolNeAR %s: %d articles, %.0f characters/s%n", r.system(), r.split(), r.documents(),
        r.millis() == 0 ? 0.0 : r.characters() * 1000.0 / r.millis()));
    b.append(String.format(Locale.ROOT, "%-9s %6s %6s %9s %7s %6s %9s %9s  %s%n", "speech", "gold", "found", "precision", "recall", "F1", "speaker", "(of)", "strict P/R/F1"));
    row(b, "direct", r.direct());
    row(b, "indirect", r.indirect());
    row(b, "all", r.all());
    b.append(String.format(Locale.ROOT, "speakers right only through the gold antecedent of a gold pronoun: direct %d, indirect %d%n",
        r.direct().speakerByGoldAntecedent, r.indirect().speakerByGoldAntecedent));
    return b.toString();
  }

  private static void row(StringBuilder b, String label, Counts c) {
    b.append(String.format(Locale.ROOT, "%-9s %6d %6d %9.3f %7.3f %6.3f %9.3f %9d  %.3f/%.3f/%.3f%n", label, c.gold, c.predicted, c.precision(), c.recall(), c.f1(),
        c.speakerAccuracy(), c.speakerGold, c.strictPrecision(), c.strictRecall(), c.strictF1()));
  }
}
