package org.newsgraph.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;

class OverlapRelevanceTest {
  private static final String PORT_STRIKE =
      """
      Rotterdam dockworkers strike over automated cranes
      Dockworkers at the port of Rotterdam walked out on Tuesday, halting container traffic at \
      Europe's largest port. The union says the new automated cranes will cost hundreds of jobs.
      The strike stranded more than forty container ships outside the harbour. Shipping lines \
      warned that cargo bound for Germany and Belgium would be diverted to Antwerp and Hamburg.
      Port management offered to retrain dockworkers as crane technicians, but the union rejected \
      the offer as too vague and called for a guarantee that no jobs would be lost.
      Talks between the union and the port authority are due to resume on Friday.
      """;

  /** Background that belongs: the same port, the same union, an earlier strike. */
  private static final String PORT_BACKGROUND =
      "Rotterdam's dockworkers last struck in 2016, when the union won a guarantee against job cuts "
          + "from automation at the port's container terminals that ran until this year.";

  /** Shares one keyword, "container", and nothing else. */
  private static final String KEYWORD_ONLY =
      "Households will need a separate container for glass and paper from next spring, the "
          + "municipal waste department announced, and collection fees for residual waste will rise.";

  private static final String FLOOD =
      """
      Hochwasser an der Donau: Passau bereitet sich auf den Scheitel vor
      Der Pegel der Donau in Passau ist über Nacht auf mehr als neun Meter gestiegen. Die Stadt hat \
      die Altstadt gesperrt und Anwohner aufgefordert, ihre Keller zu räumen.
      Feuerwehr und Technisches Hilfswerk errichten Dämme aus Sandsäcken entlang des Ufers. Auch \
      der Inn führt Hochwasser, der Scheitel wird für Donnerstag erwartet.
      Der Landrat warnte, das Hochwasser könne die Marke von 2013 erreichen. Schulen in der \
      Altstadt bleiben geschlossen.
      """;

  private static final String FLOOD_BACKGROUND =
      "Beim Hochwasser im Juni 2013 erreichte der Pegel der Donau in Passau 12,89 Meter, den "
          + "höchsten Stand seit dem Mittelalter; die Altstadt stand tagelang unter Wasser.";

  /** Shares one keyword, "Schulen", and nothing else. */
  private static final String SCHOOLS =
      "Die Schulen in Bayern sollen im kommenden Schuljahr mehr Lehrkräfte für Informatik "
          + "bekommen; das Kultusministerium plant dafür zusätzliche Stellen und neue Lehrpläne.";

  @Test
  void backgroundOnTheSameStoryBelongsInEnglish() {
    double belongs = OverlapRelevance.score(PORT_BACKGROUND, PORT_STRIKE, "en");
    double keyword = OverlapRelevance.score(KEYWORD_ONLY, PORT_STRIKE, "en");
    assertTrue(belongs >= OverlapRelevance.DEFAULT_THRESHOLD, "belongs: " + belongs);
    assertTrue(keyword < OverlapRelevance.DEFAULT_THRESHOLD, "keyword only: " + keyword);
    assertTrue(keyword > 0, "the keyword is shared: " + keyword);
  }

  @Test
  void backgroundOnTheSameStoryBelongsInGerman() {
    double belongs = OverlapRelevance.score(FLOOD_BACKGROUND, FLOOD, "de");
    double keyword = OverlapRelevance.score(SCHOOLS, FLOOD, "de");
    assertTrue(belongs >= OverlapRelevance.DEFAULT_THRESHOLD, "belongs: " + belongs);
    assertTrue(keyword < OverlapRelevance.DEFAULT_THRESHOLD, "keyword only: " + keyword);
    assertTrue(keyword > 0, "the keyword is shared: " + keyword);
  }

  @Test
  void scoresRunFromZeroToOne() {
    assertEquals(1.0, OverlapRelevance.score(PORT_BACKGROUND, PORT_BACKGROUND, "en"));
    assertEquals(0.0, OverlapRelevance.score("Quarterly dividends of mining firms rose sharply.", PORT_STRIKE, "en"));
    assertEquals(0.0, OverlapRelevance.score("", PORT_STRIKE, "en"));
    assertEquals(0.0, OverlapRelevance.score(PORT_BACKGROUND, "", "en"));
  }

  @Test
  void onlyAppendedParagraphsOfSomeLengthAreJudged() {
    String text = PORT_STRIKE + "Source: example.org, Jane Doe\n" + PORT_BACKGROUND + "\n" + KEYWORD_ONLY
        + "\nRecycling rules change.\n";
    List<String> lines = text.lines().toList();
    Article article = Article.builder(text).language("en").segments(segments(text, lines)).build();
    List<Segment> scored = new OverlapRelevance().apply(article).segments();
    assertEquals(lines.size(), scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Segment s = scored.get(i);
      assertTrue(s.relevance() != null && s.relevance() >= 0 && s.relevance() <= 1, s.toString());
      // Only the keyword-only paragraph is flagged; the last line is too short to judge.
      assertEquals(i == scored.size() - 2, s.offTopic(), i + ": " + lines.get(i) + " " + s.relevance());
    }
  }

  @Test
  void aThresholdOfZeroFlagsNothing() {
    String text = PORT_STRIKE + "Source: example.org\n" + KEYWORD_ONLY + "\n";
    Article article = Article.builder(text).language("en").segments(segments(text, text.lines().toList())).build();
    assertFalse(new OverlapRelevance(0).apply(article).segments().stream().anyMatch(Segment::offTopic));
  }

  /** One segment a line: headline, lead, body up to a "Source:" line, then credit and appendix. */
  private static List<Segment> segments(String text, List<String> lines) {
    List<Segment> segments = new java.util.ArrayList<>();
    int offset = 0;
    boolean after = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int start = text.indexOf(line, offset);
      SegmentKind kind;
      if (line.startsWith("Source:")) {
        kind = SegmentKind.CREDIT;
        after = true;
      } else if (after) {
        kind = SegmentKind.APPENDIX;
      } else {
        kind = i == 0 ? SegmentKind.HEADLINE : i == 1 ? SegmentKind.LEAD : SegmentKind.BODY;
      }
      segments.add(new Segment(kind, new Span(start, start + line.length())));
      offset = start + line.length();
    }
    return segments;
  }
}
