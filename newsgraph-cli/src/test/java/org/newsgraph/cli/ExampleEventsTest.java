package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Factuality;
import org.newsgraph.model.Segment;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.testing.SchemaCheck;
import org.newsgraph.testing.SharedData;

/**
 * The standard pipeline codes the events of the shared examples: the appeal, the rejection and the
 * accusation that the articles report, and nothing from headlines, teasers, adverts, credit lines
 * or appended text.
 */
class ExampleEventsTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static Article analyse(String example) throws Exception {
    Path file = SharedData.require("examples/" + example);
    Article a = PIPELINE.run(new PlainTextReader().read(Source.file(file, Source.DEFAULT_MAX_BYTES)).get(0));
    JsonNode doc = SchemaCheck.assertValid(ArticleJson.toLine(a));
    assertTrue(doc.get("events").size() > 0, "events[] is written");
    return a;
  }

  private static List<String> lines(Article a) {
    List<String> out = new ArrayList<>();
    for (Event e : a.events()) {
      out.add(e.source() + " " + e.target() + " " + e.code() + " " + e.factuality().label() + " " + a.textOf(e.cue()));
    }
    return out;
  }

  private static void assertHas(Article a, String source, String target, String root, String cue) {
    List<String> lines = lines(a);
    boolean found = a.events().stream().anyMatch(e -> e.source().equals(source)
        && (target == null ? e.target() == null : target.equals(e.target()))
        && e.rootCode().equals(root) && e.factuality() == Factuality.ASSERTED && a.textOf(e.cue()).equals(cue));
    assertTrue(found, source + " " + target + " " + root + " (" + cue + ") asserted among " + lines);
  }

  private static void assertOnlyFromArticleText(Article a) {
    for (Event e : a.events()) {
      Segment s = a.segments().stream().filter(g -> g.start() <= e.start() && e.end() <= g.end()).findFirst().orElseThrow();
      assertTrue(s.kind().isArticleText(), "event from a " + s.kind() + " segment: " + a.textOf(e.span()));
    }
  }

  @Test
  void english() throws Exception {
    Article a = analyse("black-sea-grain-en.txt");
    assertHas(a, "UKR", "TUR", "02", "asked");
    assertHas(a, "RUS", null, "12", "rejected");
    assertHas(a, "RUSGOV", null, "11", "called");
    assertOnlyFromArticleText(a);
    // the appended background ("... after Russia withdrew from it") and the teasers code nothing
    assertTrue(a.events().stream().noneMatch(e -> a.textOf(e.span()).contains("withdrew") || a.textOf(e.span()).contains("Quiz")), lines(a).toString());
  }

  @Test
  void german() throws Exception {
    Article a = analyse("sahel-mission-de.txt");
    assertHas(a, "NER", "FRA", "02", "gebeten");
    assertHas(a, "RUSGOV", null, "12", "weist");
    assertOnlyFromArticleText(a);
    assertTrue(a.events().stream().noneMatch(e -> a.textOf(e.span()).contains("Barkhane")), lines(a).toString());
  }
}
