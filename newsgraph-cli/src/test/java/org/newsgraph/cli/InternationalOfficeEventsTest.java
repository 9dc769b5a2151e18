package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.testing.SchemaCheck;

/**
 * The standard pipeline on invented sentences: the head of an international organisation acts for
 * the organisation on the days of the office (leader-terms.tsv), for the state before it.
 */
class InternationalOfficeEventsTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static List<String> events(String language, String date, String text) {
    Article a = PIPELINE.run(Article.builder(text).language(language).published(date).build());
    SchemaCheck.assertValid(ArticleJson.toLine(a));
    return a.events().stream().map(e -> e.source() + " " + e.target() + " " + e.code()).toList();
  }

  @Test
  void theSecretaryGeneralActsForNato() {
    assertEquals(List.of("IGOWSTNAT RUS 111"),
        events("en", "2018-06-01", "NATO Secretary-General Jens Stoltenberg criticized Russia."));
    assertEquals(List.of("NORGOV RUS 111"), events("en", "2010-06-01", "Jens Stoltenberg criticized Russia."));
  }

  @Test
  void aTitleAloneActsForItsOrganisation() {
    assertEquals(List.of("IGOUNO RUS 111"), events("en", "2018-06-01", "The UN secretary-general criticized Russia."));
  }
}
