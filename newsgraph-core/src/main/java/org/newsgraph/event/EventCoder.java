package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Factuality;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.quote.Sentences;
import org.newsgraph.segment.Paragraphs;
import org.newsgraph.text.DependencyParser;
import org.newsgraph.text.ParserProvider;

/**
 * The event coder: who did what to whom, in CAMEO, for each sentence of the article's own text
 * (lead, body, subheadings; never the headline, teasers, adverts, credit or appended text).
 *
 * <p>Actors are the article's entities that carry a CAMEO actor code (countries, their capitals and
 * seats of government as the government: Moscow, the Kremlin; leaders; organisations), and, where
 * given, the phrases of an {@link ActorDictionary}. Only sentences with an actor are parsed, with
 * the {@link DependencyParser} installed for the language; the verbs come from a {@link
 * VerbLexicon}. Each event gets a {@link org.newsgraph.model.Factuality}: asserted, negated,
 * hypothetical (modals, conditionals, plans, questions) or reported (inside a direct quote, or
 * reported speech of a speaker who is an actor, unless it is plainly attributed: "Iran said Israel
 * attacked Syria" reports the attack as news does). Armed groups without an entity (Hezbollah, the
 * Taliban) are actors through the bundled {@code armed-groups.txt}. In English, a pronoun or bare
 * title that stands for an actor of an earlier sentence is that actor ({@link Antecedents}).
 *
 * <p>Without a parser for the language, or without entities (no recognizer ran) and no dictionary,
 * the article passes unchanged: {@code events} stays "not analysed".
 */
public final class EventCoder implements Stage {
  private final ParserProvider parsers;
  private final SentenceCoder english;
  private final SentenceCoder german;
  private final ActorDictionary dictionary;
  private final CameoCodes codes = CameoCodes.bundled();
  private static final ActorDictionary ARMED_GROUPS = ActorDictionary.armedGroups();
  private static final ActorDictionary INSTITUTIONS = ActorDictionary.institutions();
  private static final ActorDictionary PLACES = ActorDictionary.places();

  /** The bundled verb lexicons and the installed parsers. */
  public EventCoder() {
    this(ParserProvider.installed(), VerbLexicon.bundled("en"), VerbLexicon.bundled("de"), ActorDictionary.EMPTY);
  }

  public EventCoder(ParserProvider parsers, VerbLexicon english, VerbLexicon german, ActorDictionary dictionary) {
    this.parsers = parsers;
    this.english = new SentenceCoder(english);
    this.german = new SentenceCoder(german);
    this.dictionary = dictionary;
  }

  @Override
  public Article apply(Article article) {
    String lang = article.language();
    boolean de = "de".equals(lang);
    if (!(de || "en".equals(lang)) || (article.entities() == null && dictionary.size() == 0)) {
      return article;
    }
    Optional<DependencyParser> parser = parsers.forLanguage(lang);
    if (parser.isEmpty()) {
      return article;
    }
    String text = article.text();
    List<Span> paragraphs = Paragraphs.ofArticleText(article);
    List<ActorMention> entityActors = entityActors(article);
    List<Quoted> quoted = quoted(article, de ? german : english);
    Antecedents antecedents = de ? null : new Antecedents(text, paragraphs, article.entities());
    List<Event> events = new ArrayList<>();
    for (Span sentence : Sentences.split(text, paragraphs, de ? Locale.GERMAN : Locale.ENGLISH)) {
      events.addAll(code(text, sentence, entityActors, antecedents, quoted, parser.get(), de));
    }
    return article.toBuilder().events(events).build();
  }

  /** A name in brackets, as the agency of a dateline ("QUETTA, Pakistan (Reuters) -"), acts in no clause. */
  private static boolean bracketed(String text, Span span) {
    return span.start() > 0 && span.end() < text.length() && text.charAt(span.start() - 1) == '(' && text.charAt(span.end()) == ')';
  }

  /** A part of a quote that the article does not assert, and the entity of its speaker (or null). */
  private record Quoted(Span part, String speaker) {}

  private List<Event> code(String text, Span sentence, List<ActorMention> entityActors, Antecedents antecedents,
      List<Quoted> quoted, DependencyParser parser, boolean de) {
    List<Word> words = Word.tokenize(text, sentence.start(), sentence.end());
    List<ActorMention> actors = new ArrayList<>();
    for (ActorMention a : entityActors) {
      if (a.span().start() >= sentence.start() && a.span().end() <= sentence.end() && !bracketed(text, a.span())) {
        actors.add(a);
      }
    }
    List<List<ActorMention>> phrases = new ArrayList<>();
    for (ActorDictionary d : List.of(dictionary, ARMED_GROUPS, INSTITUTIONS, PLACES)) {
      phrases.add(d.find(words));
    }
    if (de) {
      phrases.add(FederalGovernment.find(words, sentence, entityActors));
    }
    for (List<ActorMention> found : phrases) {
      for (ActorMention a : found) {
        if (!bracketed(text, a.span()) && actors.stream().noneMatch(b -> b.span().start() < a.span().end() && a.span().start() < b.span().end())) {
          actors.add(a);
        }
      }
    }
    // a pronoun or title that stands for someone named before: only beside a name of this sentence,
    // so that no sentence is parsed for one actor alone ("the two sides" are two)
    List<ActorMention> carried = antecedents == null ? List.of() : antecedents.of(sentence, words, actors);
    if (!actors.isEmpty() || carried.size() > 1) {
      carried.stream().filter(a -> actors.stream().noneMatch(b -> b.span().start() < a.span().end() && a.span().start() < b.span().end()))
          .forEach(actors::add);
    }
    SentenceCoder coder = de ? german : english;
    if (actors.isEmpty() || words.size() < 3 || !coder.mayHaveEvent(words)) {
      return List.of(); // parsing is nearly all the cost: parse only what can hold an event
    }
    List<String> forms = words.stream().map(Word::text).toList();
    ParsedSentence parsed = new ParsedSentence(words, parser.parse(forms), de);
    boolean question = text.substring(sentence.start(), sentence.end()).replaceAll("[\\s\"”“»«'’)]+$", "").endsWith("?");
    List<SentenceCoder.Found> found = new ArrayList<>(coder.code(parsed, actors, question));
    if (found.stream().allMatch(f -> f.target() == null) && twoSides(actors)) {
      found.addAll(shortened(parsed, actors, question, parser, coder));
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Event> out = new ArrayList<>();
    for (SentenceCoder.Found f : found) {
      String target = f.target() == null ? null : f.target().code();
      if (!seen.add(f.source().code() + " " + target + " " + f.code() + " " + f.verb().start())) {
        continue;
      }
      CameoCodes.Code c = codes.get(f.code());
      out.add(new Event(sentence, f.source().code(), target, f.code(), c.goldstein(), c.quadClass(),
          f.source().entity(), f.target() == null ? null : f.target().entity(),
          new Span(f.verb().start(), f.verb().end()), reported(f, quoted) ? Factuality.REPORTED : f.factuality()));
    }
    return out;
  }

  /** Whether the actors are of more than one side, so that an event may join two of them. */
  private static boolean twoSides(List<ActorMention> actors) {
    return actors.stream().anyMatch(a -> actors.stream().anyMatch(b -> !a.code().equals(b.code()) && !Sides.sameState(a.code(), b.code())));
  }

  /**
   * The events between two actors that the sentence gives when read without an opening phrase, its
   * brackets or a second participle ({@link Shortening}), where the whole sentence gave none: a
   * second parse, only for sentences with two actors and nothing joining them.
   */
  private static List<SentenceCoder.Found> shortened(ParsedSentence parsed, List<ActorMention> actors, boolean question,
      DependencyParser parser, SentenceCoder coder) {
    List<Word> words = Shortening.of(parsed);
    if (words == null) {
      return List.of();
    }
    ParsedSentence shorter = new ParsedSentence(words, parser.parse(words.stream().map(Word::text).toList()), parsed.german);
    return coder.code(shorter, actors, question).stream().filter(f -> f.target() != null).toList();
  }

  /**
   * Whether an otherwise asserted event is told inside a quote that is not the source's own
   * speech: a quote tool may read "Russia welcomed X but rejected Y" as Russia's speech, and
   * Russia's own act is then no claim about it.
   */
  private static boolean reported(SentenceCoder.Found f, List<Quoted> quoted) {
    if (f.factuality() != Factuality.ASSERTED) {
      return false;
    }
    for (Quoted q : quoted) {
      if (f.verb().start() >= q.part().start() && f.verb().end() <= q.part().end()
          && (q.speaker() == null || !q.speaker().equals(f.source().entity()))) {
        return true;
      }
    }
    return false;
  }

  private static List<ActorMention> entityActors(Article article) {
    List<ActorMention> out = new ArrayList<>();
    if (article.entities() == null) {
      return out;
    }
    for (Entity e : article.entities()) {
      if (e.actor() == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        out.add(new ActorMention(m.span(), e.actor(), e.id(), e.type() == EntityType.PERSON));
      }
    }
    return out;
  }

  /**
   * What the article does not assert itself: direct quotes, and reported speech whose speaker is an
   * actor and whose cue doubts or argues (claimed, insisted: a government's claim is the government's
   * act of saying, not a fact). Reported speech of sources without an actor ("according to two
   * diplomats") and plain attribution ("Trump said China agreed") are how news reports facts.
   * Reported speech whose cue is itself an event verb ("Moscow accused Kyiv of aggression, and Israel
   * struck ...", read as Moscow's speech) is that verb's object, coded as the act it is.
   */
  /** Speech cues that attribute without doubting: what follows them is reported as it happened. */
  private static final Set<String> PLAIN_CUES = Set.of(
      "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
      "announce", "announces", "announced", "confirm", "confirms", "confirmed", "report", "reports", "reported",
      "note", "notes", "noted", "state", "states", "stated", "explain", "explains", "explained",
      "sagt", "sagte", "sagten", "erklärt", "erklärte", "teilte", "mit", "bestätigt", "bestätigte", "berichtet", "berichtete");

  private static List<Quoted> quoted(Article article, SentenceCoder coder) {
    List<Quoted> out = new ArrayList<>();
    if (article.quotes() == null) {
      return out;
    }
    Map<String, String> actorOf = new HashMap<>();
    if (article.entities() != null) {
      for (Entity e : article.entities()) {
        if (e.actor() != null) {
          actorOf.put(e.id(), e.actor());
        }
      }
    }
    for (Quote q : article.quotes()) {
      if (q.kind() != QuoteKind.SPEECH) {
        continue;
      }
      boolean actorSpeaker = q.speaker() != null && q.speaker().entity() != null && actorOf.containsKey(q.speaker().entity());
      List<Word> cue = q.cue() == null ? List.of() : Word.tokenize(article.text(), q.cue().start(), q.cue().end());
      boolean eventCue = coder.mayHaveEvent(cue);
      // "Trump said Iran fired missiles": plain attribution is how news reports what happened
      boolean plainCue = !cue.isEmpty() && cue.stream().allMatch(w -> PLAIN_CUES.contains(w.lower()) || !w.isWord());
      boolean doubted = actorSpeaker && !eventCue && !plainCue;
      for (Span part : q.parts()) {
        List<Span> spans;
        if (q.direct()) {
          // a direct quote whose part runs on outside its marks ("the United States offered its “full
          // support ...,” a spokeswoman said"): only the words in the marks are the speaker's, the rest is
          // the writer's report of them
          List<Span> marked = doubted ? List.of() : inMarks(article.text(), part, "de".equals(article.language()));
          spans = marked.isEmpty() ? List.of(part) : marked;
        } else {
          spans = doubted ? List.of(beforeTimeClause(article.text(), part)) : List.of();
        }
        for (Span span : spans) {
          out.add(new Quoted(span, q.speaker() == null ? null : q.speaker().entity()));
        }
      }
    }
    return out;
  }

  /**
   * A clause of time set off by a comma, also before a closing mark ("..., just hours after Trump canceled
   * the summit", "“... format,” just hours after"): the writer's setting of the speech, which ends the
   * reported words before it.
   */
  private static final Pattern TIME_CLAUSE = Pattern.compile(
      ",[\"”’»]?\\s+(?:(?:just|only|shortly|barely|even)\\s+)?(?:(?:a\\s+few|several|\\w+)\\s+)?(?:minutes?|hours?|days?|weeks?|months?)?\\s*(?:after|before)\\s");

  /** The part of reported speech up to a clause of time that the writer sets after it. */
  private static Span beforeTimeClause(String text, Span part) {
    Matcher m = TIME_CLAUSE.matcher(text).region(part.start(), part.end());
    return m.find() ? new Span(part.start(), m.start()) : part;
  }

  /** Quotation marks that open a quote, and those that close one, in English and in German; a straight mark does either. */
  private static final String OPENING = "“«";
  private static final String CLOSING = "”»";
  private static final String OPENING_DE = "„»";
  private static final String CLOSING_DE = "“«";

  /**
   * The pieces of the part that lie between quotation marks inside it ("offered its “full support ...”"),
   * a piece before a first closing mark included; none where the part holds no mark.
   */
  private static List<Span> inMarks(String text, Span part, boolean de) {
    String opening = de ? OPENING_DE : OPENING;
    String closing = de ? CLOSING_DE : CLOSING;
    List<Span> out = new ArrayList<>();
    int open = part.start();
    boolean inside = true;
    boolean marks = false;
    for (int i = part.start(); i < part.end(); i++) {
      char c = text.charAt(i);
      boolean straight = c == '"';
      if (!straight && opening.indexOf(c) < 0 && closing.indexOf(c) < 0) {
        continue;
      }
      boolean opens = straight ? i == part.start() || Character.isWhitespace(text.charAt(i - 1)) : opening.indexOf(c) >= 0;
      if (!marks && opens) {
        inside = false; // the words before the first opening mark are the writer's
      }
      marks = true;
      if (opens) {
        open = i + 1;
        inside = true;
      } else if (inside) {
        out.add(new Span(open, i));
        inside = false;
      }
    }
    if (marks && inside && open < part.end()) {
      out.add(new Span(open, part.end()));
    }
    return marks ? out : List.of();
  }
}
