package org.newsgraph.eval.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.model.Article;
import org.newsgraph.segment.Segmenter;

/**
 * How much page furniture the segmenter leaves in the article text of a corpus: for each pattern,
 * the articles whose text holds it at all, and those whose article text (lead, body and
 * subheading segments, a blank line between, as {@link Article#body()} joins them) still holds it
 * after segmentation. A pattern may span paragraphs: "a caption twice in a row".
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
    p.put("agency credit (The Associated Press contributed to this report.)",
        Pattern.compile("(?m)^The Associated Press contributed to this report\\.$"));
    p.put("contributor line (... contributed to this report/story/article, contributed reporting)",
        Pattern.compile("(?m)\\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\\.?$"));
    p.put("reporting line (Reporting by, Additional reporting by, Editing by)",
        Pattern.compile("(?m)^(?:Additional reporting|Reporting|Writing|Editing) by "));
    p.put("placeholder line (Photo)", Pattern.compile("(?m)^Photo$"));
    p.put("placeholder line (AD)", Pattern.compile("(?m)^AD$"));
    p.put("placeholder line (YouTube)", Pattern.compile("(?m)^YouTube$"));
    p.put("placeholder line (Advertisement)", Pattern.compile("(?m)^Advertisement$"));
    p.put("gallery line by line (two captions, each twice in a row)",
        Pattern.compile("(?m)^([^\\n]{20,})\\n\\s*\\1\\n\\s*([^\\n]{20,})\\n\\s*\\2$"));
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
        if (list.get(i).matcher(segmented.body()).find()) {
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
}
