package org.newsgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class ParagraphsTest {
  private static List<String> paragraphs(String text) {
    return Paragraphs.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void eachLineIsAParagraphWhenTheTextIsNotWrapped() {
    String text =
        "Headline of the story\n"
            + "A subtitle that says more\n"
            + "The lead is one long line that runs on for as long as the writer needed, well past any width a text would be wrapped at, and ends with a full stop.\n"
            + "Short line.\n"
            + "Another long paragraph on a line of its own, again longer than anything a hard-wrapped text would contain on one line of it, so no wrapping here.\n";
    assertEquals(
        List.of(
            "Headline of the story",
            "A subtitle that says more",
            text.split("\n")[2],
            "Short line.",
            text.split("\n")[4]),
        paragraphs(text));
  }

  @Test
  void blankLinesSeparateParagraphsOfUnwrappedText() {
    String text = "Headline\n\n\nFirst paragraph, one line.\n\n   \nSecond paragraph.\n\n";
    assertEquals(List.of("Headline", "First paragraph, one line.", "Second paragraph."), paragraphs(text));
  }

  @Test
  void hardWrappedLinesJoinUpToTheBlankLine() {
    String text =
        "Rail operator fined\n\n"
            + "The regulator has fined the operator 3.1 million pounds\n"
            + "for failing to give passengers accurate information during\n"
            + "the timetable change last May.\n\n"
            + "The company said it had known about the shortage for\n"
            + "weeks and went ahead with the new timetable anyway, the\n"
            + "regulator said.\n\n"
            + "Passengers still waiting\n\n"
            + "Reporting by Sarah Whitlock; Editing by Mark\n"
            + "Pennington\n";
    List<String> p = paragraphs(text);
    assertEquals(5, p.size(), p::toString);
    assertEquals("Rail operator fined", p.get(0));
    assertEquals(
        "The regulator has fined the operator 3.1 million pounds\n"
            + "for failing to give passengers accurate information during\n"
            + "the timetable change last May.",
        p.get(1));
    assertEquals("Passengers still waiting", p.get(3));
    assertEquals("Reporting by Sarah Whitlock; Editing by Mark\nPennington", p.get(4));
  }

  @Test
  void hardWrappedTextWithoutBlankLinesBreaksAfterAShortLastLine() {
    String text =
        "Storm closes ports\n"
            + "Ferries between the islands stayed in port on Monday as winds\n"
            + "of up to 120 kilometres an hour swept across the coast, the\n"
            + "coast guard said.\n"
            + "Forecasters expect the wind to ease by Wednesday, but warned\n"
            + "of high tides along the whole coast until the weekend and of\n"
            + "flooding in low-lying harbours.\n";
    assertEquals(
        List.of(
            "Storm closes ports",
            "Ferries between the islands stayed in port on Monday as winds\nof up to 120 kilometres an hour swept across the coast, the\ncoast guard said.",
            "Forecasters expect the wind to ease by Wednesday, but warned\nof high tides along the whole coast until the weekend and of\nflooding in low-lying harbours."),
        paragraphs(text));
  }

  @Test
  void crlfLineEndingsAreNotPartOfAnyParagraph() {
    String text = "Headline\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n";
    List<Span> spans = Paragraphs.split(text);
    assertEquals(List.of("Headline", "First paragraph.", "Second paragraph."), paragraphs(text));
    assertEquals(new Span(0, 8), spans.get(0));
    assertEquals(new Span(12, 28), spans.get(1));
  }

  @Test
  void hardWrappedCrlfTextJoinsItsLines() {
    String text =
        "Museum returns painting\r\n\r\n"
            + "The state museum is returning a painting by a Romantic painter to\r\n"
            + "the heirs of a Jewish collector, who had to sell it under duress in\r\n"
            + "1938, the museum said.\r\n\r\n"
            + "The heirs agreed to lend the painting for an exhibition next year,\r\n"
            + "after which it will be sold at auction in London, the director said.\r\n";
    List<String> p = paragraphs(text);
    assertEquals(3, p.size(), p::toString);
    assertEquals("Museum returns painting", p.get(0));
    assertEquals(
        "The state museum is returning a painting by a Romantic painter to\r\n"
            + "the heirs of a Jewish collector, who had to sell it under duress in\r\n"
            + "1938, the museum said.",
        p.get(1));
  }

  @Test
  void oldMacLineEndingsAndSurroundingSpaces() {
    String text = "  Headline  \r\rBody text here.\r";
    assertEquals(List.of("Headline", "Body text here."), paragraphs(text));
  }

  @Test
  void emptyAndBlankTextHaveNoParagraphs() {
    assertEquals(List.of(), paragraphs(""));
    assertEquals(List.of(), paragraphs(" \n\r\n\t\n"));
  }

  @Test
  void aLongLastLineEndsTheParagraphWhenTheNextWordWouldHaveFit() {
    String text =
        "Water company fined for sewage spills in two rivers\n"
            + "A water company has been ordered to pay 11 million pounds after it\n"
            + "admitted hundreds of illegal discharges.\n"
            + "Campaigners welcomed the fine but said it was small compared with\n"
            + "the profits of the company over the same period of the year.\n"
            + "The company said it had invested in new storm tanks and would not\n"
            + "appeal.\n";
    List<String> p = paragraphs(text);
    assertEquals(4, p.size(), p::toString);
    assertEquals("Water company fined for sewage spills in two rivers", p.get(0));
    assertEquals("The company said it had invested in new storm tanks and would not\nappeal.", p.get(3));
  }
}
