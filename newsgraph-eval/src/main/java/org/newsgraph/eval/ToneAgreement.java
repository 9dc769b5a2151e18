package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.model.Article;
import org.newsgraph.model.Tone;
import org.newsgraph.pipeline.Pipeline;

/**
 * How well our document tone agrees with people: SemEval-2022 Task 8 rates pairs of news articles
 * for how similar their tone is, from 1 (same) to 4 (very different). For the English and the German
 * pairs we correlate the distance of our two tone scores, |score1 - score2|, with that rating:
 * a tone that means something gives a positive Pearson r. Each text is analysed by the standard
 * pipeline (without entities, which tone does not use) as a plain-text article.
 */
public final class ToneAgreement {
  /** Pearson r of |score1 - score2| against the Tone rating, over the pairs of one language. */
  public record Result(String languages, int pairs, double pearson, double meanScore) {}

  private ToneAgreement() {}

  public static List<Result> evaluate(Path csv) throws IOException {
    CsvTable table = CsvTable.read(csv);
    int l1 = table.column("lang1");
    int l2 = table.column("lang2");
    int t1 = table.column("text1");
    int t2 = table.column("text2");
    int rating = table.column("Tone");
    Pipeline pipeline = Pipeline.standard(RecognizerProvider.NONE);
    List<Result> out = new ArrayList<>();
    for (String lang : List.of("en", "de")) {
      List<double[]> distanceAndRating = new ArrayList<>();
      double sum = 0;
      for (List<String> row : table.rows()) {
        if (!row.get(l1).equals(lang) || !row.get(l2).equals(lang)) {
          continue;
        }
        Tone a = pipeline.run(Article.builder(row.get(t1)).reader("text").build()).tone();
        Tone b = pipeline.run(Article.builder(row.get(t2)).reader("text").build()).tone();
        if (a == null || b == null) {
          continue; // the language identifier did not find the pair's language: not measured
        }
        sum += a.score() + b.score();
        distanceAndRating.add(new double[] {Math.abs(a.score() - b.score()), Double.parseDouble(row.get(rating))});
      }
      int n = distanceAndRating.size();
      out.add(new Result(lang + "-" + lang, n, Pearson.of(distanceAndRating), n == 0 ? Double.NaN : sum / (2 * n)));
    }
    return out;
  }


}
