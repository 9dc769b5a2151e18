package org.newsgraph.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.testing.SharedData;

/** The shared examples: exactly the last paragraph is off topic, the appended background is not. */
class SharedExamplesRelevanceTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  @ParameterizedTest
  @CsvSource({
    "black-sea-grain-en.txt, According to enrichment data",
    "sahel-mission-de.txt, Nach Angaben aus Anreicherungsdaten"
  })
  void exactlyTheLastParagraphIsOffTopic(String file, String background) throws IOException {
    Path path = SharedData.require("examples/" + file);
    Article article = PIPELINE.run(Article.builder(Files.readString(path)).input(file).build());
    List<Segment> segments = article.segments();
    Segment last = segments.get(segments.size() - 1);
    for (Segment s : segments) {
      assertEquals(s == last, s.offTopic(), file + ": " + article.textOf(s) + " relevance " + s.relevance());
    }
    assertEquals(SegmentKind.APPENDIX, last.kind());
    Segment onTopic = segments.stream().filter(s -> article.textOf(s).startsWith(background)).findFirst().orElseThrow();
    assertEquals(SegmentKind.APPENDIX, onTopic.kind());
    assertFalse(onTopic.offTopic());
    assertTrue(onTopic.relevance() > last.relevance());
  }
}
