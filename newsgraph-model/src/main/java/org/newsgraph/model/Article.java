package org.newsgraph.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One news article: the text exactly as read, what is known about where it came from, and the
 * annotations that stages add. Immutable: a stage returns a changed copy made with {@link
 * #toBuilder()}. Annotations are spans into {@link #text()}, which never changes.
 */
public final class Article {
  private final String text;
  private final String input;
  private final String reader;
  private final String url;
  private final String published;
  private final String language;
  private final String title;
  private final Credit credit;
  private final List<Segment> segments;
  private final List<Entity> entities;
  private final List<Quote> quotes;
  private final List<Event> events;
  private final Tone tone;
  private final List<Fact> facts;

  private Article(Builder b) {
    this.text = Objects.requireNonNull(b.text, "text");
    this.input = b.input;
    this.reader = b.reader;
    this.url = b.url;
    this.published = b.published;
    this.language = b.language;
    this.title = b.title;
    this.credit = b.credit == null ? Credit.NONE : b.credit;
    this.segments = List.copyOf(b.segments);
    this.entities = b.entities == null ? null : List.copyOf(b.entities);
    this.quotes = b.quotes == null ? null : List.copyOf(b.quotes);
    this.events = b.events == null ? null : List.copyOf(b.events);
    this.tone = b.tone;
    this.facts = b.facts == null ? null : List.copyOf(b.facts);
  }

  public static Builder builder(String text) {
    return new Builder(text);
  }

  public Builder toBuilder() {
    Builder b = new Builder(text);
    b.input = input;
    b.reader = reader;
    b.url = url;
    b.published = published;
    b.language = language;
    b.title = title;
    b.credit = credit;
    b.segments = segments;
    b.entities = entities;
    b.quotes = quotes;
    b.events = events;
    b.tone = tone;
    b.facts = facts;
    return b;
  }

  /** The text as the reader produced it; every offset points into it. */
  public String text() {
    return text;
  }

  /** Where the article was read from, as given: a path, a URL, "-" for standard input. */
  public String input() {
    return input;
  }

  /** Which reader produced {@link #text()}, e.g. "text". */
  public String reader() {
    return reader;
  }

  public String url() {
    return url;
  }

  /** Publication date or date-time, ISO 8601, or null. */
  public String published() {
    return published;
  }

  /** The day of {@link #published()}, or null when there is none or it does not start with one. */
  public LocalDate publishedDay() {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** ISO 639-1 code, or null when unknown. */
  public String language() {
    return language;
  }

  /** The headline: from the page's metadata where there is one, else the headline segment. */
  public String title() {
    if (title != null) {
      return title;
    }
    return segments.stream()
        .filter(s -> s.kind() == SegmentKind.HEADLINE)
        .findFirst()
        .map(this::textOf)
        .orElse(null);
  }

  public Credit credit() {
    return credit;
  }

  public List<Segment> segments() {
    return segments;
  }

  public List<Segment> segments(SegmentKind kind) {
    return segments.stream().filter(s -> s.kind() == kind).toList();
  }

  /**
   * The named entities of the article, most salient first; null when no recognizer ran (as for a
   * language without one), which is not the same as none found (an empty list).
   */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * Quotes and reported speech in the article's own text, in text order; null when no quote stage
   * ran, which is not the same as none found (an empty list).
   */
  public List<Quote> quotes() {
    return quotes;
  }

  /**
   * Events that the article's own sentences report, in text order; null when no event coder ran,
   * which is not the same as none found (an empty list).
   */
  public List<Event> events() {
    return events;
  }

  /** The tone of the article's own text, or null when not measured. */
  public Tone tone() {
    return tone;
  }

  /**
   * Background facts for a reader of the article, most relevant first; null when no enrichment
   * ran, which is not the same as none found (an empty list).
   */
  public List<Fact> facts() {
    return facts;
  }

  /** The article's own text: lead, body and subheadings in order, a blank line between. */
  public String body() {
    return segments.stream()
        .filter(s -> s.kind().isArticleText())
        .map(this::textOf)
        .collect(Collectors.joining("\n\n"));
  }

  public String textOf(Segment segment) {
    return segment.span().of(text);
  }

  public String textOf(Span span) {
    return span.of(text);
  }

  /** Builds an {@link Article}; a stage gets one from {@link Article#toBuilder()}. */
  public static final class Builder {
    private final String text;
    private String input;
    private String reader;
    private String url;
    private String published;
    private String language;
    private String title;
    private Credit credit;
    private List<Segment> segments = List.of();
    private List<Entity> entities;
    private List<Quote> quotes;
    private List<Event> events;
    private Tone tone;
    private List<Fact> facts;

    private Builder(String text) {
      this.text = text;
    }

    public Builder input(String input) {
      this.input = input;
      return this;
    }

    public Builder reader(String reader) {
      this.reader = reader;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder published(String published) {
      this.published = published;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder credit(Credit credit) {
      this.credit = credit;
      return this;
    }

    public Builder segments(List<Segment> segments) {
      for (Segment s : segments) {
        if (s.end() > text.length()) {
          throw new IllegalArgumentException("segment " + s + " runs past the text");
        }
      }
      this.segments = segments;
      return this;
    }

    /** The entities, or null for "not analysed"; every mention must lie within the text. */
    public Builder entities(List<Entity> entities) {
      if (entities != null) {
        for (Entity e : entities) {
          for (Mention m : e.mentions()) {
            if (m.end() > text.length()) {
              throw new IllegalArgumentException("mention " + m + " of " + e.id() + " runs past the text");
            }
          }
        }
      }
      this.entities = entities;
      return this;
    }

    /** The quotes, or null for "not analysed"; every span must lie within the text. */
    public Builder quotes(List<Quote> quotes) {
      if (quotes != null) {
        for (Quote q : quotes) {
          if (q.reach() > text.length()) {
            throw new IllegalArgumentException("quote " + q + " runs past the text");
          }
        }
      }
      this.quotes = quotes;
      return this;
    }

    /** The events, or null for "not analysed"; every span must lie within the text. */
    public Builder events(List<Event> events) {
      if (events != null) {
        for (Event e : events) {
          if (e.reach() > text.length()) {
            throw new IllegalArgumentException("event " + e + " runs past the text");
          }
        }
      }
      this.events = events;
      return this;
    }

    /** The tone, or null for "not measured". */
    public Builder tone(Tone tone) {
      this.tone = tone;
      return this;
    }

    /** The facts, or null for "not analysed"; a contradiction must lie within the text. */
    public Builder facts(List<Fact> facts) {
      if (facts != null) {
        for (Fact f : facts) {
          if (f.contradiction() != null && f.contradiction().end() > text.length()) {
            throw new IllegalArgumentException("fact " + f + " points past the text");
          }
        }
      }
      this.facts = facts;
      return this;
    }

    public Article build() {
      return new Article(this);
    }
  }
}
