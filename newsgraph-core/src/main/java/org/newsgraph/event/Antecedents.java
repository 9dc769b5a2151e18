package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * Pronouns and bare titles that stand for an actor named in an earlier sentence, where the
 * sentence names nobody before them (English; within a sentence {@link Pronouns},
 * {@link AnaphoricNouns} and the coder's antecedent rule read them):
 *
 * <ul>
 *   <li>a sentence that opens with "He" or "She" ("But he", "Later, she"; not a quote that opens
 *       with it) is about the one person the previous sentence of the same paragraph names or
 *       refers to by its own pronoun or title ("Putin spoke in Sochi on Monday. He accused Turkey
 *       of ...");
 *   <li>a sentence that opens with "It" is about the one state or organisation the previous
 *       sentence of the paragraph names, where it names no other organisation or place ("Russia
 *       denies the allegation. It rejected a U.S. demand to destroy the missile");
 *   <li>"the two sides", "both countries" (a count and a noun of {@link AnaphoricNouns#pair}), with
 *       no actor before them in the sentence, are the two actors the previous sentence of the
 *       paragraph names, where it names exactly two ("Trump spoke with Putin on Monday. The two
 *       leaders met in Hamburg");
 *   <li>"the president", "the prime minister", "the chancellor", "the premier" are the one person
 *       the article has named with that title before ("President Erdogan ... . The president
 *       criticised Russia").
 * </ul>
 *
 * <p>Only where exactly one is a candidate (two for a pair), counted over all that the entity
 * stages found (with an actor or not): two people, or a vice president beside a president, leave
 * the word nobody's. One instance reads one article, sentence by sentence, in order.
 */
final class Antecedents {
  /** Words that may stand before a sentence's opening pronoun: "But he", "Later, she". */
  private static final Set<String> OPENERS = Set.of("but", "and", "yet", "later", "earlier", "meanwhile", "then", "still");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "'", "«", "»", "„");
  /** Nouns of a counted pair that are people: "the two leaders". */
  private static final Set<String> LEADERS = Set.of("leaders", "presidents");

  /** A title right before a name ("U.S. President Donald Trump", "Prime Minister Abe"), read at the end of the text before it. */
  private static final Pattern TITLE_BEFORE = Pattern.compile(
      "(?:^|([\\p{L}-]+)\\s+)(?i:(president|prime minister|chancellor|premier))\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+)?$");
  /** Words before a title that make it someone else's office: "Vice President Pence", "former President Obama". */
  private static final Set<String> OTHER_OFFICE = Set.of("vice", "former", "ex", "late", "then", "deputy", "acting", "first");

  /** Titles that a bare "the ..." may repeat. */
  private static final List<String> TITLES = List.of("president", "prime minister", "chancellor", "premier");

  /** A mention of an entity. */
  private record Named(int start, int end, Entity entity) {}

  private final String text;
  /** The paragraphs, and all mentions, by where they start: a sentence finds its own by binary search. */
  private final List<Span> paragraphs;
  private final List<Named> mentions = new ArrayList<>();
  private final Map<String, Entity> byId = new HashMap<>();
  /** For each title, the mentions of people named with it, by where they end; and how many the text read so far holds. */
  private final Map<String, List<Named>> titled = new HashMap<>();
  private final Map<String, Set<String>> holders = new HashMap<>();
  private final Map<String, Integer> read = new HashMap<>();
  private Span previous;
  private int previousParagraph = -1;
  /** The actors the previous sentence names, and the one its opening "It" stood for. */
  private List<ActorMention> previousNamed = List.of();
  /** The people that the previous sentence's pronoun and titles stood for. */
  private Set<String> previousReferred = Set.of();
  /** Whether the previous sentence opened with a pronoun that stood for nobody known. */
  private boolean previousUnknown;

  Antecedents(String text, List<Span> paragraphs, List<Entity> entities) {
    this.text = text;
    this.paragraphs = paragraphs.stream().sorted(Comparator.comparingInt(Span::start)).toList();
    for (Entity e : entities == null ? List.<Entity>of() : entities) {
      byId.put(e.id(), e);
      for (Mention m : e.mentions()) {
        mentions.add(new Named(m.span().start(), m.span().end(), e));
      }
    }
    mentions.sort(Comparator.comparingInt(Named::start));
    for (String title : TITLES) {
      titled.put(title, mentions.stream().filter(m -> m.entity().type() == EntityType.PERSON && titled(m.start(), title))
          .sorted(Comparator.comparingInt(Named::end)).toList());
      holders.put(title, new LinkedHashSet<>());
      read.put(title, 0);
    }
  }

  /**
   * The actors of this sentence's opening pronoun, counted pair and bare titles, given the actors
   * it names itself; to be asked for every sentence of the article in order.
   */
  List<ActorMention> of(Span sentence, List<Word> words, List<ActorMention> actors) {
    List<ActorMention> out = new ArrayList<>();
    Set<String> referred = new LinkedHashSet<>();
    int paragraph = paragraphOf(sentence);
    boolean sameParagraph = previous != null && paragraph >= 0 && paragraph == previousParagraph;
    int p = openingPronoun(words);
    boolean it = p >= 0 && words.get(p).lower().equals("it");
    // "Sanders can beat Trump. He can expose Trump's promises. He opposed the war": a pronoun goes on
    // with the one before it, so where that one stood for nobody known, this one does too
    boolean goesOn = p >= 0 && sameParagraph && !previousUnknown;
    String person = goesOn && !it ? onlyPerson(previous, previousReferred) : null;
    ActorMention state = goesOn && it ? onlyState(previous, previousNamed) : null;
    if (state != null) {
      Word w = words.get(p);
      out.add(new ActorMention(new Span(w.start(), w.end()), state.code(), state.entity(), false));
    }
    if (person != null) {
      referred.add(person);
      add(out, words.get(p), person);
    }
    for (int i = 1; i < words.size() && sameParagraph; i++) {
      Word w = words.get(i);
      if (!AnaphoricNouns.countedPair(words.get(i - 1).lower(), w.lower()) || actors.stream().anyMatch(a -> a.span().start() < w.start())) {
        continue;
      }
      // "the two leaders" are two people: "Trump spoke with el-Sissi" (not "the White House ... Taiwan")
      boolean people = LEADERS.contains(w.lower());
      List<ActorMention> two = onlyTwo(previousNamed.stream().filter(a -> a.person() || !people).toList());
      if (two.size() == 2) {
        // one actor on the noun, the other on its count: the coder reads the two together
        out.add(new ActorMention(new Span(w.start(), w.end()), two.get(0).code(), two.get(0).entity(), false));
        Word count = words.get(i - 1);
        out.add(new ActorMention(new Span(count.start(), count.end()), two.get(1).code(), two.get(1).entity(), false));
        break;
      }
    }
    readTitlesBefore(sentence.start());
    for (int i = 1; i < words.size(); i++) {
      String title = bareTitle(words, i);
      Word w = words.get(i);
      if (title == null || actors.stream().anyMatch(a -> a.person() && a.span().start() < w.start())) {
        continue;
      }
      Set<String> named = holders.get(title);
      String holder = named.size() == 1 ? named.iterator().next() : null;
      if (holder != null) {
        referred.add(holder);
        add(out, w, holder);
      }
    }
    previous = sentence;
    previousParagraph = paragraph;
    previousReferred = referred;
    previousNamed = new ArrayList<>(actors);
    previousNamed.addAll(out);
    previousUnknown = p >= 0 && person == null && state == null;
    return out;
  }

  /**
   * The word of "He", "She" or "It" that opens the sentence, after a connective at most; or -1. A
   * pronoun that opens a quote is the speaker's ("“He or she will look into it,” he pledged").
   */
  private static int openingPronoun(List<Word> words) {
    int i = 0;
    while (i < words.size() && !words.get(i).isWord()) {
      if (QUOTES.contains(words.get(i).text())) {
        return -1;
      }
      i++;
    }
    if (i < words.size() && OPENERS.contains(words.get(i).lower())) {
      i++;
      if (i < words.size() && words.get(i).text().equals(",")) {
        i++;
      }
    }
    return i < words.size() && PRONOUNS.contains(words.get(i).lower()) ? i : -1;
  }

  /**
   * The title that word i ends when it stands bare after "the" ("the president", "the prime
   * minister"; not "the president of Iran"), in lower case; or null.
   */
  private static String bareTitle(List<Word> words, int i) {
    String w = words.get(i).lower();
    boolean prime = w.equals("minister") && i >= 2 && words.get(i - 1).lower().equals("prime");
    int det = prime ? i - 2 : i - 1;
    if (!(prime || Set.of("president", "chancellor", "premier").contains(w)) || det < 0 || !words.get(det).lower().equals("the")) {
      return null;
    }
    if (i + 1 < words.size() && Set.of("of", "-", "elect").contains(words.get(i + 1).lower())) {
      return null;
    }
    return prime ? "prime minister" : w;
  }

  /** The index of the paragraph that holds the sentence, or -1. */
  private int paragraphOf(Span sentence) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid).start() <= sentence.start()) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && sentence.end() <= paragraphs.get(found).end() ? found : -1;
  }

  /** The mentions inside the span. */
  private List<Named> in(Span span) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Named> out = new ArrayList<>();
    for (int i = lo; i < mentions.size() && mentions.get(i).start() < span.end(); i++) {
      if (mentions.get(i).end() <= span.end()) {
        out.add(mentions.get(i));
      }
    }
    return out;
  }

  /** Takes in the people named with each title before offset {@code before}. */
  private void readTitlesBefore(int before) {
    for (String title : TITLES) {
      List<Named> list = titled.get(title);
      int i = read.get(title);
      while (i < list.size() && list.get(i).end() <= before) {
        holders.get(title).add(list.get(i).entity().id());
        i++;
      }
      read.put(title, i);
    }
  }

  /** The one person the sentence names or refers to by a pronoun or title; else null. */
  private String onlyPerson(Span sentence, Set<String> referred) {
    Set<String> ids = new LinkedHashSet<>(referred);
    for (Named m : in(sentence)) {
      if (m.entity().type() == EntityType.PERSON) {
        ids.add(m.entity().id());
      }
    }
    return ids.size() == 1 ? ids.iterator().next() : null;
  }

  /**
   * The one state or organisation the sentence names (by its primary code; "Russia" and "Moscow"
   * are one), when it names no other organisation or place and is no news outlet; else null.
   */
  private ActorMention onlyState(Span sentence, List<ActorMention> named) {
    Set<String> keys = new LinkedHashSet<>();
    ActorMention only = null;
    for (ActorMention a : named) {
      if (!a.person()) {
        keys.add(Pronouns.primary(a.code()));
        only = a;
      }
    }
    // a news outlet is named as the source of what is told ("a draft obtained by The Associated
    // Press"): "It" is then the thing told of, not the outlet
    if (only != null && only.code().endsWith("MED")) {
      return null;
    }
    for (Named m : in(sentence)) {
      if (m.entity().type() != EntityType.PERSON && m.entity().actor() == null) {
        keys.add(m.entity().id());
      }
    }
    return keys.size() == 1 ? only : null;
  }

  /** The two actors (distinct by primary code) of a sentence that names exactly two, in order; else none. */
  private static List<ActorMention> onlyTwo(List<ActorMention> named) {
    Map<String, ActorMention> byCode = new LinkedHashMap<>();
    for (ActorMention a : named) {
      byCode.putIfAbsent(Pronouns.primary(a.code()), a);
    }
    return byCode.size() == 2 ? List.copyOf(byCode.values()) : List.of();
  }

  /** Whether the name at offset start has the title right before it, as the holder's own. */
  private boolean titled(int start, String title) {
    Matcher m = TITLE_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
    return m.find() && m.group(2).toLowerCase().equals(title)
        && (m.group(1) == null || !OTHER_OFFICE.contains(m.group(1).toLowerCase().replace("-", "")));
  }

  /** The person's actor at word w, where the person has one. */
  private void add(List<ActorMention> out, Word w, String id) {
    Entity e = byId.get(id);
    if (e.actor() != null) {
      out.add(new ActorMention(new Span(w.start(), w.end()), e.actor(), id, true));
    }
  }
}
