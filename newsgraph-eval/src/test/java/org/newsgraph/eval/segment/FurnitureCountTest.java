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
}
