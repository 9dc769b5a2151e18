package org.newsgraph.eval.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.segment.Segmenter;

/**
 * How much page furniture the segmenter leaves in the article text of a corpus: for each pattern,
 * the articles whose text holds it at all, and those whose lead, body or subheading segments still
 * hold it after segmentation.
 */
public final class FurnitureCount {
  /** Furniture that news pages of the corpus repeat: video players, galleries, link lines, prompts. */
  public static final Map<String, Pattern> DEFAULT_PATTERNS = defaults();

  /** One pattern's counts. */
  public record Row(String name, int inText, int inArticleText) {}

  private FurnitureCount() {}

  private static Map<String, Pattern> defaults() {
    Map<String, Pattern> p = new LinkedHashMap<>();
    p.put("video player (JUST WATCHED ... MUST WATCH)", Pattern.compile("JUST WATCHED|MUST WATCH"));
    p.put("gallery caption (Hide Caption N of M)", Pattern.compile("Hide Caption \\d+ of \\d+"));
    p.put("link line (More: ...)", Pattern.compile("(?m)^More: "));
    p.put("link line (RELATED: ...)", Pattern.compile("(?m)^RELATED: "));
    p.put("link in a paragraph ((RELATED: ...))", Pattern.compile("\\(RELATED: "));
    p.put("link label (More On This...)", Pattern.compile("(?m)^More On This\\.\\.\\.$"));
    p.put("slideshow (Slideshow (N Images))", Pattern.compile("Slideshow \\(\\d+ Images\\)"));
    p.put("video player (Media playback is unsupported)", Pattern.compile("Media playback is unsupported on your device"));
    p.put("advert slot (Story Continued Below)", Pattern.compile("(?i)^Story Continued Below$|^Continue Reading Below$", Pattern.MULTILINE));
    p.put("prompt (Follow us on / Join us on)", Pattern.compile("(?m)^(?:Follow|Join) us on "));
    p.put("prompt (CLICK TO/FOR ... FOX NEWS APP, Click for more)", Pattern.compile("(?im)^click (?:to get|for more)"));
    p.put("reprint line (Click here for reprint permission)", Pattern.compile("Click here for reprint permission"));
    return p;
  }

  public static List<Row> count(List<CorpusArticle> corpus, Map<String, Pattern> patterns) {
    Segmenter segmenter = new Segmenter();
    int[] inText = new int[patterns.size()];
    int[] inArticleText = new int[patterns.size()];
    List<Pattern> list = new ArrayList<>(patterns.values());
    for (CorpusArticle a : corpus) {
      if (a.title() == null || a.text() == null) {
        continue; // Corpus.article needs both; the corpus has both for every article
      }
      Article article = Corpus.article(a);
      Article segmented = null;
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).matcher(article.text()).find()) {
          continue;
        }
        inText[i]++;
        segmented = segmented != null ? segmented : segmenter.apply(article);
        if (articleTextHolds(segmented, list.get(i))) {
          inArticleText[i]++;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (String name : patterns.keySet()) {
      rows.add(new Row(name, inText[i], inArticleText[i]));
      i++;
    }
    return rows;
  }

  private static boolean articleTextHolds(Article article, Pattern pattern) {
    for (Segment s : article.segments()) {
      if (s.kind().isArticleText() && pattern.matcher(s.span().of(article.text())).find()) {
        return true;
      }
    }
    return false;
  }
}
