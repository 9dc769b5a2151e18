package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.testing.SharedData;

/** The example articles in ../shared/examples: every quote with its speaker, and none from a teaser. */
class ExampleArticlesTest {
  private static Analyzed read(String name) throws IOException {
    return Analyzed.of(Files.readString(SharedData.require("examples/" + name), StandardCharsets.UTF_8));
  }

  private static void assertOnlyArticleText(Analyzed a) {
    for (Quote q : a.quotes()) {
      for (Segment s : a.article.segments()) {
        boolean overlaps = s.start() < q.end() && q.start() < s.end();
        if (overlaps) {
          assertTrue(s.kind().isArticleText(), () -> "quote in a " + s.kind().label() + " segment: " + a.describe(q));
        }
      }
    }
  }

  @Test
  void english() throws IOException {
    Analyzed a = read("black-sea-grain-en.txt");
    a.assertQuote("Ukraine has asked Turkey for naval escorts", false, "two diplomats familiar with the request", "according to");
    Quote yalcin = a.assertQuote("will not let the Black Sea become a second front", false, "Emre Yalcin", "said");
    assertTrue(a.text(yalcin).contains("the consent of every coastal state"));
    a.assertQuote("a provocation dressed up as mediation", false, "Arkady Volkov", "called");
    Quote moscow = a.assertQuote("would treat armed convoys as a threat", false, "he", "said");
    assertEquals("Arkady Volkov", a.antecedent(moscow));
    assertEquals(2, moscow.parts().size(), "Moscow, he said, would ...: the cue clause interrupts the content");
    a.assertQuote("Ankara wants to be seen as the indispensable broker", false, "Selin Aksoy", "told");
    a.assertQuote("Erdogan gains from talking to both sides", true, "Aksoy", "said");
    a.assertQuote("Brussels has pledged 50 million euros", false, "a spokeswoman", "said");
    assertOnlyArticleText(a);
    assertFalse(a.quotes().stream().anyMatch(q -> a.text(q).contains("Insurance, Not Warships")), "a teaser's quote");
  }

  @Test
  void german() throws IOException {
    Analyzed a = read("sahel-mission-de.txt");
    assertEquals("de", a.article.language());
    a.assertQuote("Niger hat Frankreich um Aufklärungsdrohnen", false, "Regierungskreisen", "heißt es");
    Quote sprecherin = a.assertQuote("keine Entscheidung über die Köpfe der Partner hinweg treffen", false, "Eine Sprecherin", "sagte");
    assertTrue(a.text(sprecherin).startsWith("Frankreich werde"));
    a.assertQuote("Paris stehe vor einer Wahl", false, "Karim Diallo", "sagte");
    a.assertQuote("Wer zu lange zögert, wird nicht mehr gefragt.", true, "Karim Diallo", "sagte");
    a.assertQuote("es unterstütze Putschisten", false, "Moskau", null);
    a.assertQuote("einer Verschärfung der humanitären Lage", false, "Die Vereinten Nationen", "warnten vor");
    a.assertQuote("Mehr als zwei Millionen Menschen seien auf Hilfe angewiesen", false, "Die Vereinten Nationen", "seien");
    assertOnlyArticleText(a);
    assertFalse(a.quotes().stream().anyMatch(q -> a.text(q).contains("Die Söldner sind schneller")), "a teaser's quote");
    for (Segment s : a.article.segments(SegmentKind.TEASER)) {
      assertFalse(a.quotes().stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end()));
    }
  }
}
