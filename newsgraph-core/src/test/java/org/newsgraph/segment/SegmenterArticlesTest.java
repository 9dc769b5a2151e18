package org.newsgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

/**
 * Runs the standard pipeline on the test articles of {@code src/test/resources/articles} and on
 * the two shared examples, and checks the kind of every paragraph and the credit.
 */
class SegmenterArticlesTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  static Stream<String> articles() throws IOException, URISyntaxException {
    Path dir = Path.of(SegmenterArticlesTest.class.getResource("/articles").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
      return names.stream().map(n -> n.substring(0, n.length() - 4));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void segmentsAndCreditAsAnEditorWould(String name) throws Exception {
    Path dir = Path.of(SegmenterArticlesTest.class.getResource("/articles").toURI());
    Article article = analyse(dir.resolve(name + ".txt"));
    Expectation expected = Expectation.read(dir.resolve(name + ".expected"));
    List<String> diffs = expected.differences(article);
    assertTrue(diffs.isEmpty(), () -> name + ":\n  " + String.join("\n  ", diffs) + "\nsegments:\n" + Expectation.describe(article));
    SchemaCheck.assertValid(ArticleJson.toLine(article));
  }

  @Test
  void theArticlesAreBothLanguagesAndEnough() throws Exception {
    List<String> names = articles().toList();
    assertTrue(names.size() >= 24, "at least 24 test articles");
    assertTrue(names.stream().filter(n -> n.startsWith("en-")).count() >= 10, "English articles");
    assertTrue(names.stream().filter(n -> n.startsWith("de-")).count() >= 10, "German articles");
  }

  @Test
  void crlfArticlesKeepTheirLineEndings() throws Exception {
    Path dir = Path.of(SegmenterArticlesTest.class.getResource("/articles").toURI());
    for (String name : articles().filter(n -> n.endsWith("-crlf")).toList()) {
      assertTrue(Files.readString(dir.resolve(name + ".txt")).contains("\r\n"), name + " has CRLF line endings");
    }
  }

  @Test
  void englishExample() throws Exception {
    Article article = analyse(SharedData.require("examples/black-sea-grain-en.txt"));
    assertKinds(article, "headline subtitle lead body teaser body body teaser body subheading body advert credit appendix appendix");
    assertEquals("example-news.de", article.credit().outlet());
    assertEquals(List.of("Jonas Keller", "Lea Brandt"), article.credit().authors());
    assertEquals(List.of("AFP"), article.credit().agencies());
    SchemaCheck.assertValid(ArticleJson.toLine(article));
  }

  @Test
  void germanExample() throws Exception {
    Article article = analyse(SharedData.require("examples/sahel-mission-de.txt"));
    assertKinds(article, "headline subtitle lead body teaser body teaser body advert subheading body credit appendix appendix");
    assertEquals("beispiel-nachrichten.de", article.credit().outlet());
    assertEquals(List.of("Anna Roth", "Felix Wagner"), article.credit().authors());
    assertEquals(List.of("dpa"), article.credit().agencies());
    SchemaCheck.assertValid(ArticleJson.toLine(article));
  }

  private static void assertKinds(Article article, String kinds) {
    List<String> actual = article.segments().stream().map(s -> s.kind().label()).toList();
    assertEquals(List.of(kinds.split(" ")), actual, () -> Expectation.describe(article));
  }

  private static Article analyse(Path file) throws IOException, BadInputException {
    Source source = Source.of(file.getFileName().toString(), Files.readAllBytes(file));
    return PIPELINE.run(new PlainTextReader().read(source).get(0));
  }
}
