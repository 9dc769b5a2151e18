package org.newsgraph.web.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * News pages and texts for tests of the readers around the HTML reader: real enough (a headline,
 * several paragraphs of running text, some furniture) that any HTML extraction finds the article.
 * Each story carries a distinctive sentence that tests look for.
 */
public final class TestPages {
  private TestPages() {}

  /** The distinctive sentence of the story about {@code topic}. */
  public static String sentence(String topic) {
    return "The council of " + topic + " approved the new harbour budget on Tuesday after a long debate.";
  }

  /** Paragraphs of the story about {@code topic}, as HTML. */
  public static String paragraphs(String topic) {
    return "<p>" + sentence(topic) + "</p>\n"
        + "<p>Members of the council said the money would pay for new quays, cranes and a ferry terminal, "
        + "and that work would begin in the spring if the regional government agreed to share the cost.</p>\n"
        + "<p>Opponents warned that the plan relied on traffic forecasts made before the pandemic, and asked "
        + "for an independent review of the figures before any contract was signed with the builders.</p>\n"
        + "<p>The mayor said she was confident that the harbour would pay for itself within fifteen years, "
        + "pointing to the growth of container traffic along the coast over the past decade.</p>\n";
  }

  /** A whole page about {@code topic}, without a date or canonical URL of its own. */
  public static String html(String topic) {
    String headline = headline(topic);
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline
        + " | Coast News</title></head>\n<body>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
        + "<main><article>\n<h1>" + headline + "</h1>\n" + paragraphs(topic) + "</article></main>\n"
        + "<footer><p>Copyright Coast News</p></footer>\n</body></html>\n";
  }

  public static byte[] htmlBytes(String topic) {
    return html(topic).getBytes(StandardCharsets.UTF_8);
  }

  public static String headline(String topic) {
    return topic.substring(0, 1).toUpperCase(Locale.ROOT) + topic.substring(1) + " approves harbour budget";
  }

  /** The story as plain text: headline, blank line, paragraphs. */
  public static String text(String topic) {
    return headline(topic) + "\n\n" + paragraphs(topic).replace("<p>", "").replace("</p>", "\n");
  }
}
