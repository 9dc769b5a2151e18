package org.newsgraph.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Credit;

/**
 * Recognises a credit line and reads it: a labelled line ("Source: ...", "Quelle: ...", "By ...",
 * "Von ... und ...", "Reporting by ...; Editing by ..."), a copyright line with its rights notes
 * ("Copyright © 2019 The Washington Times, LLC. Click here for reprint permission."), a line of
 * contributors ("Fox News' Jane Doe and The Associated Press contributed to this report."), or a
 * bare list of outlet, authors and agencies ("(dpa)", "AFP/Reuters", "example.com, Jane Doe, AFP").
 */
public final class CreditLine {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** A bullet or dash before a line of contributors: "• Jane Doe contributed ...", "—Jane Doe ...". */
  private static final Pattern LEADING_MARK = Pattern.compile("^[•⦁·*—–-]+\\s*");
  /**
   * Whose the first contributor is, before their name: "Fox News' ", "CNN's ", "Associated Press
   * writers ". An agency there contributed too; another outlet is the contributor's, not
   * necessarily the article's.
   */
  private static final Pattern CONTRIBUTOR_OUTLET =
      Pattern.compile("(?<org>\\p{Lu}[\\p{L}.&-]*(?: \\p{Lu}[\\p{L}.&-]*){0,3})(?:['’]s?| [Ww]riters?| [Cc]orrespondents?) ");
  /**
   * A contributor's role before their name: "Staff writer ", "AP researcher ", "NPR justice
   * correspondent ", "Associated Press Writer ", "AP Polling Editor "; a plural in capitals names
   * no role ("Reporters Without Borders").
   */
  private static final Pattern ROLE =
      Pattern.compile(
          "(^|,\\s*|\\s(?:and|&)\\s)(?:[\\p{L}.&'’-]+\\s+){0,3}?"
              + "(?:(?:writer|correspondent|reporter|researcher|producer|editor|videojournalist)s?"
              + "|Writer|Correspondent|Reporter|Researcher|Producer|Editor)\\s+");
  /**
   * Where a contributor or author works: "Jane Doe in Washington", "at the United Nations", "in
   * Quito, Ecuador,": a one-word region only before a comma or the end, so that "in Washington,
   * John Roe and ..." keeps John Roe.
   */
  private static final Pattern PLACE =
      Pattern.compile(
          "\\s+(?:in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*(?:,\\s+\\p{Lu}[\\p{L}.]*(?=,|$))?");
  /** A sign-off that names where the authors reported from: "Gambrell reported from Dubai." */
  private static final Pattern REPORTED_FROM =
      Pattern.compile("[•⦁·*—–-]*\\s*\\p{Lu}[\\p{L}'’-]+(?: and \\p{Lu}[\\p{L}'’-]+)? reported from \\p{Lu}[^.;]*(?:\\.[^.;]*)?\\.?");
  /** A sentence's end inside a line: after a word, not after an initial ("S.A. Miller", "Jr."). */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\p{Ll}{2}\\.)\\s+(?=\\p{Lu})");

  private enum Role { SOURCE, BYLINE, EDITOR }

  private record Label(String text, Role role) {
    /** "Source:", "©": no sentence starts like this. "By", "Von" may. */
    boolean saysItAll() {
      return !Character.isLetter(text.charAt(text.length() - 1));
    }
  }

  private final List<Label> labels;
  private final List<String> endings;
  private final List<String> rightsNotes;
  private final CreditParser parser;

  private CreditLine(List<Label> labels, List<String> endings, List<String> rightsNotes, CreditParser parser) {
    this.labels = labels;
    this.endings = endings;
    this.rightsNotes = rightsNotes;
    this.parser = parser;
  }

  public static CreditLine bundled() {
    List<Label> labels = new ArrayList<>();
    for (String line : entries("credit-labels.txt")) {
      String[] cols = line.split("\t");
      labels.add(new Label(cols[0].strip(), Role.valueOf(cols[1].strip().toUpperCase(Locale.ROOT))));
    }
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    labels.sort(Comparator.comparing(Label::text, longestFirst));
    List<String> endings = new ArrayList<>(entries("credit-endings.txt"));
    endings.sort(longestFirst);
    return new CreditLine(labels, endings, entries("rights-notes.txt"), new CreditParser(Agencies.bundled()));
  }

  /** The lines of a resource of this package that are neither blank nor comments, in lower case. */
  private static List<String> entries(String resource) {
    List<String> entries = new ArrayList<>();
    try (InputStream in = CreditLine.class.getResourceAsStream(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** Whether the paragraph is a credit line. */
  public boolean matches(String text) {
    return read(text) != null;
  }

  /** Whether the paragraph is a byline ("By Jane Doe", "Von Jan Petersen"): it may sign what follows. */
  public boolean isByline(String text) {
    Label first = label(text.strip());
    return first != null && first.role() == Role.BYLINE && matches(text);
  }

  /** Whether the paragraph names who contributed to the text above it ("... contributed to this report."). */
  public boolean namesContributors(String text) {
    List<String> contributors = contributors(text.strip().replaceAll("\\s+", " "));
    return contributors != null && readContributors(contributors) != null;
  }

  /**
   * What a credit line says, or null when the paragraph is none: too long, a sentence, or some
   * part of it neither outlet, author nor agency. Parts after "Editing by" name no authors.
   */
  public Credit read(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    List<String> contributors = contributors(line);
    if (contributors != null) {
      return readContributors(contributors);
    }
    line = withoutRightsNotes(line);
    int words = words(line);
    String[] parts = line.split("\\s*;\\s*");
    Label first = label(parts[0]);
    boolean fits =
        first == null ? words <= 15 && !endsSentence(line)
            : first.saysItAll() ? words <= 30
            : words <= 20 && !endsSentence(line);
    if (!fits) {
      return null;
    }
    String outlet = null;
    Set<String> authors = new LinkedHashSet<>();
    Set<String> agencies = new LinkedHashSet<>();
    for (String part : parts) {
      Label label = label(part);
      String names = label == null ? part : part.substring(label.text().length());
      Credit credit = parser.parse(label != null && label.role() == Role.BYLINE ? PLACE.matcher(names).replaceAll("") : names);
      if (credit == null) {
        return null;
      }
      Label role = label == null ? first : label;
      if (role != null && role.role() == Role.BYLINE && !role.saysItAll()
          && credit.authors().isEmpty() && credit.agencies().isEmpty()) {
        return null; // "By Monday", "Von Berlin": a sentence's start, not a byline
      }
      if (role != null && role.role() == Role.EDITOR) {
        continue;
      }
      if (role == null || role.role() != Role.BYLINE || isAddress(credit.outlet())) {
        outlet = outlet == null ? credit.outlet() : outlet; // "Von Jan Petersen, Brüssel": a place
      }
      authors.addAll(credit.authors());
      agencies.addAll(credit.agencies());
    }
    if (first == null && agencies.isEmpty() && !isAddress(outlet)) {
      return null; // bare names: credit only with an agency or a web address among them
    }
    return new Credit(outlet, List.copyOf(authors), List.copyOf(agencies));
  }

  /**
   * The names of each sentence of a line of contributors ("... contributed to this report. The
   * Associated Press also contributed."), after sign-offs that say where the authors reported from;
   * null when some sentence is neither.
   */
  private List<String> contributors(String line) {
    List<String> names = new ArrayList<>();
    String[] sentences = SENTENCE_BREAK.split(line);
    for (int i = 0; i < sentences.length; i++) {
      if (i < sentences.length - 1 && REPORTED_FROM.matcher(sentences[i]).matches()) {
        continue; // the authors named in the byline, and where they were
      }
      String n = contributorsOf(sentences[i]);
      if (n == null) {
        return null;
      }
      names.add(n);
    }
    return names;
  }

  /** The names before a contributor ending ("... contributed to this report."), or null. */
  private String contributorsOf(String sentence) {
    String names = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    for (String ending : endings) {
      int at = endsWithWords(names, ending);
      if (at > 0) {
        return LEADING_MARK.matcher(names.substring(0, at).strip()).replaceFirst("");
      }
    }
    return null;
  }

  /** Where {@code phrase} begins when the text ends with it as whole words, any case; else -1. */
  private static int endsWithWords(String text, String phrase) {
    int at = text.length() - phrase.length();
    return at > 0 && text.charAt(at - 1) == ' ' && text.regionMatches(true, at, phrase, 0, phrase.length()) ? at : -1;
  }

  /**
   * Contributors as authors and agencies, or null when the names are none: "Low oil prices
   * contributed." is a sentence. Their outlet ("ABC News' Jane Doe") is not the article's.
   */
  private Credit readContributors(List<String> sentences) {
    Set<String> authors = new LinkedHashSet<>();
    Set<String> agencies = new LinkedHashSet<>();
    for (String names : sentences) {
      if (words(names) > 30) {
        return null;
      }
      Matcher whose = CONTRIBUTOR_OUTLET.matcher(names);
      if (whose.lookingAt()) {
        Credit agency = readAgencies(whose.group("org"));
        if (agency != null) {
          agencies.addAll(agency.agencies());
        }
        names = names.substring(whose.end());
      }
      String list = PLACE.matcher(ROLE.matcher(names).replaceAll("$1")).replaceAll("");
      Credit credit = parser.parse(list.replaceAll(",\\s+and\\s+", " and ")); // "A, B, and C"
      if (credit == null || (credit.authors().isEmpty() && credit.agencies().isEmpty())) {
        return null;
      }
      authors.addAll(credit.authors());
      agencies.addAll(credit.agencies());
    }
    return new Credit(null, List.copyOf(authors), List.copyOf(agencies));
  }

  /**
   * The line without the rights notes that end a copyright line ("All rights reserved."), when
   * what is left starts with a source label ("Copyright", "©"); else the line as it is.
   */
  private String withoutRightsNotes(String line) {
    String cut = line;
    for (boolean found = true; found; ) {
      found = false;
      for (String note : rightsNotes) {
        int at = endsWithWords(cut, note);
        if (at > 0) {
          cut = cut.substring(0, at).strip();
          found = true;
          break;
        }
      }
    }
    Label first = cut.length() == line.length() ? null : label(cut);
    return first != null && first.role() == Role.SOURCE ? cut : line;
  }

  private static boolean isAddress(String outlet) {
    return outlet != null && outlet.matches("\\S+\\.\\S+");
  }

  /** Agencies named in a dateline's parentheses, "BERLIN (dpa) -"; null when not an agency. */
  public Credit readAgencies(String text) {
    Credit credit = parser.parse(text);
    return credit != null && credit.authors().isEmpty() && credit.outlet() == null ? credit : null;
  }

  private Label label(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Label label : labels) {
      String l = label.text();
      if (lower.startsWith(l) && (label.saysItAll() || (text.length() > l.length() && text.charAt(l.length()) == ' '))) {
        return label;
      }
    }
    return null;
  }

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  /** Ends like a sentence; a bare trailing full stop after a name list does not count. */
  private static boolean endsSentence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(text.length() - 1);
    return c == '!' || c == '?' || c == ';' || c == ':' || (c == '.' && words(text) > 8);
  }
}
