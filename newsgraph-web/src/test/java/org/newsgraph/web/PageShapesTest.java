package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.web.ArticleChecks.bodyHas;
import static org.newsgraph.web.ArticleChecks.bodyLacks;
import static org.newsgraph.web.ArticleChecks.kindOf;
import static org.newsgraph.web.ArticleChecks.wellFormed;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.SegmentKind;

/** Shapes of pages that mislead simpler extractors, each in a page built here. */
class PageShapesTest {
  private static final String[] STORY = {
    "The city council approved a new budget on Monday after a long debate about the cost of public transport and the future of the old tram depot.",
    "Mayor Anna Keller said the compromise would keep fares stable for two more years while the city looks for a partner to run the depot as a museum.",
    "Opposition members criticised the plan, arguing that it postpones necessary repairs to the tracks and will cost taxpayers more in the long run.",
    "The budget now goes to the regional government, which has six weeks to object. Officials expect it to take effect at the start of March."
  };
  private static final String[] COMMENTS = {
    "I have lived in the harbour district for thirty years and the depot has been empty for most of that time. Turning it into a museum sounds nice, but who pays for the staff?",
    "Stable fares are good news for students like me. I take the tram every day to the university and any increase would have hurt. Thank you to the council for listening.",
    "The tracks on the northern line are in terrible condition already. Postponing the repairs again is irresponsible, and the next council will have to pay twice as much."
  };

  private static String paragraphs(String... texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append("<p>").append(t).append("</p>");
    }
    return sb.toString();
  }

  private static Article read(String html) {
    return Pages.read("page.html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void commentsWithoutTellingClassNames() {
    StringBuilder html = new StringBuilder("<html><body><div id='wrap'><h1>Council approves budget</h1>");
    html.append(paragraphs(STORY)).append("<h3>42 Reader comments</h3>");
    for (int i = 0; i < COMMENTS.length; i++) {
      html.append("<div id='c").append(i).append("'><b>User").append(i).append("</b> <span>2 hours ago</span><p>")
          .append(COMMENTS[i]).append("</p><a href='#'>Reply</a></div>");
    }
    Article a = read(html.append("</div></body></html>").toString());
    wellFormed(a);
    bodyHas(a, STORY);
    bodyLacks(a, "Reader comments", "User0", "harbour district for thirty years", "students like me", "northern line");
  }

  @Test
  void nextStoryLoadedBelowTheFirst() {
    String html = "<html><head><meta property='og:title' content='Council approves budget'></head><body><main>"
        + "<article><h1>Council approves budget</h1>" + paragraphs(STORY) + "</article>"
        + "<article><h1>Snow closes mountain pass again</h1>"
        + paragraphs(
            "Heavy snow closed the mountain pass for the third time this winter, stranding dozens of lorries at the border overnight.",
            "Road crews worked through the night to clear the drifts, but the police said the road would stay closed for now.",
            "Drivers were offered hot drinks and blankets at a sports hall in the valley, where volunteers set up camp beds.")
        + "</article></main></body></html>";
    Article a = read(html);
    wellFormed(a);
    bodyHas(a, STORY);
    bodyLacks(a, "Snow closes", "Heavy snow", "Road crews", "hot drinks");
  }

  @Test
  void teaserCardsWithSummariesInsideTheArticle() {
    String html = "<html><body><div class='post'><h1>Council approves budget</h1>" + paragraphs(STORY)
        + "<h3><a href='/a'>Tram fares: what changes in March</a></h3><p>A short guide to the new tickets.</p>"
        + "<h3><a href='/b'>The depot's long history</a></h3><p>Built in 1902, closed in 1987.</p>"
        + "<h3><a href='/c'>Harbour district plans unveiled</a></h3><p>Architects show their ideas.</p>"
        + "</div></body></html>";
    Article a = read(html);
    bodyHas(a, STORY);
    bodyLacks(a, "Tram fares", "short guide", "Built in 1902", "Architects");
    kindOf(a, "The depot's long history", SegmentKind.TEASER);
  }

  @Test
  void paragraphsSplitByLineBreaksOnly() {
    String html = "<html><body><div class='nav'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
        + "<div class='text'>" + String.join("<br><br>\n", STORY) + "</div></body></html>";
    Article a = read(html);
    bodyHas(a, STORY);
    assertEquals(4, a.segments(SegmentKind.LEAD).size() + a.segments(SegmentKind.BODY).size());
  }

  @Test
  void articleSplitByAdvertsAcrossSiblings() {
    String html = "<html><body><div class='story'><h1>Council approves budget</h1>"
        + "<div class='story-part'>" + paragraphs(STORY[0], STORY[1]) + "</div>"
        + "<div class='ad-slot'><span>Advertisement</span><iframe src='/ad'></iframe></div>"
        + "<div class='story-part'>" + paragraphs(STORY[2], STORY[3]) + "</div>"
        + "</div><div class='sidebar'><h3>Trending</h3><ul><li><a href='/1'>Five things to do this weekend in town</a></li></ul></div></body></html>";
    Article a = read(html);
    bodyHas(a, STORY);
    bodyLacks(a, "Advertisement", "Trending", "Five things");
    kindOf(a, "Advertisement", SegmentKind.ADVERT);
  }
}
