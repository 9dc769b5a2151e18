package org.newsgraph.eval.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.CorpusArticle;

class FurnitureCountTest {
  private static CorpusArticle article(String id, String text) {
    return new CorpusArticle(id, null, null, null, null, null, "Ministers meet on border crossings", null, text);
  }

  @Test
  void countsArticlesThatHoldAPatternAndThoseWhoseArticleTextStillHoldsIt() {
    String lead = "Ministers from both countries met on Tuesday to discuss reopening two border crossings that were closed in March.";
    List<CorpusArticle> corpus = List.of(
        article("player", lead + "\nJUST WATCHED Talks resume Replay More Videos ... MUST WATCH Talks resume 02:14\n"
            + "The talks are to continue next week, a spokeswoman for the foreign ministry said."),
        article("quoted", lead + "\nOne official called the talks a must watch for the region, in a statement on Tuesday."),
        article("none", lead));
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    patterns.put("player", Pattern.compile("JUST WATCHED|MUST WATCH"));
    patterns.put("must watch", Pattern.compile("(?i)must watch"));
    List<FurnitureCount.Row> rows = FurnitureCount.count(corpus, patterns);
    assertEquals(List.of(new FurnitureCount.Row("player", 1, 0), new FurnitureCount.Row("must watch", 2, 1)), rows);
  }

  @Test
  void aPatternMaySpanParagraphsOfTheArticleText() {
    String lead = "Ministers from both countries met on Tuesday to discuss reopening two border crossings that were closed in March.";
    String caption = "Trucks wait at the northern crossing on Monday, the fourth day of the closure.";
    String other = "A customs officer checks papers at the southern crossing on Sunday evening.";
    String next = "The talks are to continue next week, a spokeswoman for the foreign ministry said.";
    List<CorpusArticle> corpus = List.of(
        article("gallery", String.join("\n\n", lead, caption, caption, other, other, next)),
        article("two paragraphs", String.join("\n\n", lead, next)));
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    patterns.put("gallery", FurnitureCount.DEFAULT_PATTERNS.get("gallery line by line (two captions, each twice in a row)"));
    patterns.put("lead then next", Pattern.compile("closed in March\\.\\n\\nThe talks"));
    assertEquals(
        List.of(new FurnitureCount.Row("gallery", 1, 0), new FurnitureCount.Row("lead then next", 1, 1)),
        FurnitureCount.count(corpus, patterns));
  }
}
