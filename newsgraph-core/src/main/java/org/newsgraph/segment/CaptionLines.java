package org.newsgraph.segment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs that an English page prints beside its pictures, videos and links, copied into the
 * text with the article: a picture's caption known by its credit ("... in Osaka, Japan. (AP
 * Photo/Evan Vucci)", "| Susan Walsh/AP Photo", "Image copyright Getty Images Image caption ...",
 * "toggle caption"), a video player's "JUST WATCHED" and a link's title that ends in "Read more".
 * (A gallery's "Hide Caption" and a player's "More Videos" are teaser marks of cues.tsv, in every
 * language.) They tell what a picture shows or what another story says, not what the article
 * reports, so they are teasers wherever they stand, the first paragraph too (evaluation/README.md,
 * "Not events").
 */
final class CaptionLines {
  private static final Pattern MARK =
      Pattern.compile(
          "(?i:\\bAP\\s+photos?\\b|\\bgetty\\s+images\\b|\\b(?:image|toggle)\\s+caption\\b)"
              // a video player shouts it; "just watched" in running text is lower case
              + "|\\bJUST\\s+(?i:watched)\\b");

  private static final Pattern LINK_TITLE = Pattern.compile("(?i)\\bread\\s+more[^\\p{L}\\p{N}]*$");

  /**
   * A link's title is a headline; a longer paragraph that ends in "Read more" sums up what it links
   * to, as a round-up of columns does in its own text.
   */
  private static final int LINK_TITLE_WORDS = 25;

  /** A word with a slash: "Ernst/Reuters", "REUTERS/Jonathan", "Loeb/AFP/Getty". */
  private static final Pattern SLASHED = Pattern.compile("[\\p{L}\\p{N}.'’-]+(?:/[\\p{L}\\p{N}.'’-]*)+");

  /** Press agencies whose name beside a photographer's credits a picture ("Susan Walsh/AP Photo"). */
  private static final Set<String> PICTURE_AGENCIES = Set.of("ap", "reuters", "afp", "getty", "epa");

  /** Pollsters that agencies name beside themselves: "a Reuters/Ipsos poll" is running text. */
  private static final Set<String> POLLSTERS = Set.of("ipsos", "gfk", "norc", "zogby");

  private CaptionLines() {}

  static boolean matches(String paragraph) {
    return MARK.matcher(paragraph).find() || hasPictureCredit(paragraph)
        || (LINK_TITLE.matcher(paragraph).find() && Shape.words(paragraph).size() <= LINK_TITLE_WORDS);
  }

  private static boolean hasPictureCredit(String paragraph) {
    Matcher m = SLASHED.matcher(paragraph);
    while (m.find()) {
      List<String> parts = List.of(m.group().toLowerCase(Locale.ROOT).split("/"));
      if (parts.stream().anyMatch(PICTURE_AGENCIES::contains) && parts.stream().noneMatch(POLLSTERS::contains)) {
        return true;
      }
    }
    return false;
  }
}
