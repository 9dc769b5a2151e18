package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;
import org.newsgraph.quote.QuoteMarks.Quoted;

class QuoteMarksTest {
  private static List<Quoted> pair(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    List<Span> spans = new java.util.ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      spans.add(new Span(at, at + p.length()));
      at += p.length() + 2;
    }
    return QuoteMarks.pair(text, spans);
  }

  private static String inner(String text, Quoted q) {
    return q.inner().of(text);
  }

  private static void assertOne(String text, String expected) {
    List<Quoted> q = pair(text);
    assertEquals(1, q.stream().filter(x -> x.depth() == 0).count(), () -> "in " + text + ": " + q);
    assertEquals(expected, inner(text, q.get(0)));
  }

  @Test
  void everyConvention() {
    assertOne("He said \"we will win\" on Monday.", "we will win");
    assertOne("He said “we will win” on Monday.", "we will win");
    assertOne("Er sagte: „Wir werden gewinnen“, am Montag.", "Wir werden gewinnen");
    assertOne("Er sagte: „Wir werden gewinnen”, am Montag.", "Wir werden gewinnen");
    assertOne("Er sagte: »Wir werden gewinnen«, am Montag.", "Wir werden gewinnen");
    assertOne("Il a dit « nous allons gagner » lundi.", " nous allons gagner ");
    assertOne("Er sagte: «Wir werden gewinnen», am Montag.", "Wir werden gewinnen");
    assertOne("He called it ‘a disgrace’ and left.", "a disgrace");
    assertOne("He called it 'a disgrace' and left.", "a disgrace");
    assertOne("He called it ''a disgrace'' and left.", "a disgrace");
  }

  @Test
  void apostrophesAreNotQuotes() {
    String t = "Trump’s aides don't agree, and Sanders’ supporters say the ’90s are over. \"It's Trump's call,\" he said.";
    List<Quoted> q = pair(t);
    assertEquals(1, q.size(), q::toString);
    assertEquals("It's Trump's call,", inner(t, q.get(0)));
  }

  @Test
  void nestedQuotes() {
    String t = "“He told me: ‘Never again,’ and left,” the witness said.";
    List<Quoted> q = pair(t);
    assertEquals(2, q.size(), q::toString);
    assertEquals(0, q.get(0).depth());
    assertEquals("He told me: ‘Never again,’ and left,", inner(t, q.get(0)));
    assertEquals(1, q.get(1).depth());
    assertEquals("Never again,", inner(t, q.get(1)));
  }

  @Test
  void aQuoteRunsOnWhereTheNextParagraphOpensAgain() {
    String a = "“We will rebuild the port.";
    String b = "“Every family will get help,” the mayor said.";
    List<Quoted> q = pair(a, b);
    assertEquals(1, q.size(), q::toString);
    assertEquals(2, q.get(0).parts().size());
  }

  @Test
  void anUnclosedMarkStaysInItsParagraph() {
    List<Quoted> q = pair("He said “we will win and never closed it.", "Next paragraph with “a quote” in it.");
    assertEquals(1, q.size(), q::toString);
    String text = "He said “we will win and never closed it.\n\nNext paragraph with “a quote” in it.";
    assertEquals("a quote", inner(text, q.get(0)));
  }

  @Test
  void aWholeArticleInQuotes() {
    String[] paras = {"“First paragraph of the statement.", "“Second paragraph.", "“Third and last.”"};
    List<Quoted> q = pair(paras);
    assertEquals(1, q.size(), q::toString);
    assertEquals(3, q.get(0).parts().size());
  }

  @Test
  void straightMarksThatDoNotPair() {
    List<Quoted> q = pair("He measured 5\" and said \"fine. The next \" is stray and so is this one\"");
    assertTrue(q.size() <= 2, q::toString);
  }

  @Test
  void aLongQuoteIsFoundQuickly() {
    String body = "word ".repeat(2000).strip();
    String t = "She said: \"" + body + "\" and left.";
    List<Quoted> q = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> pair(t));
    assertEquals(1, q.size());
    assertEquals(body.length(), q.get(0).inner().length());
  }
}
