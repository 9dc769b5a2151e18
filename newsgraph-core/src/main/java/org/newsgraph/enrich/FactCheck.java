package org.newsgraph.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Span;

/**
 * Compares a known fact with what the article's own text says: already stated (one sentence names
 * everything the fact is about and a word that says the relation; for an office, the title right
 * before the holder's name while the office is held), contradicted, or new. Only the article's own
 * text counts, not text appended after it.
 *
 * <p>A contradiction is a claim about the article's own time that conflicts with the fact: the
 * title right before the name of someone whose term had ended by the article's date, the name acting
 * in its clause, and the sentence speaking of now. News names past office holders by the title they
 * held then ("after the attacks, President Barack Obama said", "In 2013, President Obama was
 * deciding"), so a sentence speaks of now only when its verb is in the present or future ("President
 * Joe Biden urges", "Präsident Biden fordert"), or in the past with a word that puts it in the days
 * of the article ("on Tuesday", "yesterday", "gestern"); and never when it names another year or
 * says "then", "at the time", "damals".
 */
final class FactCheck {
  enum Verdict {
    NEW,
    STATED,
    CONTRADICTED
  }

  record Result(Verdict verdict, Span span) {
    static final Result NEW = new Result(Verdict.NEW, null);
  }

  /** How far before a name its title may start. */
  static final int TITLE_REACH = 40;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*\\s+");
  /** "former", "ex-", "ehemalige" before a title, perhaps with a word of nationality between ("former Italian", "frühere US-"). */
  private static final Pattern FORMER = Pattern.compile(
      "\\b(?:former|ex-|then-|late|vice-?|ehemalige[rnms]?|frühere[rnms]?|damalige[rnms]?|einstige[rnms]?|ex)\\s*(?:[\\p{L}.]+(?:\\s+|-))?$");

  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "\\b(?:under|by|of|from|with|during|since|after|before|against|to|for|unter|von|seit|nach|vor|gegen|mit|bei|zu)\\s+(?:the\\s+|der\\s+|dem\\s+|des\\s+)?$");
  /** A lower-case word straight after the name, as a verb follows its subject; not a possessive. */
  private static final Pattern VERB_AFTER = Pattern.compile("\\s+(\\p{Ll}+)\\b");
  /**
   * A verb in the present or future: a form of be, have, will or a modal, or a third person in -s
   * ("urges", "says"; not "was"); in German one in -t ("fordert"; not the past "sagte").
   */
  private static final Pattern PRESENT_EN = Pattern.compile("is|are|has|have|will|can|must|(?!was$)\\p{Ll}+[^s\\W]s");
  private static final Pattern PRESENT_DE = Pattern.compile("ist|sind|hat|haben|wird|werden|will|kann|muss|soll|darf|\\p{Ll}+t");
  /** Words that put a past-tense sentence in the days of the article. */
  private static final Pattern NOW = Pattern.compile("\\b(?:today|tonight|yesterday|this (?:week|morning|afternoon|evening)"
      + "|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|heute|gestern|diese[rn]? woche|am (?:(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch))\\b");
  /** Words that put a sentence at another time than the article's. */
  private static final Pattern THEN = Pattern.compile("\\b(?:then|at the time|back in|ago|once|years earlier|in (?:his|her) (?:time|day|first term)"
      + "|damals|einst|seinerzeit|zuvor|vor \\p{L}+ jahren)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
  /**
   * What may stand between a title and the name it gives: first names and initials, a comma of
   * apposition, a German feminine ending ("Kanzlerin Angela Merkel"); not other words ("prime
   * minister, and then Putin").
   */
  private static final Pattern NAME_GAP = Pattern.compile("(?:in\\b)?[\\s,]*(?:\\p{Lu}[\\p{L}'’.-]*[\\s,]+)*");

  private final Article article;
  private final LocalDate date;
  private final List<Span> sentences = new ArrayList<>();
  /** Wikidata id to the mentions of that entity in the article's own text. */
  private final Map<String, List<Span>> mentions = new HashMap<>();

  FactCheck(Article article) {
    this.article = article;
    this.date = article.publishedDay();
    for (Segment s : article.segments()) {
      if (s.kind().isOwnText()) {
        split(s.span());
      }
    }
    for (Entity e : article.entities()) {
      if (e.kb() == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (inOwnText(m.span())) {
          mentions.computeIfAbsent(e.kb(), k -> new ArrayList<>()).add(m.span());
        }
      }
    }
  }

  /** The verdict on {@code fact}; {@code others} are the other candidates, to find a term that still holds. */
  Result check(KnownFact fact, Collection<KnownFact> others) {
    return KnownFact.OFFICE.equals(fact.relation()) ? office(fact, others) : statement(fact);
  }

  private Result office(KnownFact fact, Collection<KnownFact> others) {
    if (date != null && fact.heldOn(date) && !fact.confirmedOn(date)) {
      // after an open office's last listed day the sources say nothing either way
      return Result.NEW;
    }
    for (Span name : mentions.getOrDefault(fact.about().get(0), List.of())) {
      Span title = title(name, fact.cues());
      if (title == null) {
        continue;
      }
      if (date == null) {
        if (fact.end() == null) {
          return new Result(Verdict.STATED, title);
        }
      } else if (fact.heldOn(date)) {
        return new Result(Verdict.STATED, title);
      } else if (fact.end() != null && date.isAfter(fact.end()) && speaksOfNow(title, name)
          && !heldOtherTerm(fact, others, title)) {
        return new Result(Verdict.CONTRADICTED, new Span(title.start(), name.end()));
      }
    }
    return Result.NEW;
  }

  /**
   * Whether the titled name acts in its clause ("President Joe Biden urges ..."), in a sentence about
   * the article's own time (see the class comment): not "served under President Obama", "the era of
   * President Obama", "President Obama's policy", nor "President Obama said in 2013".
   */
  private boolean speaksOfNow(Span title, Span name) {
    String text = article.text();
    String before = text.substring(Math.max(0, title.start() - 12), title.start()).toLowerCase(Locale.ROOT);
    if (PREPOSITION_BEFORE.matcher(before).find()) {
      return false;
    }
    Matcher verb = VERB_AFTER.matcher(text.substring(name.end(), Math.min(text.length(), name.end() + 30)));
    if (!verb.lookingAt()) {
      return false;
    }
    String sentence = article.textOf(sentenceOf(name.start())).toLowerCase(Locale.ROOT);
    if (THEN.matcher(sentence).find()) {
      return false;
    }
    Matcher year = YEAR.matcher(sentence);
    while (year.find()) {
      if (Integer.parseInt(year.group(1)) != date.getYear()) {
        return false;
      }
    }
    Pattern present = "de".equals(article.language()) ? PRESENT_DE : PRESENT_EN;
    return present.matcher(verb.group(1)).matches() || NOW.matcher(sentence).find();
  }

  /** Whether another office of the same holder, named by the same title, held on the article's date. */
  private boolean heldOtherTerm(KnownFact fact, Collection<KnownFact> others, Span title) {
    String said = article.textOf(title).toLowerCase(Locale.ROOT);
    for (KnownFact o : others) {
      if (o != fact && KnownFact.OFFICE.equals(o.relation()) && o.about().get(0).equals(fact.about().get(0))
          && o.heldOn(date) && o.cues().contains(said)) {
        return true;
      }
    }
    return false;
  }

  /** The span of a title from {@code cues} just before the name, in its sentence, not "former". */
  private Span title(Span name, List<String> cues) {
    int from = Math.max(sentenceStart(name.start()), name.start() - TITLE_REACH);
    String before = article.text().substring(from, name.start()).toLowerCase(Locale.ROOT);
    Span best = null;
    for (String cue : cues) {
      int i = before.lastIndexOf(cue);
      boolean wordStart = i == 0 || (i > 0 && !Character.isLetter(before.charAt(i - 1)));
      if (i >= 0 && wordStart && (best == null || from + i > best.start())) {
        String gap = article.text().substring(from + i + cue.length(), name.start());
        if (gap.length() <= 25 && NAME_GAP.matcher(gap).matches() && !FORMER.matcher(before.substring(0, i)).find()) {
          best = new Span(from + i, from + i + cue.length());
        }
      }
    }
    return best;
  }

  private Result statement(KnownFact fact) {
    for (Span sentence : sentences) {
      String text = article.textOf(sentence).toLowerCase(Locale.ROOT);
      if (fact.cues().stream().noneMatch(text::contains)) {
        continue;
      }
      boolean all = true;
      for (String id : fact.about()) {
        all &= mentions.getOrDefault(id, List.of()).stream().anyMatch(m -> m.start() >= sentence.start() && m.end() <= sentence.end());
      }
      if (all) {
        return new Result(Verdict.STATED, sentence);
      }
    }
    return Result.NEW;
  }

  private void split(Span segment) {
    String text = article.text();
    int start = segment.start();
    Matcher m = SENTENCE_END.matcher(text).region(segment.start(), segment.end());
    while (m.find()) {
      sentences.add(new Span(start, m.start() + 1));
      start = m.end();
    }
    if (start < segment.end()) {
      sentences.add(new Span(start, segment.end()));
    }
  }

  /** The latest year (1900-2099) the article's own text names, or null when it names none. */
  Integer latestYearNamed() {
    Integer latest = null;
    for (Span sentence : sentences) {
      Matcher year = YEAR.matcher(article.textOf(sentence));
      while (year.find()) {
        int y = Integer.parseInt(year.group(1));
        latest = latest == null ? y : Math.max(latest, y);
      }
    }
    return latest;
  }

  private int sentenceStart(int offset) {
    return sentenceOf(offset).start();
  }

  /** The sentence of the article's own text at the offset (an empty span where there is none). */
  private Span sentenceOf(int offset) {
    for (Span s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return new Span(offset, offset);
  }

  private boolean inOwnText(Span span) {
    for (Span s : sentences) {
      if (s.start() <= span.start() && span.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

}
