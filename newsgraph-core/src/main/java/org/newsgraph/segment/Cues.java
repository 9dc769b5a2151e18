package org.newsgraph.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The phrases of {@code cues.tsv} that mark teasers and adverts by their form. */
final class Cues {
  private final List<String> teaserLabels = new ArrayList<>();
  private final Pattern teaserMark;
  private final Pattern advert;
  private final Pattern advertStart;
  private final List<String> teaserTails;
  private final Set<String> teaserLines;
  private final Set<String> advertLines;

  private Cues(
      List<String> teaserLabels,
      List<String> teaserMarks,
      List<String> adverts,
      List<String> advertStarts,
      List<String> teaserTails,
      List<String> teaserLines,
      List<String> advertLines) {
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    this.teaserLabels.addAll(teaserLabels);
    this.teaserLabels.sort(longestFirst);
    // without marks, "(?!)" matches nothing: an empty alternative would match every paragraph
    String marks = teaserMarks.isEmpty() ? "(?!)" : String.join("|", teaserMarks.stream().map(Cues::withNumbers).toList());
    this.teaserMark = Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + marks + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.advert = anyOf(adverts);
    this.advertStart = anyOf(advertStarts);
    this.teaserTails = List.copyOf(teaserTails);
    this.teaserLines = Set.copyOf(teaserLines);
    this.advertLines = Set.copyOf(advertLines);
  }

  /** The phrase as a pattern in which "#" stands for any number: "hide caption # of #". */
  private static String withNumbers(String phrase) {
    String[] parts = phrase.split("#", -1);
    StringBuilder p = new StringBuilder(parts[0].isEmpty() ? "" : Pattern.quote(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      p.append("\\d+").append(parts[i].isEmpty() ? "" : Pattern.quote(parts[i]));
    }
    return p.toString();
  }

  /** Any of the phrases as a whole word. */
  private static Pattern anyOf(List<String> phrases) {
    StringBuilder alternatives = new StringBuilder();
    for (String a : phrases) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(a));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static Cues load() {
    try (InputStream in = Cues.class.getResourceAsStream("cues.tsv")) {
      List<String> teasers = new ArrayList<>();
      List<String> teaserMarks = new ArrayList<>();
      List<String> adverts = new ArrayList<>();
      List<String> advertStarts = new ArrayList<>();
      List<String> teaserTails = new ArrayList<>();
      List<String> teaserLines = new ArrayList<>();
      List<String> advertLines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String phrase = cols[1].trim().toLowerCase(Locale.ROOT);
        switch (cols[0]) {
          case "teaser-label" -> teasers.add(phrase);
          case "teaser-mark" -> teaserMarks.add(phrase);
          case "advert" -> adverts.add(phrase);
          case "advert-start" -> advertStarts.add(phrase);
          case "teaser-tail" -> teaserTails.add(phrase);
          case "teaser-line" -> teaserLines.add(phrase);
          case "advert-line" -> advertLines.add(phrase);
          default -> throw new IllegalStateException("cues.tsv: unknown cue kind " + cols[0]);
        }
      }
      return new Cues(teasers, teaserMarks, adverts, advertStarts, teaserTails, teaserLines, advertLines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the paragraph starts with a teaser label that is followed by a separator or directly
   * by a capitalised word, as in "Mehr zum Thema: ..." or "Analysis Who Pays ...", or is the
   * label alone. A label written with its colon ("more:") is one only with the colon: "More: ..."
   * links to a story, "More Americans ..." is a sentence.
   */
  boolean startsWithTeaserLabel(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String bare = lower.replaceFirst("\\s*(?:[:|»>]|\\.\\.\\.|…)?$", "");
    if (teaserLabels.contains(bare) || teaserLabels.contains(bare + ":")) {
      return true; // "Mehr zum Thema", "Related stories:", "More On This...": the label over a block of teasers
    }
    for (String label : teaserLabels) {
      if (lower.startsWith(label) && text.length() > label.length()) {
        String rest = text.substring(label.length());
        String stripped = rest.stripLeading();
        if (stripped.isEmpty()) {
          return false;
        }
        char next = stripped.charAt(0);
        if (label.endsWith(":")) {
          // "More:China demands ...": pages that lose the space after the label
          return Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '‘' || next == '\'';
        }
        if (next == ':' || next == '|' || next == '–' || next == '—' || next == '»' || next == '>') {
          return true;
        }
        if (rest.charAt(0) == ' ' && (Character.isUpperCase(next) || next == '"' || next == '„')) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the paragraph holds a phrase that only galleries and video players use, wherever it
   * stands and whatever the paragraph's length: a gallery's captions run on as one paragraph,
   * "... Hide Caption 4 of 13 Photos: ...", and a player repeats its video's headline.
   */
  boolean hasTeaserMark(String text) {
    return teaserMark.matcher(text).find();
  }

  /** A phrase only promotions use, anywhere in the text. */
  boolean hasAdvertWord(String text) {
    return advert.matcher(text).find();
  }

  boolean startsWithAdvertWord(String text) {
    return advert.matcher(text).lookingAt();
  }

  /** A phrase that promotions start with, and news uses too, at the start of the text. */
  boolean startsWithAdvertStart(String text) {
    return startsWithAdvertWord(text) || advertStart.matcher(text).lookingAt();
  }

  /**
   * Where a link in brackets that ends the paragraph begins ("... show. (RELATED: <headline>)"),
   * or -1: the last cue of the paragraph opens a bracket that closes at the paragraph's end, or
   * that the paragraph ends inside (a page cut off in mid-link).
   */
  int tailLink(String text) {
    for (String cue : teaserTails) {
      for (int at = text.length() - cue.length(); at >= 0; at--) {
        if (text.regionMatches(true, at, cue, 0, cue.length())) {
          if (closesAtEnd(text, at)) {
            return at;
          }
          break;
        }
      }
    }
    return -1;
  }

  private static boolean closesAtEnd(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return text.substring(i + 1).isBlank();
      }
    }
    return true;
  }

  /** A line that is a placeholder word alone, where the page had a picture or a video: "Photo". */
  boolean isTeaserLine(String text) {
    return teaserLines.contains(text.strip().toLowerCase(Locale.ROOT));
  }

  /** A line that is a placeholder word alone, where the page had an advert: "AD". */
  boolean isAdvertLine(String text) {
    return advertLines.contains(text.strip().toLowerCase(Locale.ROOT));
  }
}
