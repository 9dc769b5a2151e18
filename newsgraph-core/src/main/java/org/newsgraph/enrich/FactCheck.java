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
 * before the holder's name while the office is held), contradicted (the title before the name of
 * someone whose term had ended by the article's date, the name acting in its clause), or new. Only the article's own text counts,
 * not text appended after it.
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
  private static final Pattern FORMER =
      Pattern.compile("(?:former|ex-|then-|late|vice-?|ehemalige[rnms]?|frühere[rnms]?|damalige[rnms]?|einstige[rnms]?|ex)\\s*$");

  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "\\b(?:under|by|of|from|with|during|since|after|before|against|to|for|unter|von|seit|nach|vor|gegen|mit|bei|zu)\\s+(?:the\\s+|der\\s+|dem\\s+|des\\s+)?$");
  /** A lower-case word straight after the name, as a verb follows its subject; not a possessive. */
  private static final Pattern VERB_AFTER = Pattern.compile("\\s+\\p{Ll}+\\b");

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
      } else if (fact.end() != null && date.isAfter(fact.end()) && actsAsSubject(title, name)
          && !heldOtherTerm(fact, others, title)) {
        return new Result(Verdict.CONTRADICTED, new Span(title.start(), name.end()));
      }
    }
    return Result.NEW;
  }

  /**
   * Whether the titled name is what acts in its clause ("President Joe Biden urged ..."): news
   * names past office holders by their title in the past ("served under President Obama", "the
   * era of President Obama", "President Obama's policy"), which contradicts nothing.
   */
  private boolean actsAsSubject(Span title, Span name) {
    String before = article.text().substring(Math.max(0, title.start() - 12), title.start()).toLowerCase(Locale.ROOT);
    if (PREPOSITION_BEFORE.matcher(before).find()) {
      return false;
    }
    String after = article.text().substring(name.end(), Math.min(article.text().length(), name.end() + 20));
    return VERB_AFTER.matcher(after).lookingAt();
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
        String gap = before.substring(i + cue.length());
        if (gap.length() <= 25 && !FORMER.matcher(before.substring(0, i)).find()) {
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

  private int sentenceStart(int offset) {
    for (Span s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s.start();
      }
    }
    return offset;
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
