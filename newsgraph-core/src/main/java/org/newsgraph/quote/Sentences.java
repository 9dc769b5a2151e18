package org.newsgraph.quote;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Splits a paragraph into sentences with the JDK's {@link BreakIterator}, keeping offsets into the
 * original text, and mends its two habits that hurt in news: breaking after abbreviations and
 * initials ("Lt. Gen. Michael Flynn", "U.S. officials", "z. B."), and breaking inside a quotation
 * that is embedded in a sentence.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS =
      Set.copyOf(java.util.Arrays.asList(
          // English
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
          "gov", "sen", "rep", "reps", "sens", "pres", "supt", "insp", "rev", "fr", "st", "mt", "ft", "jr", "sr",
          "inc", "corp", "co", "ltd", "llc", "bros", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "approx",
          "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "d.c",
          "a.m", "p.m", "ave", "blvd", "dept", "univ", "assn", "est", "fig", "ala", "ariz", "ark", "calif",
          "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
          "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis",
          "wyo",
          // German
          "bzw", "ca", "dr", "hr", "fr", "nr", "str", "z.b", "u.a", "d.h", "o.ä", "usw", "vgl", "ggf", "inkl",
          "evtl", "bzgl", "zit", "abs", "art", "mio", "mrd", "tsd", "jh", "s", "z", "b", "u", "a", "d", "h"));

  private static final Pattern OPENING_AFTER_STOP = Pattern.compile("[.!?…][\"”“»«'’]?\\s+[»„“\"«‚›]\\p{Lu}");

  private Sentences() {}

  /**
   * The sentences of the paragraphs of {@code text}, in order, each trimmed of surrounding white
   * space: the same splitting the quote finder uses, for stages and tools that work sentence by
   * sentence.
   */
  public static List<Span> split(String text, List<Span> paragraphs, Locale locale) {
    List<QuoteMarks.Quoted> top = QuoteMarks.pair(text, paragraphs).stream().filter(q -> q.depth() == 0).toList();
    List<Span> out = new ArrayList<>();
    for (Span para : paragraphs) {
      List<QuoteMarks.Quoted> inside = top.stream().filter(q -> q.end() > para.start() && q.open() < para.end()).toList();
      out.addAll(split(text, para, locale, inside));
    }
    return out;
  }

  /**
   * The sentences of {@code para} in {@code text}, each trimmed of surrounding white space.
   * {@code quotes} are the top-level quoted passages, sorted: a break inside a quotation that opens after
   * the start of its sentence is not a sentence break.
   */
  static List<Span> split(String text, Span para, Locale locale, List<QuoteMarks.Quoted> quotes) {
    String p = para.of(text);
    BreakIterator it = BreakIterator.getSentenceInstance(locale);
    it.setText(p);
    List<Integer> breaks = new ArrayList<>();
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      if (b < p.length()) {
        breaks.add(b + para.start());
      }
    }
    // "... spät. »Viele Höfe ...": the iterator does not break before an opening guillemet or low mark
    Matcher m = OPENING_AFTER_STOP.matcher(p);
    while (m.find()) {
      int b = para.start() + m.end() - 2;
      breaks.add(b);
    }
    breaks = new ArrayList<>(new java.util.TreeSet<>(breaks));
    List<Span> out = new ArrayList<>();
    int start = para.start();
    for (int b : breaks) {
      // "spät. »Viele ...": the iterator may break after an opening guillemet; break before it
      QuoteMarks.Quoted before = lastOpenedBefore(quotes, b);
      if (before != null && b - before.open() <= 2 && before.open() > start && text.substring(before.open() + 1, b).isBlank()) {
        b = before.open();
      }
      if (falseBreak(text, start, b, quotes)) {
        continue;
      }
      add(text, out, start, b);
      start = b;
    }
    add(text, out, start, para.end());
    return out;
  }

  private static void add(String text, List<Span> out, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static boolean falseBreak(String text, int sentenceStart, int b, List<QuoteMarks.Quoted> quotes) {
    int i = b;
    while (i > sentenceStart && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    // the word before the break, with its final period
    if (i > sentenceStart && text.charAt(i - 1) == '.') {
      int w = i - 1;
      while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
        w--;
      }
      String word = text.substring(w, i - 1);
      String bare = word.replaceAll("^[\\p{Punct}“„«»‘‚]+", "");
      if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0))) {
        return true; // an initial: John F. Kennedy
      }
      if (ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))) {
        // "U.S." ends sentences too; a lower-case word after it says it did not
        return !bare.equalsIgnoreCase("u.s") || !startsUpper(text, b);
      }
      if (bare.matches("\\p{L}(\\.\\p{L})+")) {
        return !startsUpper(text, b); // d.h., u.a.
      }
      if (bare.matches("\\d{1,2}") && !startsUpper(text, b)) {
        return true; // German ordinals: am 3. Oktober
      }
    }
    if (!startsUpper(text, b) && !startsWithMark(text, b)) {
      return true; // "..." a lower-case word after it continues the sentence
    }
    QuoteMarks.Quoted q = lastOpenedBefore(quotes, b);
    return q != null && q.depth() == 0 && b <= q.close() && q.open() > sentenceStart && hasWordBefore(text, sentenceStart, q.open());
  }

  /** The quote (of the top-level ones, sorted by their opening marks) that opens last before offset b. */
  private static QuoteMarks.Quoted lastOpenedBefore(List<QuoteMarks.Quoted> quotes, int b) {
    int lo = 0;
    int hi = quotes.size() - 1;
    QuoteMarks.Quoted found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).open() < b) {
        found = quotes.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static boolean hasWordBefore(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsUpper(String text, int b) {
    int i = b;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || QuoteMarks.isMark(text.charAt(i)) || text.charAt(i) == '(')) {
      i++;
    }
    return i >= text.length() || !Character.isLowerCase(text.charAt(i));
  }

  private static boolean startsWithMark(String text, int b) {
    int i = b;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && QuoteMarks.isMark(text.charAt(i));
  }
}
