package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsgraph.story.DocumentFrequencies;
import org.newsgraph.story.TextFeatures;
import org.newsgraph.story.TextSimilarity;

/**
 * Our story similarity against the human ratings of SemEval-2022 Task 8 (multilingual news article
 * similarity). The CSV has one pair a row with {@code lang1, lang2, text1, text2} and the rating
 * {@code Overall}, from 1 (same story) to 4 (unrelated); we correlate our similarity with the
 * negated rating, so that a good measure gives a positive Pearson r. Document frequencies come from
 * the texts of the file itself (no outside model, no labels).
 */
public final class SemEvalSimilarity {
  /** The default location of the data, relative to the repository root. */
  public static final String DEFAULT_FILE = "../shared/data/similarity/semeval2022-task8/training_set.csv";

  /** One rated pair and our similarity for it. */
  public record Pair(String id, String lang1, String lang2, double overall, double similarity) {
    public String type() {
      return lang1 + "-" + lang2;
    }
  }

  /** Pearson r (our similarity vs. negated Overall) and the number of pairs, per group. */
  public record Result(String group, int pairs, double pearson) {}

  public record Report(List<Pair> pairs, List<Result> results) {}

  private SemEvalSimilarity() {}

  /** The texts of the CSV in {@code language} as articles, each once (its id from {@code pair_id}), in file order. */
  public static List<CorpusArticle> texts(Path csv, String language) throws IOException {
    CsvTable table = CsvTable.read(csv);
    int id = table.column("pair_id");
    int[] lang = {table.column("lang1"), table.column("lang2")};
    int[] text = {table.column("text1"), table.column("text2")};
    Map<String, CorpusArticle> out = new LinkedHashMap<>();
    for (List<String> row : table.rows()) {
      String[] ids = row.get(id).split("_");
      if (ids.length != 2) {
        throw new IOException(csv + ": pair_id is not two ids joined by _: " + row.get(id));
      }
      for (int i = 0; i < 2; i++) {
        if (row.get(lang[i]).equals(language)) {
          out.putIfAbsent(ids[i], new CorpusArticle(ids[i], null, null, null, null, null, null, null, row.get(text[i])));
        }
      }
    }
    return List.copyOf(out.values());
  }

  public static Report evaluate(Path csv) throws IOException {
    CsvTable table = CsvTable.read(csv);
    int id = table.column("pair_id");
    int l1 = table.column("lang1");
    int l2 = table.column("lang2");
    int t1 = table.column("text1");
    int t2 = table.column("text2");
    int overall = table.column("Overall");
    List<String[]> data = new ArrayList<>();
    for (List<String> row : table.rows()) {
      data.add(new String[] {row.get(id), row.get(l1), row.get(l2), row.get(t1), row.get(t2), row.get(overall)});
    }
    List<TextFeatures[]> features = new ArrayList<>();
    DocumentFrequencies df = new DocumentFrequencies();
    for (String[] r : data) {
      TextFeatures a = TextFeatures.of(r[3], r[1]);
      TextFeatures b = TextFeatures.of(r[4], r[2]);
      df.add(a);
      df.add(b);
      features.add(new TextFeatures[] {a, b});
    }
    TextSimilarity similarity = new TextSimilarity(df);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      String[] r = data.get(i);
      double sim = similarity.similarity(features.get(i)[0], features.get(i)[1]);
      pairs.add(new Pair(r[0], r[1], r[2], Double.parseDouble(r[5]), sim));
    }
    Map<String, Predicate<Pair>> groups = new LinkedHashMap<>();
    groups.put("en-en", p -> p.type().equals("en-en"));
    groups.put("de-de", p -> p.type().equals("de-de"));
    groups.put("de-en", p -> p.type().equals("de-en") || p.type().equals("en-de"));
    groups.put("en+de (the three above)", p -> List.of("en-en", "de-de", "de-en", "en-de").contains(p.type()));
    groups.put("all pairs (all languages)", p -> true);
    List<Result> results = new ArrayList<>();
    for (Map.Entry<String, Predicate<Pair>> g : groups.entrySet()) {
      List<Pair> in = pairs.stream().filter(g.getValue()).toList();
      results.add(new Result(g.getKey(), in.size(), pearson(in)));
    }
    return new Report(pairs, results);
  }

  /** Pearson r of similarity against the negated Overall rating; NaN for fewer than two pairs. */
  static double pearson(List<Pair> pairs) {
    return Pearson.of(pairs.stream().map(p -> new double[] {p.similarity(), -p.overall()}).toList());
  }

}
