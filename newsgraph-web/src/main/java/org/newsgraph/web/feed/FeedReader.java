package org.newsgraph.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.newsgraph.model.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.PlainTextReader;
import org.newsgraph.read.Source;
import org.newsgraph.web.ArticleSink;
import org.newsgraph.web.OneLine;
import org.newsgraph.web.Payload;
import org.newsgraph.web.Provenance;

/**
 * Reads an RSS (0.9x, 1.0/RDF, 2.0) or Atom feed with ROME: each item with content ({@code
 * content:encoded}, Atom {@code content}) or a description of at least {@value #LINK_ONLY_WORDS}
 * words becomes an article, HTML through the HTML reader and plain text through the plain-text
 * reader, with the item's title, link (as URL), date and authors. Its input is {@code
 * FEED#item=LINK} ({@code FEED#item=N}, counting from 1, for an item without a link). Items that
 * only link out, with no content beyond a short description, are warned about and counted. A feed
 * that is not XML, not well formed, not a feed or has no items is an error. DOCTYPEs are refused
 * (ROME's default), so no external entity is ever fetched.
 */
public final class FeedReader {
  /** A description shorter than this many words is a teaser for a page elsewhere. */
  public static final int LINK_ONLY_WORDS = 60;

  private static final Pattern RSS_AUTHOR = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+$");

  private final ArticleReader html;
  private final ArticleReader text = new PlainTextReader();

  public FeedReader(ArticleReader html) {
    this.html = html;
  }

  public void read(Payload feed, ArticleSink sink) throws BadInputException {
    String input = feed.input();
    SyndFeed parsed = parse(feed);
    List<SyndEntry> entries = parsed.getEntries();
    if (entries.isEmpty()) {
      throw new BadInputException(input, "feed has no items");
    }
    int analysed = 0;
    int linkOnly = 0;
    int unreadable = 0;
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String link = blankToNull(entry.getLink());
      if (link == null) {
        link = blankToNull(entry.getUri()) != null && entry.getUri().matches("(?i)https?://.*") ? entry.getUri() : null;
      }
      String name = input + "#item=" + (link != null ? link : String.valueOf(i + 1));
      SyndContent content = content(entry);
      if (content == null) {
        SyndContent description = entry.getDescription();
        int words = description == null ? 0 : words(description);
        linkOnly++;
        sink.warning(
            name,
            "item only links out (" + (words == 0 ? "no description" : words + "-word description")
                + "), not analysed");
        continue;
      }
      Provenance provenance =
          new Provenance(name, link, date(entry), blankToNull(entry.getTitle()), authors(entry));
      try {
        for (Article article : read(name, entry.getTitle(), content)) {
          sink.article(provenance.applyTo(article));
        }
        analysed++;
      } catch (BadInputException e) {
        sink.warning(name, e.reason());
        unreadable++;
      }
    }
    String counts =
        entries.size() + (entries.size() == 1 ? " item: " : " items: ") + analysed + " analysed"
            + (linkOnly > 0 ? ", " + linkOnly + " only link out" : "")
            + (unreadable > 0 ? ", " + unreadable + " unreadable" : "");
    if (analysed == 0) {
      throw new BadInputException(input, "no item has content to analyse (" + counts + ")");
    }
    sink.summary(input, counts);
  }

  private static SyndFeed parse(Payload feed) throws BadInputException {
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(feed.bytes()), feed.contentType(), true)) {
      return new SyndFeedInput().build(xml);
    } catch (ParsingFeedException e) {
      String why = OneLine.of(e).replaceFirst("^Invalid XML: ", "");
      throw new BadInputException(feed.input(), "not a feed: not well-formed XML: " + why);
    } catch (IllegalArgumentException e) {
      // ROME's word for XML whose root is neither RSS nor Atom
      throw new BadInputException(feed.input(), "not a feed: XML, but neither RSS nor Atom (" + OneLine.of(e) + ")");
    } catch (FeedException | IOException | RuntimeException e) {
      throw new BadInputException(feed.input(), "not a feed: " + OneLine.of(e));
    }
  }

  /** The item's own content, or its description when that is long enough to be the story. */
  private static SyndContent content(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    SyndContent description = entry.getDescription();
    if (description != null && description.getValue() != null && words(description) >= LINK_ONLY_WORDS) {
      return description;
    }
    return null;
  }

  private List<Article> read(String name, String title, SyndContent content) throws BadInputException {
    if (isPlainText(content)) {
      String body = (title == null || title.isBlank() ? "" : title.strip() + "\n\n") + content.getValue().strip();
      return text.read(Source.of(name, body.getBytes(StandardCharsets.UTF_8)));
    }
    return html.read(Source.of(name, FeedItemPage.html(title, content.getValue())));
  }

  private static boolean isPlainText(SyndContent content) {
    String type = content.getType();
    return type != null && (type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain"));
  }

  private static int words(SyndContent content) {
    String value = content.getValue();
    if (value == null || value.isBlank()) {
      return 0;
    }
    String plain = isPlainText(content) ? value : Jsoup.parse(value).text();
    String stripped = plain.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static String date(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : DateTimeFormatter.ISO_INSTANT.format(date.toInstant());
  }

  private static List<String> authors(SyndEntry entry) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      addAuthor(names, person.getName());
    }
    if (names.isEmpty()) {
      addAuthor(names, entry.getAuthor());
    }
    return new ArrayList<>(names);
  }

  /** "jane@example.com (Jane Doe)", as RSS writes authors, gives "Jane Doe"; a bare address nothing. */
  private static void addAuthor(Set<String> names, String raw) {
    if (raw == null || raw.isBlank()) {
      return;
    }
    String name = raw.strip();
    Matcher m = RSS_AUTHOR.matcher(name);
    if (m.matches()) {
      name = m.group(1).strip();
    } else if (EMAIL.matcher(name).matches()) {
      return;
    }
    names.add(name);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
