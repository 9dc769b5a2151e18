package org.newsgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.model.Span;

/** Single rules of the segmenter; the test articles check them together. */
class SegmenterTest {
  private final Segmenter segmenter = new Segmenter();

  private String kinds(String language, String... lines) {
    Article a = segmenter.apply(Article.builder(String.join("\n", lines)).language(language).build());
    return String.join(" ", a.segments().stream().map(s -> s.kind().label()).toList());
  }

  @Test
  void aPictureCreditEarlyOnDoesNotEndTheArticle() {
    assertEquals(
        "headline lead credit body body body",
        kinds(
            "en",
            "Harbour reopens after storm",
            "The harbour reopened on Monday after three days of closure, the port authority said.",
            "(Thomas Peter/Reuters)",
            "Ferries resumed their normal timetable in the afternoon, and the first cargo ship of the week berthed shortly after six in the evening, ahead of a backlog of eleven vessels.",
            "Port workers spent the weekend clearing debris from the quays and checking the cranes for damage, which the authority said had been slight across all three terminals.",
            "Fishermen, who had kept their boats in the inner basin during the storm, said they would go out again on Tuesday if the forecast held."));
  }

  @Test
  void aCreditLineAfterTheTextEndsTheArticle() {
    assertEquals(
        "headline lead body credit appendix",
        kinds(
            "de",
            "Hafen wieder geöffnet",
            "Der Hafen ist nach drei Tagen Sperrung wieder geöffnet worden, teilte die Hafenbehörde am Montag mit.",
            "Die Fähren fahren seit dem Nachmittag wieder nach dem regulären Fahrplan.",
            "(dpa)",
            "Der Hafen gehört zu den größten an der Ostseeküste."));
  }

  @Test
  void copyrightAndContributorLinesAreCreditAndASentenceAboutContributionsIsText() {
    assertEquals(
        "headline lead body body credit credit",
        kinds(
            "en",
            "Harbour reopens after storm",
            "The harbour reopened on Monday after three days of closure, the port authority said.",
            "Higher fuel prices contributed to the backlog, shipping agents said, and the cost of the photo shoot was borne by the port.",
            "Ferries resumed their normal timetable in the afternoon, and the first cargo ship of the week berthed shortly after six.",
            "Harbour Post' Ann Lee and The Associated Press contributed to this report.",
            "Copyright © 2024 The Harbour Post, LLC. Click here for reprint permission."));
  }

  @Test
  void aPictureCreditBeforeALineOfContributorsEndsNothing() {
    // without the contributors' line, less text follows the picture credit than precedes it
    assertEquals(
        "headline lead body credit body body credit",
        kinds(
            "en",
            "Harbour reopens after storm",
            "The harbour reopened on Monday after three days of closure, the port authority said on its website in the morning.",
            "Ferries resumed their normal timetable in the afternoon, and the first cargo ship of the week berthed shortly after six in the evening, ahead of a backlog of eleven vessels.",
            "Thomas Peter/Reuters",
            "Port workers spent the weekend clearing debris from the quays and checking the cranes for damage.",
            "Fishermen said they would go out again on Tuesday if the forecast held.",
            "Ann Lee contributed to this report."));
  }

  @Test
  void aBylineUnderAHeadingSignsASectionOfTheArticle() {
    String[] lines = {
      "Pressure grows on the port authority",
      "The port authority faces growing pressure to explain why the harbour stayed closed for three days after the storm had passed.",
      "Ferry operators said they lost more than a million euros in fares and that nobody told them when the quays would reopen.",
      "The authority said safety checks on the cranes had taken longer than planned, and that it would publish a report next month.",
      "Questions the authority must answer",
      "By Jane Doe, Harbour Post",
      "The authority's explanation leaves much open: the cranes were checked within a day, according to the workers who checked them.",
      "What happens next?",
      "The city council will hear the authority's chief on Thursday, and the ferry operators want compensation."
    };
    assertEquals("headline lead body body subheading credit body subheading body", kinds("en", lines));
    // the same byline after the text signs it, and what follows is appended
    assertEquals(
        "headline lead body body credit appendix",
        kinds("en", lines[0], lines[1], lines[2], lines[3], lines[5], lines[6]));
  }

  @Test
  void aRelatedLinkThatEndsAParagraphIsATeaserAndTheRestOfTheParagraphStaysText() {
    String text = String.join(
        "\n",
        "Harbour reopens after storm",
        "The harbour reopened on Monday after three days of closure, the port authority said.",
        "Ferries resumed their normal timetable in the afternoon. (RELATED: Storm Closes Ports Along The Coast (Video))",
        "Fishermen said they would go out again on Tuesday (related to the forecast) if the weather held.",
        "The port authority will publish its report on the closure next month. (RELATED: Port Chief Says Cranes Were",
        "(RELATED: Ferry Operators Want Compensation)");
    Article a = segmenter.apply(Article.builder(text).language("en").build());
    assertEquals(
        List.of(
            "headline|Harbour reopens after storm",
            "lead|The harbour reopened on Monday after three days of closure, the port authority said.",
            "body|Ferries resumed their normal timetable in the afternoon.",
            "teaser|(RELATED: Storm Closes Ports Along The Coast (Video))",
            "body|Fishermen said they would go out again on Tuesday (related to the forecast) if the weather held.",
            "body|The port authority will publish its report on the closure next month.",
            "teaser|(RELATED: Port Chief Says Cranes Were",
            "teaser|(RELATED: Ferry Operators Want Compensation)"),
        a.segments().stream().map(s -> s.kind().label() + "|" + a.textOf(s)).toList());
    assertEquals(
        "The harbour reopened on Monday after three days of closure, the port authority said.\n\n"
            + "Ferries resumed their normal timetable in the afternoon.\n\n"
            + "Fishermen said they would go out again on Tuesday (related to the forecast) if the weather held.\n\n"
            + "The port authority will publish its report on the closure next month.",
        a.body());
  }

  @Test
  void placeholderLinesAreFurnitureButTheWordsInASentenceAreText() {
    assertEquals(
        "headline lead teaser body advert body teaser body",
        kinds(
            "en",
            "Harbour reopens after storm",
            "The harbour reopened on Monday after three days of closure, the port authority said.",
            "Photo",
            "A photo of the damaged quay, posted by the port authority, was shared widely on YouTube and in an AD campaign for the ferries.",
            "AD",
            "Ferries resumed their normal timetable in the afternoon, and the first cargo ship berthed after six.",
            "YouTube",
            "Fishermen said they would go out again on Tuesday if the forecast held."));
  }

  @Test
  void aGalleryPrintedCaptionByCaptionIsATeaserButOneRepeatedParagraphIsNot() {
    String first = "Workers clear debris from the quay on Sunday. \"We started at dawn,\" one of them said.";
    String second = "A ferry waits outside the harbour on Saturday as the storm passes.";
    String repeated = "Ferries resumed their normal timetable in the afternoon, the operator said.";
    assertEquals(
        "headline lead teaser teaser teaser teaser body body body",
        kinds(
            "en",
            "Harbour reopens after storm",
            "The harbour reopened on Monday after three days of closure, the port authority said.",
            first, first, second, second,
            "Fishermen said they would go out again on Tuesday if the forecast held.",
            repeated, repeated));
    assertEquals(
        "headline lead body body body body body",
        kinds(
            "en",
            "Harbour reopens after storm",
            "The harbour reopened on Monday after three days of closure, the port authority said.",
            repeated, repeated, repeated, repeated, repeated));
  }

  @Test
  void aSentenceThatLeadsIntoAListIsText() {
    assertEquals(
        "headline lead body body",
        kinds(
            "en",
            "Council sets out its budget",
            "The council published its budget for next year on Tuesday, with cuts in three departments.",
            "The main changes, according to the finance committee, are the following three:",
            "Libraries lose two mobile vans, parks lose a ranger post and the youth service closes one of its four centres."));
  }

  @Test
  void aWordOfPromotionsInsideAQuestionIsNoAdvert() {
    assertEquals(
        "headline lead subheading body",
        kinds(
            "de",
            "Die Wahl im Norden",
            "Die Partei liegt in den Umfragen zwei Wochen vor der Wahl deutlich hinter der Konkurrenz.",
            "Kann die Partei die Wahl noch gewinnen?",
            "Die Parteiführung setzt auf die letzten Tage und auf die Briefwähler."));
  }

  @Test
  void timestampsHeadLiveBlogEntriesEvenRightUnderTheHeadline() {
    assertEquals(
        "headline subheading lead subheading body",
        kinds(
            "en",
            "Election night as it happened",
            "22:40 BST",
            "The first result is in from Sunderland, where the turnout was lower than five years ago.",
            "22:15 BST",
            "Polls have closed and the counting has started in all constituencies."));
  }

  @Test
  void aVideoPlayerIsATeaserAndTheSubheadingAboveItStays() {
    assertEquals(
        "headline lead subheading teaser teaser body",
        kinds(
            "en",
            "Ministers meet on border crossings",
            "Ministers from both countries met on Tuesday to discuss reopening two border crossings that were closed in March.",
            "Talks in the capital",
            "JUST WATCHED 'We will not back down,' minister says Replay More Videos ... MUST WATCH 'We will not back down,' minister says 02:14",
            "JUST WATCHED 2019: Crossings close after clashes Replay More Videos ... MUST WATCH 2019: Crossings close after clashes 01:05",
            "The talks are to continue next week, a spokeswoman for the foreign ministry said, without giving a date."));
  }

  @Test
  void aPhotoGalleryIsATeaserHoweverLongItsCaptionsRun() {
    String captions =
        "Photos: Floods in the north Rescue workers carry residents to safety after the river burst its banks on Sunday, March 3."
            + " Hide Caption 1 of 3 Photos: Floods in the north A man wades through the flooded main street of the town, where water"
            + " reached the first floor of many houses overnight and the power failed for several hours. Hide Caption 2 of 3"
            + " Photos: Floods in the north Volunteers fill sandbags at the fire station on Monday morning. Hide Caption 3 of 3";
    String runOn = "Residents said the water rose faster than in any flood they remembered. Hide Caption 2 of 9 Photos: Floods in the north";
    assertEquals(
        "headline lead teaser teaser body",
        kinds(
            "en",
            "Floods force thousands from their homes",
            "Thousands of people left their homes in the north of the country after days of heavy rain, the authorities said on Monday.",
            captions,
            runOn,
            "The weather service expects more rain on Wednesday and has warned of further flooding along the river."));
  }

  @Test
  void aPictureCaptionKnownByItsCreditIsATeaser() {
    assertEquals(
        "headline lead teaser teaser body teaser body",
        kinds(
            "en",
            "Leaders agree on fishing quotas",
            "The leaders of Portugal and Norway agreed on Monday to share the fishing quotas of the North Atlantic for five more years.",
            "President Ana Ruiz meets Prime Minister Tomas Berg in Lisbon on Monday, March 2. (AP Photo/Jane Roe)",
            "Image copyright Getty Images Image caption Fishing boats in the harbour of Bergen",
            "The agreement still needs the approval of both parliaments, which are expected to vote on it before the summer.",
            "Ministers sign the agreement in Lisbon. | Jane Roe/AP Photo world news Fishermen welcome quota deal",
            "Fishermen on both sides welcomed the deal, which ends two years of uncertainty about their catches."));
  }

  @Test
  void aParagraphThatMentionsAPhotoOrAnAgencyPollIsText() {
    assertEquals(
        "headline lead body body",
        kinds(
            "en",
            "Leaders agree on fishing quotas",
            "The leaders of Portugal and Norway agreed on Monday to share the fishing quotas of the North Atlantic for five more years.",
            "The ministry released a photo of the two leaders, which an AP photographer had taken at the harbour on Sunday.",
            "A Reuters/Ipsos poll released on Tuesday found that most Norwegians backed the agreement."));
  }

  @Test
  void aCaptionAVideoTitleOrALinkTitleIsATeaserEvenAlone() {
    // the event tuning sets analyse each sentence as a one-paragraph article: such a line has no article text
    assertEquals("teaser", kinds("en", "Hide Caption 7 of 30 Photos: Putin meets Erdogan in Sochi on Tuesday, October 22, 2019."));
    assertEquals("teaser", kinds("en", "President Donald Trump meets with Chinese President Xi Jinping in Osaka, Japan (AP Photo/Jane Roe)."));
    assertEquals("teaser", kinds("en", "JUST WATCHED Denmark warns Russia against attack Replay More Videos ..."));
    assertEquals("teaser", kinds("en", "Putin meets with Erdogan in Moscow amid tensions over Syria Read more"));
    assertEquals("lead", kinds("en", "Putin met with Erdogan in Moscow amid tensions over Syria."));
  }

  @Test
  void aLinkTitleThatEndsInReadMoreIsATeaserButALongParagraphIsText() {
    assertEquals(
        "headline lead teaser body body",
        kinds(
            "en",
            "Leaders agree on fishing quotas",
            "The leaders of Portugal and Norway agreed on Monday to share the fishing quotas of the North Atlantic for five more years.",
            "Norway's fishermen fear for their catch as talks with the EU drag on Read more",
            "The agreement still needs the approval of both parliaments, which are expected to vote on it before the summer.",
            "In a column for the Lisbon daily, a former minister explains why he thinks the deal will not last beyond"
                + " the next election and what the fishermen of both countries should ask of their governments. Read more"));
  }

  @Test
  void aMoreLinkIsATeaserButASentenceThatStartsWithMoreIsText() {
    assertEquals(
        "headline lead teaser teaser body teaser",
        kinds(
            "en",
            "Port strike enters second week",
            "Dock workers at the country's largest port extended their strike into a second week on Monday, the union said.",
            "More: Ministers agree to meet union leaders on pay",
            "More:Shipping lines divert cargo to neighbouring ports",
            "More ships are expected to divert to other ports if the strike goes on, according to the port authority.",
            "More On This..."));
  }

  @Test
  void promptsToReadOnOrFollowThePageAreAdverts() {
    assertEquals(
        "headline lead advert body advert advert",
        kinds(
            "en",
            "Senate passes budget bill",
            "The Senate passed the budget bill late on Thursday after a debate that lasted more than eleven hours.",
            "Story Continued Below",
            "The bill now goes to the House, where leaders said they would bring it to a vote next week.",
            "Follow us on Twitter @ExampleNews.",
            "CLICK TO GET THE EXAMPLE NEWS APP"));
  }

  @Test
  void germanGalleriesLinksAndPromptsAreFurnitureToo() {
    assertEquals(
        "headline lead teaser teaser body advert",
        kinds(
            "de",
            "Hochwasser im Norden",
            "Tausende Menschen haben im Norden des Landes nach tagelangem Regen ihre Häuser verlassen müssen.",
            "Helfer füllen am Montagmorgen Sandsäcke vor der Feuerwache. Bild 3 von 12",
            "Mehr zum Thema: Wie sich Städte gegen Hochwasser schützen",
            "Der Wetterdienst erwartet für Mittwoch weiteren Regen und warnt vor neuen Überschwemmungen.",
            "Folgen Sie uns auf Twitter und Facebook"));
  }

  @Test
  void anArticleThatAReaderSegmentedPassesUnchanged() {
    Article a =
        Article.builder("Headline\nText.")
            .segments(List.of(new Segment(SegmentKind.HEADLINE, new Span(0, 8)), new Segment(SegmentKind.BODY, new Span(9, 14))))
            .build();
    assertSame(a, segmenter.apply(a));
  }
}
