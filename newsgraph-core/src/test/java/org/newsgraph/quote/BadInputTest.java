package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Span;

/** Unbalanced marks, a whole article in quotes, huge quotes: no crash, and no quote runs past its paragraph. */
class BadInputTest {
  /** Every part of every quote lies within one paragraph of the article. */
  private static void assertWithinParagraphs(Analyzed a) {
    for (Quote q : a.quotes()) {
      for (Span p : q.parts()) {
        boolean inside = false;
        for (Segment s : a.article.segments()) {
          inside |= s.start() <= p.start() && p.end() <= s.end();
        }
        assertTrue(inside, () -> "a part runs past its paragraph: " + a.describe(q));
      }
    }
  }

  @Test
  void unbalancedMarks() {
    Analyzed a = Analyzed.of(
        "Talks stall again\n\n"
            + "The minister said “we will not sign and then left the room without a word.\n\n"
            + "Officials said the next round was planned for May. \"It is too early,\" an aide said.\n\n"
            + "A stray ” mark and a stray \" mark and « one more should not matter here.\n");
    assertWithinParagraphs(a);
    a.assertQuote("It is too early", true, "an aide", "said");
  }

  @Test
  void aWholeArticleInQuotes() {
    Analyzed a = Analyzed.of(
        "Statement of the port authority\n\n"
            + "“The northern quay is closed until further notice after the storm damaged three mooring posts.\n\n"
            + "“Ferries to the islands will use the southern quay, and delays of up to an hour are expected.\n\n"
            + "“We thank all passengers for their patience.”\n");
    assertWithinParagraphs(a);
    assertEquals(1, a.quotes().size(), a::describe);
    assertEquals(3, a.quotes().get(0).parts().size());
  }

  @Test
  void anArticleThatOpensAQuoteAndNeverClosesIt() {
    Analyzed a = Analyzed.of(
        "Statement of the port authority\n\n"
            + "“The northern quay is closed until further notice after the storm damaged three mooring posts.\n\n"
            + "Ferries to the islands will use the southern quay, and delays of up to an hour are expected.\n\n"
            + "We thank all passengers for their patience, the authority said.”\n");
    assertWithinParagraphs(a);
  }

  @Test
  void aQuoteOfTenThousandCharacters() {
    String words = "the committee will review every claim with care ".repeat(210).strip();
    assertTrue(words.length() >= 10_000);
    String text = "Committee report published\n\nThe chairwoman said: \"" + words + ".\"\n\nShe left without further comment.\n";
    Analyzed a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Analyzed.of(text));
    assertWithinParagraphs(a);
    Quote q = a.containing("review every claim");
    assertTrue(q.span().length() >= 10_000);
    assertEquals("The chairwoman", a.speaker(q));
  }

  @Test
  void tenThousandCharactersOfMarks() {
    String marks = "\"“„»«'‘’ ".repeat(1300);
    Analyzed a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Analyzed.of("Noise\n\n" + marks + "\n\nThe end, he said.\n"));
    assertWithinParagraphs(a);
  }

  @Test
  void emptyAndTinyTexts() {
    for (String t : List.of("", "\"", "“”", "He said.", "„", "x \" y")) {
      Analyzed a = Analyzed.of(t);
      assertWithinParagraphs(a);
    }
  }
}
