package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;
import org.newsgraph.quote.CueLexicon.Kind;
import org.newsgraph.quote.QuoteMarks.Quoted;
import org.newsgraph.quote.SpeakerFinder.Phrase;
import org.newsgraph.quote.Words.Token;

/**
 * Finds the quotes of a run of paragraphs in one language: direct quotes from paired quotation
 * marks, attributed by the cue clause beside them ("..., X said", "X sagte: „...“") or by the
 * speaker of the sentences before; reported speech from cues in the running text ("X said that
 * ...", "according to X, ...", "..., X says", "laut X", "X zufolge", "heißt es aus X"); German
 * sentences in Konjunktiv I that go on reporting what someone said; transcripts ("PENCE: ...");
 * and scare quotes. Speakers are spans of the text; pronouns get the earlier name they stand for.
 *
 * <p>A finder holds the state of one article while it works: make one for each article (it is
 * cheap; the lexicon it reads is shared).
 */
final class QuoteFinder {
  /** Quotes of at most this many words, which nobody is said to have said, are scare quotes. */
  static final int SCARE_MAX_WORDS = 4;
  /** How many sentences back a speaker named before still speaks an unattributed quote. */
  static final int CONTEXT_SENTENCES = 2;

  private static final Set<String> ADJUNCT_START =
      set(
          "on", "in", "at", "during", "while", "after", "before", "via", "through", "to", "from", "with", "for",
          "last", "this", "earlier", "later", "late", "early", "recently", "then", "again", "too", "also",
          "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
          "sunday", "in a", "privately", "publicly", "repeatedly", "once", "told", "according", "am", "im",
          "bei", "beim", "auf", "gegenüber", "nach", "vor", "dem", "den", "der", "zudem", "außerdem", "heute",
          "gestern", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
          "weiter", "anschließend", "zuvor", "später", "bereits", "auch");

  private final CueLexicon lexicon;
  private final SpeakerFinder speakers;
  private final boolean german;

  QuoteFinder(CueLexicon lexicon, boolean german) {
    this.lexicon = lexicon;
    this.german = german;
    this.speakers = new SpeakerFinder(lexicon, german);
  }

  /** A sentence with its words and what was found in it. */
  private static final class Sent {
    final Span span;
    final int para;
    final int index;
    final List<Token> toks;
    Attribution attribution;

    Sent(Span span, int para, int index, List<Token> toks) {
      this.span = span;
      this.para = para;
      this.index = index;
      this.toks = toks;
    }
  }

  /** Who says something where, found in one sentence; {@code content} is empty when it is a direct quote's. */
  private record Attribution(Speaker speaker, Span cue, List<Span> content, boolean contentBefore, int cueToken, int subject) {
    Attribution(Speaker speaker, Span cue, List<Span> content, boolean contentBefore, int cueToken) {
      this(speaker, cue, content, contentBefore, cueToken, -1);
    }

    /** The offset where the subject of a cue clause that follows a comma starts ("..., Clinton said she ..."), or -1. */
    Attribution withSubject(int offset) {
      return new Attribution(speaker, cue, content, contentBefore, cueToken, offset);
    }

    Attribution truncated(Span part, int end) {
      List<Span> parts = new ArrayList<>();
      for (Span p : content) {
        parts.add(p == part ? new Span(p.start(), end) : p);
      }
      return new Attribution(speaker, cue, parts, contentBefore, cueToken, subject);
    }
  }

  /** A quote under construction. */
  private static final class Found {
    final List<Span> parts;
    final boolean direct;
    QuoteKind kind;
    Span cue;
    Speaker speaker;
    final Sent sent;
    final boolean cueAfter;
    final Quoted marks;

    Found(List<Span> parts, boolean direct, QuoteKind kind, Span cue, Speaker speaker, Sent sent, boolean cueAfter, Quoted marks) {
      this.parts = new ArrayList<>(parts);
      this.direct = direct;
      this.kind = kind;
      this.cue = cue;
      this.speaker = speaker;
      this.sent = sent;
      this.cueAfter = cueAfter;
      this.marks = marks;
    }

    int start() {
      return parts.get(0).start();
    }

    int end() {
      return parts.get(parts.size() - 1).end();
    }
  }

  private String text;
  private List<Quoted> top;
  private List<Sent> sents;
  /** The parts of the quotes found so far, by start, for overlap look-ups in long articles. */
  private final java.util.TreeMap<Integer, List<Found>> partsByStart = new java.util.TreeMap<>();
  private int longestPart;
  private final java.util.Set<Quoted> usedMarks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private void register(Found f) {
    for (Span p : f.parts) {
      partsByStart.computeIfAbsent(p.start(), k -> new ArrayList<>(1)).add(f);
      longestPart = Math.max(longestPart, p.length());
    }
    if (f.marks != null) {
      usedMarks.add(f.marks);
    }
  }

  /** The quotes found so far with a part that overlaps [start, end). */
  private List<Found> foundOverlapping(int start, int end) {
    List<Found> out = new ArrayList<>();
    for (List<Found> fs : partsByStart.subMap(start - longestPart, true, end, false).values()) {
      for (Found f : fs) {
        for (Span p : f.parts) {
          if (p.start() < end && start < p.end() && !out.contains(f)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  /** The top-level quotes that overlap [start, end), in order. */
  private List<Quoted> quotesIn(int start, int end) {
    int lo = 0;
    int hi = top.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (top.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int i = lo;
    while (i < top.size() && top.get(i).open() < end) {
      i++;
    }
    return top.subList(lo, i);
  }

  /** The quotes of the paragraphs, spans of {@code text} in order, sorted by start. */
  List<Quote> find(String text, List<Span> paragraphs) {
    this.text = text;
    List<Quoted> all = QuoteMarks.pair(text, paragraphs);
    this.top = all.stream().filter(q -> q.depth() == 0).toList();
    this.sents = new ArrayList<>();
    Locale locale = german ? Locale.GERMAN : Locale.ENGLISH;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      for (Span s : Sentences.split(text, para, locale, quotesIn(para.start(), para.end()))) {
        sents.add(new Sent(s, p, sents.size(), Words.tokenize(text, s.start(), s.end())));
      }
    }
    List<Found> found = new ArrayList<>();
    transcripts(paragraphs, found);
    for (Sent s : sents) {
      reported(s, found);
    }
    direct(found);
    if (german) {
      konjunktiv(found);
    }
    found.sort(Comparator.comparingInt(Found::start));
    ahead(found);
    context(found);
    merge(found);
    List<Quote> out = new ArrayList<>();
    for (Found f : found) {
      Speaker sp = f.kind == QuoteKind.SCARE ? null : f.speaker;
      out.add(Quote.of(f.parts, f.direct, f.kind, f.cue, sp));
    }
    this.text = null;
    this.top = null;
    this.sents = null;
    return out;
  }

  // ---------------------------------------------------------------- transcripts

  /**
   * The turns of a transcript ("PENCE: Well, look, ...", "Matthews: ...", "Frage: ..."; see {@link
   * Transcript}): each is its label's direct utterance, up to the end of its line, and goes on
   * over the paragraphs without a label between it and the next turn ("But then I ask the
   * people, ..."), not over stage directions ("(BEGIN VIDEO CLIP.)"). Where the transcript is
   * quoted whole, its quotation is no quote of its own beside the turns.
   */
  private void transcripts(List<Span> paragraphs, List<Found> found) {
    List<List<Token>> firsts = new ArrayList<>(java.util.Collections.nCopies(paragraphs.size(), (List<Token>) null));
    List<Sent> firstSents = new ArrayList<>(java.util.Collections.nCopies(paragraphs.size(), (Sent) null));
    for (Sent s : sents) {
      if (firsts.get(s.para) == null) {
        firsts.set(s.para, s.toks);
        firstSents.set(s.para, s);
      }
    }
    List<Transcript.Turn> turns = Transcript.turns(text, firsts, speakers);
    java.util.Set<Integer> turnParas = new java.util.HashSet<>();
    turns.forEach(turn -> turnParas.add(turn.para()));
    for (int k = 0; k < turns.size(); k++) {
      Transcript.Turn turn = turns.get(k);
      if (turn.role()) {
        continue; // PolNeAR's two Q-and-A interviews disagree: one marks the turns, the other the speech inside them
      }
      Sent s = firstSents.get(turn.para());
      Span para = paragraphs.get(turn.para());
      Token after = s.toks.get(turn.contentStart());
      boolean quoted = s.toks.get(0).isMark() || after.isMark();
      for (Quoted q : quotesIn(para.start(), para.end())) {
        if (q.open() == s.toks.get(0).start() || q.open() == after.start()) {
          usedMarks.add(q); // the transcript quoted whole, or the turn in quotation marks ("Lopez: “...”"), is its turns
        }
      }
      Span content = line(after.start(), para.end(), quoted);
      if (content == null) {
        continue;
      }
      List<Span> parts = new ArrayList<>(List.of(content));
      int next = k + 1 < turns.size() && turns.get(k + 1).para() - turn.para() <= Transcript.MAX_GAP ? turns.get(k + 1).para() : -1;
      for (int p = turn.para() + 1; p < next; p++) {
        Span more = paragraphs.get(p);
        Span line = firsts.get(p) == null || turnParas.contains(p) || "([".indexOf(text.charAt(more.start())) >= 0
            ? null : line(more.start(), more.end(), QuoteMarks.isMark(text.charAt(more.start())));
        if (line != null && words(line.start(), line.end()) >= 2) {
          parts.add(line);
        }
      }
      Span name = Transcript.nameBefore(text, turn.label(), sentencesBefore(turn.label().start()), speakers);
      Speaker sp = new Speaker(turn.label(), name, null);
      add(found, new Found(parts, true, QuoteKind.SPEECH, turn.colon(), sp, s, false, null));
      s.attribution = new Attribution(sp, turn.colon(), List.of(content), false, turn.contentStart() - 1);
    }
    for (Sent s : sents) {
      if (s.attribution == null && (s.index == 0 || sents.get(s.index - 1).para != s.para)) {
        namedLine(paragraphs.get(s.para), s, found);
      }
    }
  }

  /** From {@code start} to the end of its line within the paragraph, trimmed; without the closing mark of a quoted turn. */
  private Span line(int start, int paraEnd, boolean quoted) {
    int end = text.indexOf('\n', start);
    end = end < 0 || end > paraEnd ? paraEnd : end;
    Span s = trim(start, end);
    if (s != null && quoted && QuoteMarks.isMark(text.charAt(s.end() - 1))) {
      s = trim(s.start(), s.end() - 1);
    }
    if (s != null && quoted && QuoteMarks.isMark(text.charAt(s.start()))) {
      s = trim(s.start() + 1, s.end());
    }
    return s;
  }

  /** The sentences that end before the offset. */
  private List<List<Token>> sentencesBefore(int offset) {
    List<List<Token>> out = new ArrayList<>();
    for (Sent s : sents) {
      if (s.span.end() > offset) {
        break;
      }
      out.add(s.toks);
    }
    return out;
  }

  /**
   * "Paul Ryan: FBI Decision Not to Indict Hillary ‘Defies Explanation’": a line of its own that
   * opens with a name and a colon says what the name said, in the words of the writer.
   */
  /** A poll or report that heads a line of its own speaks for what follows its colon, as PolNeAR marks it. */
  private static final Set<String> LINE_SOURCES = set("poll", "report", "survey", "study");

  /** Headings before a colon that are no source: "Editor's note:", "The Latest:", "Delegate Update:". */
  private static final Set<String> NO_LINE_SOURCES = set("note", "latest", "update");

  private void namedLine(Span para, Sent s, List<Found> found) {
    List<Token> t = s.toks;
    if (s.span.end() < para.end() && !text.substring(s.span.end(), para.end()).isBlank() || text.substring(para.start(), para.end()).contains("\n")) {
      return;
    }
    int colon = 1;
    while (colon < t.size() && colon <= 4 && !t.get(colon).isPunct(':')) {
      colon++;
    }
    if (colon >= t.size() || !t.get(colon).isPunct(':') || inQuote(t.get(colon).start()) || t.get(colon + 1 < t.size() ? colon + 1 : colon).isMark()) {
      return;
    }
    Phrase np = speakers.before(t, colon, 0);
    if (np == null && colon == 1 && !german && LINE_SOURCES.contains(t.get(0).lower())) {
      np = new Phrase(0, 1, false); // "Poll: Trump and Clinton hold narrow leads in Pennsylvania"
    }
    Span content = colon + 1 < t.size() ? trim(t.get(colon + 1).start(), s.span.end()) : null;
    boolean named = np != null && (speakers.hasName(t, np) || np.to() == 1 && LINE_SOURCES.contains(t.get(0).lower()));
    if (np == null || np.from() != 0 || np.pronoun() || !named || NO_LINE_SOURCES.contains(t.get(colon - 1).lower()) || content == null || words(content.start(), content.end()) < 3) {
      return;
    }
    Speaker sp = speaker(s, np);
    add(found, new Found(List.of(content), false, QuoteKind.SPEECH, t.get(colon).span(), sp, s, false, null));
    s.attribution = new Attribution(sp, t.get(colon).span(), List.of(content), false, colon);
  }

  // ---------------------------------------------------------------- reported speech

  private void reported(Sent s, List<Found> found) {
    if (s.attribution != null) {
      return;
    }
    List<Token> t = s.toks;
    List<Attribution> candidates = new ArrayList<>();
    Attribution first = null;
    for (int i = 0; i < t.size(); i++) {
      if (inQuote(t.get(i).start())) {
        continue;
      }
      CueLexicon.Match m = cueAt(t, i);
      if (m == null || !m.kind().isSpeech()) {
        continue;
      }
      if (quotedSpan(t, m) || nounUse(t, m)) {
        continue;
      }
      Attribution a = attribute(s, m, first);
      if (a == null) {
        continue;
      }
      if (first == null) {
        first = a;
      }
      candidates.add(a);
      i = m.to() - 1;
    }
    if (!german) {
      Attribution poll = inSource(s);
      if (poll != null) {
        candidates.add(poll);
      }
    }
    // "Asked if she believed Putin wanted Trump to win, Clinton said she ...": a content ends
    // where the clause of another cue begins after a comma
    for (int x = 0; x < candidates.size(); x++) {
      Attribution b = candidates.get(x);
      for (Attribution a : candidates) {
        if (a == b || a.subject() < 0) {
          continue;
        }
        for (Span part : b.content()) {
          // only a content that runs on after its own cue: one before "according to X" keeps its clauses
          if (part.start() >= b.cue().end() && part.start() < a.subject() && a.cue().end() <= part.end()) {
            int comma = a.subject() - 1;
            while (comma > part.start() && text.charAt(comma) != ',') {
              comma--;
            }
            Span cut = trim(part.start(), comma);
            if (cut != null && words(cut.start(), cut.end()) >= 2) {
              b = b.truncated(part, cut.end());
              candidates.set(x, b);
            }
            break;
          }
        }
      }
    }
    // 'Many saw them as "the party of government," From said.': a quotation that ends the
    // content of a cue after it, with words of the sentence before it, is one mixed quote
    for (Attribution a : candidates) {
      Quoted q = a.content().isEmpty() && a.contentBefore() ? quoteBeforeCue(t, a.cueToken()) : null;
      Span mixed = q == null ? null : mixedContent(s, q);
      if (mixed != null) {
        if (!overlapsAny(found, List.of(mixed))) {
          usedMarks.add(q);
          add(found, new Found(List.of(mixed), true, QuoteKind.SPEECH, a.cue(), a.speaker(), s, true, q));
        }
        s.attribution = a;
        return;
      }
    }
    // a cue inside another's content is reported within it: the outer attribution stands; where
    // each holds the other's cue, the cue clause after its content ("..., X said") governs
    Attribution claim = german ? null : possessedClaim(t);
    for (Attribution a : candidates) {
      boolean inner = claim != null && contains(claim, a.cue());
      for (Attribution b : candidates) {
        if (b != a && contains(b, a.cue()) && (!contains(a, b.cue()) || b.contentBefore() && !a.contentBefore())) {
          inner = true;
        }
      }
      if (inner) {
        continue;
      }
      if (s.attribution == null) {
        s.attribution = a;
      }
      if (!a.content().isEmpty() && !overlapsAny(found, a.content())) {
        addReported(found, s, a);
      }
    }
    if (!german) {
      if (claim != null && !overlapsAny(found, claim.content())) {
        add(found, new Found(claim.content(), false, QuoteKind.SPEECH, claim.cue(), claim.speaker(), s, false, null));
      }
      for (Attribution stance : possessedStances(t)) {
        if (!overlapsAny(found, stance.content())) {
          add(found, new Found(stance.content(), false, QuoteKind.SPEECH, stance.cue(), stance.speaker(), s, false, null));
        }
      }
      Question question = askedQuestionAt(t);
      if (question != null && !overlapsAny(found, List.of(question.content()))) {
        add(found, new Found(List.of(question.content()), false, QuoteKind.SPEECH, t.get(question.cueToken()).span(), null, s, false, null));
      }
    }
  }

  /**
   * Where the possessor ending at token {@code at} begins ("his", "Vladimir Putin's"), or -1 when
   * the token is no possessive.
   */
  private int possessorStart(List<Token> t, int at) {
    Token owner = t.get(at);
    String w = owner.lower();
    boolean possessive = POSSESSIVE_PRONOUNS.contains(w)
        || owner.isCapitalized() && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’"));
    if (!possessive) {
      return -1;
    }
    int from = at;
    while (from > 0 && owner.isCapitalized() && t.get(from - 1).isCapitalized() && t.get(from - 1).isWord() && !speakers.isStop(t.get(from - 1))
        && !speakers.isDeterminer(t.get(from - 1))) {
      from--;
    }
    return from;
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = set("his", "her", "their", "its");
  private static final Set<String> SUBJECT_PRONOUNS = set("he", "she", "they", "we", "i", "it", "you");
  /** Words that open a new clause and so end the phrase a noun of stance is about. */
  private static final Set<String> STANCE_ENDS = set("that", "which", "who", "because", "as", "while", "but");

  private static final Set<String> CLAIM_NOUNS =
      set("claim", "claims", "view", "belief", "argument", "assertion", "contention", "insistence", "promise", "pledge", "warning", "suggestion", "accusation", "charge");

  /** "Trump's claim that he opposed the war", "her view that ...": the owner says what follows "that". */
  private Attribution possessedClaim(List<Token> t) {
    for (int k = 1; k + 3 < t.size(); k++) {
      if (!CLAIM_NOUNS.contains(t.get(k).lower()) || !t.get(k + 1).is("that") || inQuote(t.get(k).start())) {
        continue;
      }
      Token owner = t.get(k - 1);
      int from = possessorStart(t, k - 1);
      if (from < 0) {
        continue;
      }
      int end = k + 2;
      while (end < t.size() && !t.get(end).isPunct(';') && !t.get(end).isPunct('.') && !t.get(end).isPunct('?')) {
        end++;
      }
      Span c = trim(t.get(k + 2).start(), t.get(end - 1).end());
      if (c != null && words(c.start(), c.end()) >= 3) {
        Speaker sp = new Speaker(new Span(t.get(from).start(), owner.end()));
        return new Attribution(sp, t.get(k).span(), List.of(c), false, k);
      }
    }
    return null;
  }

  /**
   * A noun of stance and the preposition that takes what the stance is about: "his attacks on". On
   * the train split "support for" and "opposition to" were wrong more often than right (PolNeAR
   * marks them only now and then), so they are left out.
   */
  private static final Map<String, String> STANCE_NOUNS = Map.ofEntries(
      Map.entry("criticism", "of"), Map.entry("attacks", "on"), Map.entry("attack", "on"), Map.entry("endorsement", "of"),
      Map.entry("condemnation", "of"), Map.entry("defense", "of"), Map.entry("call", "for"), Map.entry("calls", "for"));

  /**
   * "Trump's attacks on Bill Clinton", "her criticism of the trade deal": the owner of a noun of
   * stance holds it about the phrase after its preposition, up to punctuation or a new clause (at
   * most 12 words).
   */
  private List<Attribution> possessedStances(List<Token> t) {
    List<Attribution> out = new ArrayList<>();
    for (int k = 1; k + 2 < t.size(); k++) {
      String prep = STANCE_NOUNS.get(t.get(k).lower());
      if (prep == null || !t.get(k + 1).is(prep) || inQuote(t.get(k).start())) {
        continue;
      }
      Token owner = t.get(k - 1);
      int from = possessorStart(t, k - 1);
      if (from < 0) {
        continue;
      }
      int end = k + 2;
      while (end < t.size() && end - (k + 2) < 12 && t.get(end).isWord() && !FINITE.contains(t.get(end).lower()) && !verbAfterNoun(t, end)
          && !STANCE_ENDS.contains(t.get(end).lower())) {
        end++;
      }
      if (end == k + 2 || end - (k + 2) >= 12) {
        continue;
      }
      Span c = trim(t.get(k + 2).start(), t.get(end - 1).end());
      if (c != null) {
        Speaker sp = new Speaker(new Span(t.get(from).start(), owner.end()));
        out.add(new Attribution(sp, new Span(t.get(k).start(), t.get(k + 1).end()), List.of(c), false, k));
      }
    }
    return out;
  }

  private static final Set<String> PAST_VERBS =
      set("drew", "came", "made", "won", "lost", "left", "got", "took", "gave", "put", "kept", "went", "became", "met", "led", "brought", "began", "saw");

  /** "Okafor's attacks on the board drew a rebuke": a past verb after a noun ends the phrase before it. */
  private boolean verbAfterNoun(List<Token> t, int k) {
    Token x = t.get(k);
    Token before = t.get(k - 1);
    return x.isLower() && before.isWord() && !speakers.isDeterminer(before) && !speakers.isPreposition(before)
        && (PAST_VERBS.contains(x.lower()) || x.lower().endsWith("ed") && x.lower().length() > 4);
  }

  private static final Set<String> QUESTION_WORDS = set("whether", "if", "what", "which", "why", "who", "whom", "how", "when", "where", "about");

  /** A question reported after "asked" without the one who asked ("Asked whether he would run, Biden said ..."). */
  private record Question(Span content, int cueToken) {}

  private Question askedQuestionAt(List<Token> t) {
    for (int k = 0; k + 2 < t.size(); k++) {
      Token x = t.get(k);
      if (!x.lower().equals("asked") || inQuote(x.start()) || !QUESTION_WORDS.contains(t.get(k + 1).lower())) {
        continue;
      }
      boolean passive = k == 0 || t.get(k - 1).isPunct(',') || Set.of("when", "was", "were", "being", "been", "if").contains(t.get(k - 1).lower());
      if (!passive) {
        continue;
      }
      int from = k + 1;
      int end = k + 2;
      while (end < t.size() && !t.get(end).isPunct(',') && !t.get(end).isPunct('.') && !t.get(end).isPunct(';') && !t.get(end).isPunct('?')) {
        end++;
      }
      Span c = trim(t.get(from).start(), t.get(end - 1).end());
      if (c != null && words(c.start(), c.end()) >= 3) {
        return new Question(c, k);
      }
    }
    return null;
  }

  /** The quotation that closes right before the cue clause at token {@code cue} ('"...," From said'), or null. */
  private Quoted quoteBeforeCue(List<Token> t, int cue) {
    for (int k = cue - 1; k >= Math.max(0, cue - 8); k--) {
      Token x = t.get(k);
      if (x.isMark() && closesQuote(x)) {
        for (Quoted q : quotesIn(x.start(), x.end())) {
          if (q.close() <= x.start() && x.start() < q.end()) {
            return q;
          }
        }
        return null;
      }
      if (x.isPunct('.') || x.isPunct('?') || x.isPunct('!') || x.isPunct(';') || x.isPunct(':')) {
        return null;
      }
    }
    return null;
  }

  /** From the sentence start to the end of the quotation, when at least two words of the sentence stand before it. */
  private Span mixedContent(Sent s, Quoted q) {
    if (q.open() <= s.span.start() || q.open() >= s.span.end()) {
      return null;
    }
    int words = 0;
    for (Token x : s.toks) {
      if (x.start() >= q.open()) {
        break;
      }
      if (x.isMark() || inQuote(x.start())) {
        return null;
      }
      if (x.isWord()) {
        words++;
      }
    }
    return words < 2 ? null : trim(s.span.start(), q.end());
  }

  /** "the support", "his plans", "in support of": a verb's form used as a noun is no cue. */
  private boolean nounUse(List<Token> t, CueLexicon.Match m) {
    if (german || !(m.kind() == Kind.VERB || m.kind() == Kind.VERB_TO)) {
      return false;
    }
    if (m.to() < t.size() && Set.of("himself", "herself", "itself", "themselves").contains(t.get(m.to()).lower())) {
      return true; // "found himself in the awkward position"
    }
    if (m.to() < t.size() && NOUN_FOLLOWERS.contains(t.get(m.to()).lower())) {
      return true; // "The tax cut plans are ...", "his views were"
    }
    if (t.get(m.to() - 1).is("support") && (m.to() >= t.size() || !t.get(m.to()).isWord() || NOUN_PREPOSITIONS.contains(t.get(m.to()).lower()))) {
      return true; // "enjoys 48% support in the state", "support among black voters"
    }
    if (m.from() == 0) {
      return false;
    }
    Token p = t.get(m.from() - 1);
    return NOUN_DETERMINERS.contains(p.lower()) || p.isPossessive() && p.isCapitalized() && !p.lower().matches("(he|she|it|that|there|what|who|here)['’]s");
  }

  private static final Set<String> NOUN_PREPOSITIONS = set("in", "among", "of", "from", "for", "across", "with", "on", "to", "behind");
  private static final Set<String> NOUN_FOLLOWERS = set("is", "are", "was", "were", "has", "have", "had", "will", "would");
  private static final Set<String> NOUN_DETERMINERS =
      set("the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "another", "such", "in", "of", "for");

  private static boolean contains(Attribution a, Span cue) {
    return a.content().stream().anyMatch(c -> c.start() <= cue.start() && cue.end() <= c.end());
  }

  /** Adds reported speech; a full quotation after a colon at its end becomes a direct quote of its own. */
  private void addReported(List<Found> found, Sent s, Attribution a) {
    Span last = a.content().get(a.content().size() - 1);
    for (Quoted q : quotesIn(last.start(), last.end())) {
      if (q.open() <= last.start() || q.open() >= last.end() || q.end() < last.end() - 1) {
        continue;
      }
      int k = q.open() - 1;
      while (k > last.start() && Character.isWhitespace(text.charAt(k))) {
        k--;
      }
      if (text.charAt(k) != ':') {
        continue;
      }
      Span head = trim(last.start(), k);
      if (head == null || words(head.start(), head.end()) < 2) {
        break;
      }
      List<Span> parts = new ArrayList<>(a.content().subList(0, a.content().size() - 1));
      parts.add(head);
      add(found, new Found(parts, false, QuoteKind.SPEECH, a.cue(), a.speaker(), s, a.contentBefore(), null));
      add(found, new Found(words(q), true, QuoteKind.SPEECH, a.cue(), a.speaker(), s, false, q));
      return;
    }
    add(found, new Found(a.content(), false, QuoteKind.SPEECH, a.cue(), a.speaker(), s, a.contentBefore(), null));
  }

  private boolean quotedSpan(List<Token> t, CueLexicon.Match m) {
    for (int k = m.from(); k < m.to(); k++) {
      if (inQuote(t.get(k).start())) {
        return true;
      }
    }
    return false;
  }

  /** The attribution a cue makes in its sentence, or null when it makes none. */
  private Attribution attribute(Sent s, CueLexicon.Match m, Attribution earlier) {
    List<Token> t = s.toks;
    Span cue = new Span(t.get(m.from()).start(), t.get(m.to() - 1).end());
    switch (m.kind()) {
      case PREP -> {
        if (german && t.get(m.from()).is("so")) {
          return null;
        }
        Phrase np = speakers.after(t, m.to(), t.size());
        if (np == null && !german) {
          np = sourceAfter(t, m.to()); // "according to exit polls", "according to data released Friday by ..."
        }
        if (np == null) {
          return null;
        }
        Speaker sp = speaker(s, np);
        return aroundCue(s, m.from(), np.to(), cue, sp, m.from());
      }
      case POST -> {
        Phrase np = speakers.before(t, m.from(), 0);
        if (np == null) {
          return null;
        }
        return aroundCue(s, np.from(), m.to(), cue, speaker(s, np), m.from());
      }
      case AFTER -> {
        if (m.from() == 0 || !(t.get(m.from() - 1).isPunct(',') || t.get(m.from() - 1).isMark())) {
          return null;
        }
        Phrase np = speakers.after(t, m.to(), t.size());
        if (np == null || np.pronoun() && !speakers.isPronoun(t.get(np.from()))) {
          return null;
        }
        Span content = contentBefore(s, m.from());
        return new Attribution(speaker(s, np), cue, content == null ? List.of() : List.of(content), true, m.from());
      }
      case IMPERSONAL -> {
        Phrase np = null;
        int next = m.to();
        if (next < t.size() && Set.of("aus", "in", "von", "bei", "im").contains(t.get(next).lower())) {
          np = speakers.after(t, next + 1, t.size());
        }
        Speaker sp = np == null ? null : speaker(s, np);
        int end = np == null ? m.to() : np.to();
        return aroundCue(s, m.from(), end, cue, sp, m.from());
      }
      case VERB, VERB_TO -> {
        return verb(s, m, cue, earlier);
      }
      default -> {
        return null;
      }
    }
  }

  private static final Set<String> SOURCE_NOUNS =
      set("poll", "polls", "survey", "surveys", "average", "study", "studies", "report", "analysis");

  /**
   * "In a new Washington Post-ABC News poll, just 18 percent ...", "... leading in the polls.": a
   * poll or study after "in", in a sentence without quotation (where a verb of saying speaks).
   */
  private Attribution inSource(Sent s) {
    List<Token> t = s.toks;
    if (!quotesIn(s.span.start(), s.span.end()).isEmpty()) {
      return null;
    }
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).is("in") || inQuote(t.get(i).start())) {
        continue;
      }
      int k = i + 1;
      while (k < t.size() && k - i <= 10 && (t.get(k).isWord() || t.get(k).isPunct('-') || t.get(k).isPunct('/')) && !inQuote(t.get(k).start())) {
        k++;
      }
      if (k == i + 1 || !SOURCE_NOUNS.contains(t.get(k - 1).lower()) || k < t.size() && !t.get(k).isPunct(',') && !t.get(k).isPunct('.')) {
        continue;
      }
      Phrase np = new Phrase(i + 1, k, false);
      return aroundCue(s, i, k, t.get(i).span(), speaker(s, np), i);
    }
    return null;
  }

  /** The longest source after "according to": "early results of exit polls conducted by Edison Research for the Associated Press and television networks". */
  private static final int SOURCE_MAX_WORDS = 20;

  /** Whatever follows "according to" up to the next punctuation, fewer than SOURCE_MAX_WORDS words: a source needs no capital or determiner. */
  private Phrase sourceAfter(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && k - from < SOURCE_MAX_WORDS && t.get(k).isWord() && !inQuote(t.get(k).start())) {
      k++;
    }
    if (k == from || k - from >= SOURCE_MAX_WORDS || k < t.size() && !t.get(k).isPunct(',') && !t.get(k).isPunct('.') && !t.get(k).isPunct(';')) {
      return null;
    }
    return new Phrase(from, k, false);
  }

  /** "according to X, CONTENT", "CONTENT, according to X", "Laut X CONTENT", "CONTENT, heißt es aus X". */
  private Attribution aroundCue(Sent s, int from, int to, Span cue, Speaker sp, int cueToken) {
    List<Token> t = s.toks;
    int before = from;
    // words that only lead into the sentence ("But according to ...") are no content
    int lead = 0;
    while (lead < before && (t.get(lead).is("but") || t.get(lead).is("and") || t.get(lead).is("aber") || t.get(lead).is("und") || t.get(lead).is("doch") || !t.get(lead).isWord())) {
      lead++;
    }
    Span pre = lead < before ? trim(t.get(lead).start(), t.get(before - 1).end()) : null;
    Span post = to < t.size() ? trim(t.get(to).start(), s.span.end()) : null;
    int preWords = pre == null ? 0 : words(pre.start(), pre.end());
    int postWords = post == null ? 0 : words(post.start(), post.end());
    List<Span> content = new ArrayList<>();
    boolean contentBefore;
    if (preWords >= 2 && postWords >= 2) {
      boolean commaBefore = before > 0 && t.get(before - 1).isPunct(',');
      boolean commaAfter = to < t.size() && t.get(to).isPunct(',');
      if (commaBefore && (!commaAfter || !german && describesSource(t, to + 1))) {
        content.add(pre);
        contentBefore = true;
      } else {
        content.add(pre);
        content.add(post);
        contentBefore = false;
      }
    } else if (preWords >= 2) {
      content.add(pre);
      contentBefore = true;
    } else if (postWords >= 2) {
      content.add(post);
      contentBefore = false;
    } else {
      return null;
    }
    if (sp == null && content.size() == 1 && coveredByQuotes(content.get(0))) {
      return null;
    }
    if (content.stream().allMatch(this::coveredByQuotes)) {
      return new Attribution(sp, cue, List.of(), contentBefore, cueToken);
    }
    return new Attribution(sp, cue, content, contentBefore, cueToken);
  }

  private static final Set<String> SOURCE_DESCRIPTIONS =
      set("which", "who", "whose", "where", "a", "an", "the", "one", "two", "three", "four", "five", "both", "all", "each");

  /** "..., according to the Dock Group, which monitors ...", "..., according to X, two of ...": the words after the source describe it. */
  private boolean describesSource(List<Token> t, int k) {
    return k < t.size() && SOURCE_DESCRIPTIONS.contains(t.get(k).lower()) && t.get(k).isLower();
  }

  private Attribution verb(Sent s, CueLexicon.Match m, Span cue, Attribution earlier) {
    List<Token> t = s.toks;
    int v = m.from();
    int prev = v - 1;
    while (prev >= 0 && speakers.isSkippable(t.get(prev))) {
      prev--;
    }
    int tag = partyTagBefore(t, prev);
    if (tag >= 0) {
      prev = tag; // "Sen. Marco Rubio, R-Fla., said", "Rep. Earl Blumenauer (D-Ore.) said"
    }
    int aside = asideBefore(t, prev);
    if (aside >= 0) {
      prev = aside; // "Andrew Liveris, of course, said"
      while (prev >= 0 && speakers.isSkippable(t.get(prev))) {
        prev--;
      }
    }
    if (prev >= 1 && (t.get(prev).is("and") || t.get(prev).is("but") || t.get(prev).is("und")) && t.get(prev - 1).isWord()) {
      // "CITIC runs an oil field ... and says it has ...": the subject opens the clause
      Phrase subject = coordinatedSubject(t, prev);
      if (subject != null) {
        Span content = contentAfter(s, m);
        return content == null ? new Attribution(speaker(s, subject), cue, List.of(), false, v) : withContent(speaker(s, subject), cue, content, false, v);
      }
      return null;
    }
    // "..., adding that ...": the participle speaks for the subject of its sentence
    if (t.get(v).lower().endsWith("ing") && prev >= 0 && t.get(prev).isPunct(',')) {
      Speaker subject = earlier != null ? earlier.speaker() : null;
      if (earlier == null && !german) {
        // "A judge struck down the law, saying it violated ...": the subject of the sentence
        Phrase np = cueClauseBefore(t, prev);
        if (np == null) {
          np = openingSubject(t, prev);
        }
        if (np == null) {
          np = coordinatedSubject(t, prev);
        }
        subject = np == null || np.pronoun() && t.get(np.from()).is("who") ? null : speaker(s, np);
      }
      if (subject == null) {
        return null;
      }
      Span content = contentAfter(s, m);
      return content == null ? null : withContent(subject, cue, content, false, v);
    }
    Phrase issuer = earlier == null && prev >= 0 && !t.get(prev).isPunct(',') ? participleSubject(t, v) : null;
    if (issuer != null) {
      Span content = contentAfter(s, m); // "Trump issued a statement saying that ..."
      return content == null ? null : withContent(speaker(s, issuer), cue, content, false, v);
    }
    Phrase np = null;
    boolean inverted = false;
    int subjectStart = -1;
    if (prev >= 0 && (t.get(prev).isPunct(',') || t.get(prev).isMark() && closesQuote(t.get(prev)))) {
      // apposition "Flynn, a top Trump surrogate, said" or inversion "..., said Volkov"
      Phrase np2 = t.get(prev).isPunct(',') ? speakers.before(t, prev, 0) : null;
      if (np2 != null && np2.from() >= 2 && t.get(np2.from() - 1).isPunct(',')) {
        Phrase np1 = speakers.before(t, np2.from() - 1, 0);
        if (np1 != null && !np1.pronoun() && (clauseStart(t, np1.from()) || introBefore(t, np1.from()))) {
          np = speakers.isBareName(t, np2) && !speakers.isBareName(t, np1) ? np2 : np1;
          subjectStart = np1.from();
        }
      }
      if (np == null && np2 != null && np2.pronoun() && t.get(np2.from()).is("who")) {
        np = np2;
        subjectStart = np2.from();
      }
      if (np == null && t.get(prev).isPunct(',')) {
        // "An Israeli official, speaking on condition of anonymity, said": the subject opens the
        // sentence and a participle or clause stands between it and the verb
        int comma = -1;
        for (int k = prev - 1; k > 0; k--) {
          if (t.get(k).isPunct(',') || t.get(k).isMark() || inQuote(t.get(k).start())) {
            comma = t.get(k).isPunct(',') ? k : -1;
            break;
          }
        }
        Phrase np1 = comma > 0 ? speakers.before(t, comma, 0) : null;
        if (np1 != null && !np1.pronoun() && clauseStart(t, np1.from()) && prev - comma >= 2 && t.get(comma + 1).isLower()) {
          np = np1;
          subjectStart = np1.from();
        }
      }
      if (np == null && t.get(prev).isPunct(',') && !adjunctOnly(t, m.to()) && contentAfter(s, m) != null) {
        // "Geoff Garin, a Democratic pollster who is working with ..., said the primaries ...": a
        // name opens the sentence, a long apposition follows, and the content comes after the verb
        np = appositionSubject(t, prev);
        subjectStart = np == null ? -1 : np.from();
      }
      if (np == null && m.kind() == Kind.VERB_TO && np2 != null && !np2.pronoun()) {
        // "One delegate not on the slate, Kelly Smith, told POLITICO ...": after "told" stands the
        // addressee, never an inverted speaker
        np = np2;
        subjectStart = np2.from();
      }
      if (np == null && m.kind() != Kind.VERB_TO) {
        np = speakers.after(t, m.to(), t.size());
        if (np != null && !german && !endsClause(t, np.to())) {
          // "Arturo Sarukhan, the former ambassador, said Mexico must rebut ...": a phrase that a
          // verb follows is the content's subject, not an inverted speaker
          return null;
        }
        inverted = np != null;
      }
    } else {
      np = speakers.before(t, prev + 1, 0);
      if (np == null && prev >= 2 && !german && Set.of("them", "us", "those").contains(t.get(prev).lower()) && t.get(prev - 1).is("of")
          && t.get(prev - 2).isWord() && clauseStart(t, prev - 2)) {
        np = new Phrase(prev - 2, prev + 1, false); // "Most of them said"
      }
      if (np == null && !german) {
        np = quantityBefore(t, prev); // "47% say", "One in five say", "about two-thirds, 67 percent, say"
      }
      if (np != null && !np.pronoun() && !german) {
        // '"...," federal auditors wrote in their letter': lower-case modifiers after a quotation belong to the subject
        int k = np.from();
        while (k > 0 && np.from() - k < 3 && t.get(k - 1).isWord() && modifiersOnly(t, k - 1, k)) {
          k--;
        }
        if (k < np.from() && afterQuote(t, k)) {
          np = new Phrase(k, np.to(), false);
        }
      }
      if (np != null) {
        subjectStart = np.from();
        int prep = np.from() - 1;
        if (prep >= 0 && speakers.isPreposition(t.get(prep)) && !(!german && !np.pronoun() && SUBORDINATORS.contains(t.get(prep).lower()))) {
          // "Das Außenministerium in Paris bestätigte": the phrase before the preposition is the
          // subject; "Im Podcast sagte ...": a prepositional phrase, not the subject
          Phrase head = prep > 0 ? speakers.before(t, prep, 0) : null;
          if (head != null && !head.pronoun() && clauseStart(t, head.from())) {
            np = head;
            subjectStart = head.from();
          } else {
            np = null;
          }
        }
      }
      if (np == null && german) {
        np = speakers.after(t, m.to(), t.size());
        inverted = np != null;
      }
      if (np == null && !german) {
        // "Only about 4 in 10 Republican voters in each state want": the phrase after "in" was no subject
        np = quantityBefore(t, prev);
        subjectStart = np == null ? -1 : np.from();
      }
      if (np == null && !german && PLAIN_SUBJECT_CUES.contains(t.get(v).lower())) {
        np = plainSubject(t, prev + 1, m.to());
        subjectStart = np == null ? -1 : np.from();
      }
    }
    if (np == null) {
      return null;
    }
    Speaker sp = speaker(s, np);
    if (np.pronoun() && t.get(np.from()).is("who") && np.from() >= 2 && t.get(np.from() - 1).isPunct(',')) {
      Phrase ante = speakers.before(t, np.from() - 1, 0);
      if (ante != null && !ante.pronoun()) {
        sp = new Speaker(sp.span(), speakers.mention(t, ante), null);
      }
    }
    int afterSpeaker = inverted ? np.to() : m.to();
    if (inverted) {
      // "..., said Arkady Volkov, a Kremlin spokesman." or "Paris stehe vor einer Wahl, sagte Diallo."
      if (afterQuote(t, v)) {
        return new Attribution(sp, cue, List.of(), true, v);
      }
      Span content = contentBefore(s, v);
      Span rest = german && !t.get(prev < 0 ? 0 : prev).isPunct(',') ? contentAfterSpeaker(s, np.to()) : null;
      if (rest != null && (content == null || prev < 0 || !t.get(prev).isPunct(','))) {
        return withContent(sp, cue, rest, false, v);
      }
      return content == null ? new Attribution(sp, cue, List.of(), true, v) : withContent(sp, cue, content, true, v);
    }
    // subject before the verb: content before ("..., X said.") or after ("X said (that) ...")
    Span after = contentAfter(s, m);
    // "..., who pledged to ...": a relative clause reports nothing of the clause before it
    boolean relative = np.pronoun() && (t.get(np.from()).is("who") || t.get(np.from()).is("which"));
    boolean commaBeforeSubject = !relative && subjectStart > 0 && (t.get(subjectStart - 1).isPunct(',') || t.get(subjectStart - 1).isMark() && closesQuote(t.get(subjectStart - 1)));
    Span before = commaBeforeSubject && !(after != null && introBefore(t, subjectStart)) ? contentBefore(s, subjectStart) : null;
    if (before != null && (coveredByQuotes(before) || afterQuote(t, subjectStart))) {
      // '"...," Trump said in an interview.': the cue of a direct quote
      return new Attribution(sp, cue, List.of(), true, v);
    }
    Span rest = commaBeforeSubject ? parenthetical(s, afterSpeaker) : null;
    if (rest != null && before == null) {
      before = trim(s.span.start(), t.get(subjectStart - 1).end());
      before = before == null || words(before.start(), before.end()) < 1 ? null : before;
    }
    if (before != null && (after == null || adjunctOnly(t, afterSpeaker) || rest != null)) {
      if (rest != null) {
        List<Span> parts = new ArrayList<>();
        parts.add(before);
        parts.add(rest);
        return new Attribution(sp, cue, parts, false, v);
      }
      return withContent(sp, cue, before, true, v);
    }
    if (after != null && !german && PLAIN_SUBJECT_CUES.contains(t.get(v).lower()) && adjunctClause(t, m.to(), after)) {
      // "Pence said in response.", "Miller said pleasantly into the phone": no content after a verb of
      // saying ("focused on the economy" keeps its prepositional content)
      after = null;
    }
    if (after == null) {
      return before == null && subjectStart >= 0 ? new Attribution(sp, cue, List.of(), false, v) : null;
    }
    Attribution a = withContent(sp, cue, after, false, v);
    if (!german && !np.pronoun() && SEEM_CUES.contains(t.get(v).lower()) && !a.content().isEmpty() && np.to() <= v) {
      // "The music seemed to match the mood": what seems is the subject with its complement, as PolNeAR marks it
      Span subject = trim(t.get(np.from()).start(), t.get(np.to() - 1).end());
      if (subject != null) {
        a = new Attribution(sp, cue, List.of(subject, after), false, v);
      }
    }
    return commaBeforeSubject ? a.withSubject(t.get(subjectStart).start()) : a;
  }

  private static final Set<String> SEEM_CUES = set("seem", "seems", "seemed", "appear", "appears", "appeared");

  /** Verbs that report speech whatever their subject: after them a plain noun phrase is the speaker. */
  private static final Set<String> PLAIN_SUBJECT_CUES =
      set("say", "says", "said", "tells", "told", "adds", "added", "noted", "writes", "wrote", "argue", "argues", "argued", "warn", "warns",
          "warned", "insist", "insists", "insisted", "claimed", "explained", "contend", "contends", "contended", "acknowledged", "acknowledges", "predicted", "predict", "predicts",
          "reported", "reports", "estimated", "estimates", "notes", "claims", "explains", "tell", "write", "show", "shows", "showed", "found", "finds", "suggest", "suggests", "suggested", "indicated", "indicates", "concluded", "revealed", "estimate", "believe", "believes", "believed");

  private static final Set<String> NO_SUBJECT_START =
      set("it", "that", "this", "there", "these", "those", "which", "who", "what", "as", "so", "he", "she", "they", "we", "i", "you",
          "although", "though", "because", "since", "if", "when", "whether", "how", "why", "where", "once", "unless", "until");

  /**
   * "Current and former officials who spoke with the paper said ...", "..., a source close to him
   * said.", "insiders in the next two states — Nevada and South Carolina — said": the noun phrase
   * from its clause start (the sentence start, a comma or a closed quotation) to the verb at
   * {@code end} (the verb ends before {@code verbEnd}), when the name finder knows no shorter one. It must open with a determiner, a
   * number or a noun, hold no finite verb outside a relative clause and no other cue, and stand at
   * most 16 words; a phrase after a comma needs the comma to close an opening adverbial or the
   * verb to end its sentence ("..., legal experts say.").
   */
  private Phrase plainSubject(List<Token> t, int end, int verbEnd) {
    int k = end - 1;
    while (k >= 0 && !t.get(k).isPunct(',') && !t.get(k).isPunct(';') && !t.get(k).isPunct(':') && !t.get(k).isMark() && !inQuote(t.get(k).start())) {
      k--;
    }
    int start = k + 1;
    while (start < end && (t.get(start).is("but") || t.get(start).is("and") || t.get(start).is("even") || t.get(start).is("still") || t.get(start).is("yet"))) {
      start++;
    }
    if (start >= end || end - start > 16) {
      return null;
    }
    Token first = t.get(start);
    if (!first.isWord() || NO_SUBJECT_START.contains(first.lower()) || speakers.isPreposition(first) || ADJUNCT_START.contains(first.lower())
        || first.lower().endsWith("ing") || first.lower().endsWith("ly")) {
      return null;
    }
    if (t.get(end - 1).is("to") || verbEnd < t.size() && t.get(verbEnd).is("by")) {
      return null; // "took to Twitter to say", "the loyalty claimed by his rivals"
    }
    boolean relative = false;
    for (int j = start; j < end; j++) {
      Token x = t.get(j);
      if (x.is("who") || x.is("that") || x.is("which")) {
        relative = true;
      } else if (!relative && (FINITE.contains(x.lower()) || x.isLower() && x.lower().endsWith("ed") && j > start) || lexicon.match(t, j) != null) {
        return null; // "Ted Cruz apologized and told ...": a verb of its own
      }
    }
    if (k >= 0 && t.get(k).isPunct(',') && !introBefore(t, start) && !adjunctOnly(t, verbEnd)) {
      return null;
    }
    return new Phrase(start, end, false);
  }

  /**
   * The subject of a verb joined by "and" to an earlier one: "Silverman was joined on stage ... and
   * joked". The nearest clause before {@code and} that opens with a noun phrase and a lower-case
   * word gives it.
   */
  private Phrase coordinatedSubject(List<Token> t, int and) {
    for (int start = and - 1; start >= 0; start--) {
      if (start > 0 && !t.get(start - 1).isPunct(',') && !t.get(start - 1).isMark()) {
        continue;
      }
      if (start > 0 && inQuote(t.get(start - 1).start()) && !closesQuote(t.get(start - 1))) {
        continue;
      }
      int verb = firstLower(t, start, and);
      if (verb >= and) {
        continue;
      }
      if (t.get(start).isLower() && !speakers.isDeterminer(t.get(start)) && start > 1 && t.get(start - 1).isPunct(',') && !german) {
        // "Gary Emineth, a former state party chairman, became a delegate and said ...": a name
        // and its apposition open the sentence
        Phrase named = namedBeforeApposition(t, 0, start - 1);
        if (named != null) {
          return named;
        }
      }
      Phrase np = speakers.before(t, verb, start);
      if (np != null && np.from() == start && !t.get(verb).lower().endsWith("ing")) {
        return np;
      }
      if (start == 0) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> IRREGULAR_PAST =
      set("struck", "made", "took", "gave", "put", "hit", "won", "lost", "sent", "held", "left", "met", "spoke", "broke", "came", "went", "ran", "wrote", "threw", "stood", "brought", "kept");

  /**
   * The phrase that opens the sentence, or its main clause after an opening adverbial ("On
   * Saturday, Trump issued ..."), before its first verb in the past or present tense ("A federal
   * judge struck down ...").
   */
  private Phrase openingSubject(List<Token> t, int comma) {
    int from = mainClauseStart(t, comma);
    while (from + 1 < comma && OPENING_CONJUNCTIONS.contains(t.get(from).lower())) {
      from++; // "And then Trump went fully on the attack, saying ..."
    }
    for (int v = from + 1; v < Math.min(comma, from + 12); v++) {
      Token x = t.get(v);
      if (!x.isWord() || inQuote(x.start())) {
        return null;
      }
      if (pastOrPresent(x) || IRREGULAR_PAST.contains(x.lower())) {
        Phrase np = speakers.before(t, v, 0);
        return np != null && np.from() == from ? np : null;
      }
    }
    return null;
  }

  /**
   * The subject of the clause whose verb an infinitive of saying follows ("Mr. Trump was prompted
   * to say,", "O'Malley, who signed gun laws as governor, interjected to say:", "Clinton went on to
   * tell the crowd:"); null where no subject opens the clause.
   */
  private Phrase infinitiveSubject(List<Token> t, int to) {
    int from = mainClauseStart(t, to);
    while (from + 1 < to && OPENING_CONJUNCTIONS.contains(t.get(from).lower())) {
      from++;
    }
    for (int v = from + 1; v < Math.min(to, from + 12); v++) {
      Token x = t.get(v);
      if (!x.isWord() || inQuote(x.start())) {
        break;
      }
      if (pastOrPresent(x) || IRREGULAR_PAST.contains(x.lower()) || FINITE.contains(x.lower())) {
        Phrase np = speakers.before(t, v, from);
        return np != null && np.from() == from ? np : null;
      }
    }
    Phrase np = appositionBeforeVerb(t);
    return np != null && np.to() < to ? np : null;
  }

  private static final Set<String> OPENING_CONJUNCTIONS = set("and", "but", "so", "then", "yet");

  /** The first token after an adverbial that opens the sentence before token {@code end} ("At the time, she ..."); 0 where none does. */
  private int mainClauseStart(List<Token> t, int end) {
    for (int c = 1; c + 1 < end; c++) {
      if (t.get(c).isPunct(',')) {
        return introBefore(t, c + 1) ? c + 1 : 0;
      }
    }
    return 0;
  }

  private static final java.util.regex.Pattern PARTY_TAG =
      java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]{1,6}|\\d+(\\.\\d+)?(%|percent)");

  /** The longest share of respondents before its verb: "Only about 4 in 10 Republican voters in each state want". */
  private static final int QUANTITY_MAX_WORDS = 12;

  /**
   * A share of people that opens its clause and ends at token {@code last}, as polls report them
   * ("47%", "One in five", "about two-thirds"): fewer than QUANTITY_MAX_WORDS words with a number
   * or a fraction.
   */
  private Phrase quantityBefore(List<Token> t, int last) {
    if (last < 0) {
      return null;
    }
    int from = last;
    while (from > 0 && last - from < QUANTITY_MAX_WORDS && !t.get(from - 1).isPunct(',') && (t.get(from - 1).isWord() || t.get(from - 1).text().equals("%"))) {
      from--;
    }
    if (from > 0 && !t.get(from - 1).isPunct(',') || last - from >= QUANTITY_MAX_WORDS || inQuote(t.get(from).start())) {
      return null;
    }
    for (int k = from; k <= last; k++) {
      String w = t.get(k).lower();
      if (Character.isDigit(w.charAt(0)) || w.equals("%") || w.equals("percent") || NUMBERS.contains(w) || w.equals("half") || w.contains("third")
          || w.equals("quarter") || w.equals("majority") || w.equals("majorities") || w.equals("plurality")) {
        return new Phrase(from, last + 1, false);
      }
    }
    return null;
  }

  /**
   * A party and state tag that closes at token {@code i} (", R-Fla.," or "(D-Ore.)"): the index of
   * the last token before it, or -1.
   */
  private int partyTagBefore(List<Token> t, int i) {
    if (i < 2 || !t.get(i).isPunct(',') && !t.get(i).is(")")) {
      return -1;
    }
    String open = t.get(i).is(")") ? "(" : ",";
    for (int k = i - 1; k >= Math.max(1, i - 4); k--) {
      if (t.get(k).is(open) || open.equals(",") && t.get(k).isPunct(',')) {
        String tag = text.substring(t.get(k + 1).start(), t.get(i - 1).end()).replace(" ", "");
        return k + 1 < i && PARTY_TAG.matcher(tag).matches() ? k - 1 : -1;
      }
    }
    return -1;
  }

  private static final Set<String> ASIDES =
      set("however", "though", "course", "fact", "too", "also", "meanwhile", "instead", "instance", "example", "turn", "part", "statement", "interview", "though", "indeed", "nonetheless", "nevertheless", "again", "later", "earlier", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** ", of course," ", however," ", in a statement," right before token i+1: the index before its first comma, or -1. */
  private int asideBefore(List<Token> t, int i) {
    if (i < 2 || !t.get(i).isPunct(',') || german) {
      return -1;
    }
    int k = i - 1;
    int n = 0;
    while (k >= 0 && t.get(k).isWord() && n < 5) {
      k--;
      n++;
    }
    if (k < 1 || n == 0 || !t.get(k).isPunct(',') || !ASIDES.contains(t.get(i - 1).lower())) {
      return -1;
    }
    return k - 1;
  }

  /** Whether token i follows a closing quotation mark, with at most a comma between: '"...," said X'. */
  private boolean afterQuote(List<Token> t, int i) {
    int k = i - 1;
    if (k >= 0 && t.get(k).isPunct(',')) {
      k--;
    }
    return k >= 0 && t.get(k).isMark() && closesQuote(t.get(k));
  }

  private Attribution withContent(Speaker sp, Span cue, Span content, boolean before, int v) {
    if (coveredByQuotes(content)) {
      return new Attribution(sp, cue, List.of(), before, v);
    }
    return new Attribution(sp, cue, List.of(content), before, v);
  }

  private boolean closesQuote(Token t) {
    for (Quoted q : quotesIn(t.start(), t.end())) {
      if (q.close() <= t.start() && t.start() < q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Words that may open a clause with its own subject: "... after Trump said he is open to ...". */
  private static final Set<String> SUBORDINATORS = set("after", "before", "since", "until", "as", "when", "while", "because", "although", "though", "if");

  private static final Set<String> SENTENCE_ADVERBS =
      set("still", "however", "meanwhile", "instead", "indeed", "separately", "similarly", "nevertheless", "nonetheless", "now", "yet",
          "again", "also", "likewise", "today", "yesterday", "later", "earlier", "then");
  private static final Set<String> INTRO_START =
      set("after", "when", "while", "as", "although", "though", "because", "since", "despite", "following", "in", "on", "at", "during",
          "before", "later", "earlier", "speaking", "asked", "like", "unlike", "with", "for", "from", "amid", "by", "under", "over");

  /**
   * Whether an adverbial opens the sentence before the comma in front of token i ("After the
   * meeting ended in mayhem, Lange said ...", "Downplaying the ratings, Zucker said ...", "Shortly
   * after the ruling, Cruz proposed ..."): it sets
   * the scene and is no content of the cue after it.
   */
  private boolean introBefore(List<Token> t, int i) {
    if (!german && i == 2 && t.get(1).isPunct(',') && SENTENCE_ADVERBS.contains(t.get(0).lower())) {
      return true; // "Still, Tad Devine, a senior adviser, said ..."
    }
    if (german || i < 3 || !t.get(i - 1).isPunct(',')) {
      return false;
    }
    int k = 0;
    while (k < i && (t.get(k).is("but") || t.get(k).is("and") || t.get(k).is("yet") || !t.get(k).isWord())) {
      k++;
    }
    Token first = t.get(k);
    String w = first.lower();
    boolean opening = first.isCapitalized() && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly") && w.length() > 4 && k + 1 < i && INTRO_START.contains(t.get(k + 1).lower()));
    if (!INTRO_START.contains(w) && !opening && !timePhrase(t, k, i - 1)) {
      return false;
    }
    for (int j = k; j < i; j++) {
      if (t.get(j).isMark() || t.get(j).isPunct(';') || t.get(j).isPunct(':')) {
        return false;
      }
    }
    return true;
  }

  /** Last words of a phrase of time that opens a sentence ("Minutes later,", "But a few days later,", "Two weeks ago,"). */
  private static final Set<String> TIME_ENDS =
      set("later", "earlier", "ago", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day", "days", "weeks", "months", "years");

  /** Whether tokens [from, comma) are a short phrase of words that ends in a word of time. */
  private boolean timePhrase(List<Token> t, int from, int comma) {
    if (comma - from > 5 || comma <= from || !TIME_ENDS.contains(t.get(comma - 1).lower())) {
      return false;
    }
    for (int j = from; j < comma; j++) {
      if (!t.get(j).isWord() || FINITE.contains(t.get(j).lower())) {
        return false;
      }
    }
    return true;
  }

  /** Whether nothing but punctuation, an apposition or an adjunct follows token {@code i - 1} in its clause: "..., said Volkov, a spokesman." */
  private boolean endsClause(List<Token> t, int i) {
    return i >= t.size() || !t.get(i).isWord() || adjunctOnly(t, i);
  }

  /**
   * Whether the content after a cue at token {@code i} is only an adjunct: it opens with a
   * preposition, a word of time or an adverb in -ly, holds at most 8 words and no "that", no
   * subject pronoun, no finite verb and no quotation.
   */
  private boolean adjunctClause(List<Token> t, int i, Span content) {
    if (i >= t.size() || t.get(i).start() != content.start()) {
      return false;
    }
    Token first = t.get(i);
    String w = first.lower();
    if (!speakers.isPreposition(first) && !ADJUNCT_START.contains(w) && !(w.endsWith("ly") && w.length() > 4) && !w.equals("last") && !w.equals("a")) {
      return false;
    }
    if (w.equals("a") && !(i + 1 < t.size() && t.get(i + 1).is("lot"))) {
      return false;
    }
    int n = 0;
    for (int k = i; k < t.size() && t.get(k).start() < content.end(); k++) {
      Token x = t.get(k);
      if (x.is("that") || FINITE.contains(x.lower()) || x.isMark() || lexicon.match(t, k) != null && k > i
          || SUBJECT_PRONOUNS.contains(x.lower())) {
        return false;
      }
      n += x.isWord() ? 1 : 0;
    }
    return n <= 8;
  }

  /** Whether a phrase starting at token i begins its clause: at the sentence start, or after a quotation or a colon. */
  private boolean clauseStart(List<Token> t, int i) {
    if (i == 0) {
      return true;
    }
    Token p = t.get(i - 1);
    if (p.isMark() || p.isPunct(':') || p.isPunct('—')) {
      return true;
    }
    if (p.isPunct(',') && i >= 2 && t.get(i - 2).isMark()) {
      return true;
    }
    int k = i - 1;
    while (k >= 0 && (t.get(k).is("but") || t.get(k).is("and") || t.get(k).is("aber") || t.get(k).is("und") || t.get(k).is("still") || t.get(k).is("yet") || t.get(k).is("even"))) {
      k--;
    }
    return k < 0;
  }

  /** The content after a verb: skips an addressee and adjuncts up to "that", a colon or (in German) a comma. */
  private Span contentAfter(Sent s, CueLexicon.Match m) {
    List<Token> t = s.toks;
    int i = m.to();
    int window = Math.min(t.size(), i + 10);
    int start = i;
    int end = s.span.end();
    for (int k = i; k < window; k++) {
      Token x = t.get(k);
      if (german && x.isPunct(',') && k > i && (speakers.isDeterminer(t.get(i)) || t.get(i).isCapitalized() && !speakers.isPreposition(t.get(i)))) {
        end = t.get(k - 1).end(); // "bestätigte den Eingang der Anfrage, nannte aber ...": the object is the content
        break;
      }
      if (x.is("that") && !german && clauseBetween(t, i, k)) {
        break; // "said he was convinced that ...": the "that" belongs to the content
      }
      if (x.is("that") || x.is("dass") || x.is("daß") || x.isPunct(':') || (german || k == i) && x.isPunct(',')) {
        start = k + 1;
        break;
      }
      if (x.isMark() || x.isPunct('.') || x.isPunct(';') || lexicon.match(t, k) != null && k > i) {
        break;
      }
      if (!german && x.isPunct(',')) {
        break;
      }
    }
    if (start == i && m.kind() == Kind.VERB_TO) {
      Phrase addressee = speakers.after(t, i, t.size());
      if (addressee != null && addressee.to() < t.size() && !addressee.pronoun()) {
        start = addressee.to();
      } else if (addressee != null && addressee.pronoun() && addressee.to() < t.size()) {
        start = addressee.to();
      }
      if (start < t.size() && t.get(start).is("him") || start < t.size() && t.get(start).is("them")) {
        start++;
      }
    }
    if (start >= t.size()) {
      return null;
    }
    Span c = trim(t.get(start).start(), Math.max(end, t.get(start).end()));
    boolean answer = !german && start + 1 < t.size() && (t.get(start).is("yes") || t.get(start).is("no")) && !t.get(start + 1).isWord();
    // "endorsed Cruz", "criticized Sanders": a name alone is the object of a verb of stance, not of saying
    boolean name = !german && m.kind() == Kind.VERB && !PLAIN_SUBJECT_CUES.contains(t.get(m.to() - 1).lower()) && t.get(start).isCapitalized()
        && !speakers.isPronoun(t.get(start)) && !ADJUNCT_START.contains(t.get(start).lower()) && (start + 1 == t.size() || t.get(start + 1).isPunct('.'));
    if (c == null || words(c.start(), c.end()) < 2 && !answer && !name) {
      return null; // one word is no content, but for an answer: "46 percent said yes"
    }
    return answer ? t.get(start).span() : c;
  }

  private static final Set<String> FINITE =
      set("is", "was", "were", "are", "am", "had", "has", "have", "would", "will", "could", "should", "can", "did", "does", "do", "might", "must");

  /** Whether tokens [from, to) hold a clause of their own: a subject pronoun first, or a finite verb. */
  private boolean clauseBetween(List<Token> t, int from, int to) {
    if (from < to && SUBJECT_PRONOUNS.contains(t.get(from).lower())) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (FINITE.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** After an inverted German speaker: "Im Podcast sagte Diallo, Paris stehe ...". */
  private Span contentAfterSpeaker(Sent s, int i) {
    List<Token> t = s.toks;
    for (int k = i; k < Math.min(t.size(), i + 10); k++) {
      if (t.get(k).isPunct(',') || t.get(k).isPunct(':') || t.get(k).is("dass")) {
        if (k + 1 >= t.size()) {
          return null;
        }
        Span c = trim(t.get(k + 1).start(), s.span.end());
        return c == null || words(c.start(), c.end()) < 2 ? null : c;
      }
      if (t.get(k).isMark() || t.get(k).isPunct('.')) {
        return null;
      }
    }
    return null;
  }

  /** The content from the sentence start to the comma before token i; an adverbial of time or manner ("Last month,") is none. */
  private Span contentBefore(Sent s, int i) {
    List<Token> t = s.toks;
    if (i <= 0) {
      return null;
    }
    int end = t.get(i - 1).end();
    Span c = trim(s.span.start(), end);
    int n = c == null ? 0 : words(c.start(), c.end());
    if (n < 2) {
      return null;
    }
    if (n <= 3 && !german) {
      for (int k = 0; k < i; k++) {
        String w = t.get(k).lower();
        if (t.get(k).isWord() && (ADJUNCT_START.contains(w) || w.endsWith("ly") && w.length() > 4)) {
          return null;
        }
      }
    }
    return c;
  }

  /**
   * Words that carry the sentence on after a cue clause between commas ("The argument would be
   * aided, Devine said, by the calendar", "..., the Times said, including speeches").
   */
  private static final Set<String> CONTINUATIONS = set("by", "including", "because", "than", "from", "to");

  /** "Moscow, he said, would treat ...": the rest of the sentence after the cue clause. */
  private Span parenthetical(Sent s, int afterCue) {
    List<Token> t = s.toks;
    int k = afterCue;
    while (k < t.size() && k < afterCue + 6 && !t.get(k).isPunct(',') && !t.get(k).isPunct('.')) {
      k++;
    }
    if (k >= t.size() - 2 || !t.get(k).isPunct(',')) {
      return null;
    }
    Token next = t.get(k + 1);
    boolean continues = CONTINUATIONS.contains(next.lower()) && !ADJUNCT_START.contains(next.lower() + " " + (k + 2 < t.size() ? t.get(k + 2).lower() : ""));
    boolean clauseAfter = next.isCapitalized() && !next.isLower() && !clauseBetween(t, 0, afterCue) && clauseBetween(t, k + 1, t.size());
    if (!continues && !clauseAfter
        && (!next.isLower() || next.lower().endsWith("ing") || next.is("according") || ADJUNCT_START.contains(next.lower()) || speakers.isPreposition(next))) {
      return null;
    }
    Span rest = trim(next.start(), s.span.end());
    return rest == null || words(rest.start(), rest.end()) < 2 ? null : rest;
  }

  /** Whether the words after the cue (up to the end or a comma) are only time, place or an addressee. */
  private boolean adjunctOnly(List<Token> t, int i) {
    int n = 0;
    int k = i;
    for (; k < t.size(); k++) {
      Token x = t.get(k);
      if (x.isMark() && n > 0 && !closesQuote(x) && !german && !ADJUNCT_START.contains(t.get(i).lower()) && !speakers.isPreposition(t.get(i))) {
        // 'said CNN's business "is so much broader"': a quotation inside the words goes on with them
        return false;
      }
      if (x.isPunct(',') || x.isPunct('.') || x.isPunct(';') || x.isMark()) {
        break;
      }
      if (x.is("that") || x.is("dass") || !german && FINITE.contains(x.lower())) {
        return false; // "said Bush is not smart enough": a clause, not an adjunct
      }
      n++;
    }
    if (n == 0) {
      return true;
    }
    Token first = t.get(i);
    return n <= 12 && (ADJUNCT_START.contains(first.lower()) || speakers.isPreposition(first) || first.isCapitalized() && !german);
  }

  private Speaker speaker(Sent s, Phrase np) {
    return new Speaker(speakers.mention(s.toks, np));
  }

  // ---------------------------------------------------------------- direct quotes

  private void direct(List<Found> found) {
    for (Quoted q : top) {
      Span inner = q.inner();
      if (insideContent(found, inner) || usedMarks.contains(q)) {
        continue;
      }
      Sent s = sentenceAt(q.close());
      Sent o = sentenceAt(q.open());
      if (s == null || o == null) {
        continue;
      }
      int nWords = words(inner.start(), inner.end());
      Attribution a = cueAfter(s, q);
      boolean after = a != null;
      if (a == null) {
        a = cueBefore(o, q);
      }
      if (a == null) {
        a = signedAfter(q);
        after = a != null;
      }
      if (a == null && q.single() && nWords < 8) {
        continue; // single marks that nobody is said to have spoken: titles, apostrophes
      }
      if (a != null) {
        add(found, new Found(words(q), true, QuoteKind.SPEECH, a.cue(), a.speaker(), s, after, q));
        continue;
      }
      boolean wholeSentence = !hasWordsOutside(o, q);
      QuoteKind kind = nWords <= SCARE_MAX_WORDS && !wholeSentence ? QuoteKind.SCARE : QuoteKind.SPEECH;
      if (kind == QuoteKind.SPEECH && !wholeSentence && nWords < 8) {
        kind = QuoteKind.SCARE; // a phrase in a sentence that is nobody's statement
      }
      Speaker subject = kind == QuoteKind.SPEECH ? subjectOfLeadIn(o, q) : null;
      add(found, new Found(words(q), true, kind, null, subject, o, false, q));
    }
  }

  /**
   * The subject of the clause that leads into a quotation without a cue: 'Moore thanked him for
   * "..."', 'Band member Flea shared the news, writing "..."', or a sentence before that ends
   * with a colon ('President Clinton released the following statement:'). Null when the quote
   * opens its sentence without such a colon, or no subject opens a clause.
   */
  private Speaker subjectOfLeadIn(Sent s, Quoted q) {
    List<Token> t = s.toks;
    int end = 0;
    while (end < t.size() && t.get(end).start() < q.open()) {
      end++;
    }
    Speaker heading = headingBefore(s, end);
    if (heading != null) {
      return heading;
    }
    if (end == 0) {
      Sent p = s.index > 0 ? sents.get(s.index - 1) : null;
      if (p == null || p.para < s.para - 1 || p.toks.isEmpty() || !p.toks.get(p.toks.size() - 1).isPunct(':') || isDocumentHeading(p)) {
        return null;
      }
      s = p;
      t = p.toks;
      end = t.size() - 1;
    }
    Phrase participle = german ? null : participleBefore(t, end);
    if (participle != null) {
      return speaker(s, participle); // '..., Lewandowski added, saying it should be "up to the prosecutor"'
    }
    for (int c = 0; c < end; c++) {
      if (c > 0 && !t.get(c - 1).isPunct(',')) {
        continue;
      }
      if (inQuote(t.get(c).start())) {
        return null;
      }
      if (t.get(c).lower().equals("according") && c + 2 < end && t.get(c + 1).is("to")) {
        Phrase source = sourceAfter(t, c + 2); // 'According to the newspaper, "..."'
        if (source != null && source.to() < end) {
          return speaker(s, source);
        }
      }
      int v = firstLower(t, c, end);
      if (v >= end || speakers.isStop(t.get(v))) {
        continue;
      }
      Phrase np = speakers.before(t, v, c);
      Token first = t.get(c);
      boolean opensAdverbial = speakers.isPreposition(first) || first.lower().endsWith("ing") || !Character.isLetter(first.text().charAt(0))
          || NUMBERS.contains(first.lower());
      if (np != null && np.from() == c && !opensAdverbial && (np.pronoun() || speakers.hasName(t, np) || speakers.isDeterminer(first))) {
        return speaker(s, np);
      }
      if (german && speakers.isPreposition(first)) {
        Phrase inverted = speakers.after(t, v + 1, end); // "Nach dem Tod veröffentlichte der Altkanzler folgende Erklärung:"
        if (inverted != null && inverted.from() == v + 1) {
          return speaker(s, inverted);
        }
      }
    }
    // "One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl: ..."
    Phrase np = german ? null : appositionBeforeVerb(t);
    return np != null && np.to() < end && speakers.hasName(t, np) ? speaker(s, np) : null;
  }

  /** The speaker of the last participle of saying after a comma before token {@code end} ("..., noting that ..."), or null. */
  private Phrase participleBefore(List<Token> t, int end) {
    for (int w = end - 1; w >= 2; w--) {
      Token x = t.get(w);
      if (x.isMark() || inQuote(x.start())) {
        return null;
      }
      if (t.get(w - 1).isPunct(',') && x.lower().endsWith("ing") && cueAt(t, w) != null && cueAt(t, w).kind().isSpeech()) {
        return participleSubject(t, w);
      }
    }
    return null;
  }

  /** Words of a heading that introduces a document rather than a speaker: "Partial transcript as follows:". */
  private static final Set<String> DOCUMENT_WORDS =
      set("transcript", "transcripts", "excerpt", "excerpts", "video", "clip", "highlights", "text", "follows",
          "abschrift", "auszug", "auszüge", "wortlaut", "folgt", "folgend");

  /** A paragraph of one line that ends in a colon and names a document it introduces: no one speaks there. */
  private boolean isDocumentHeading(Sent s) {
    boolean alone = (s.index == 0 || sents.get(s.index - 1).para != s.para) && (s.index + 1 == sents.size() || sents.get(s.index + 1).para != s.para);
    if (!alone || s.toks.size() > 8) {
      return false;
    }
    for (Token w : s.toks) {
      if (DOCUMENT_WORDS.contains(w.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading in capitals that opens the paragraph right before the quotation, as newsletters
   * print their items ('OBAMA'S LAST STATE OF THE UNION "President Barack Obama's final ..."
   * [AP.]'): the quotation is the story's under that heading, and the heading names it. Not a
   * dateline ('WASHINGTON (AP) — "...'): two words at least, nothing but words and quotation marks.
   */
  private Speaker headingBefore(Sent s, int end) {
    if (end < 2 || s.index > 0 && sents.get(s.index - 1).para == s.para) {
      return null;
    }
    List<Token> t = s.toks;
    int words = 0;
    for (int i = 0; i < end; i++) {
      Token w = t.get(i);
      if (w.isWord() && w.isAllCaps()) {
        words += w.text().length() > 1 ? 1 : 0;
      } else if (!w.isMark() && !w.isPunct(',') && !(w.isPunct('-') && i > 0 && t.get(i - 1).end() == w.start())) {
        return null; // a dash apart or a parenthesis: a dateline
      }
    }
    int last = end - 1;
    while (last > 0 && !t.get(last).isWord()) {
      last--;
    }
    return words >= 2 ? new Speaker(new Span(t.get(0).start(), t.get(last).end())) : null;
  }

  private static final Set<String> NUMBERS =
      set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "millions", "dozens");

  private static final java.util.regex.Pattern SIGNATURE =
      java.util.regex.Pattern.compile("[ \t]*\n?[ \t]*\n?[ \t]*([-–—―])[ \t]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \t]+\\p{Lu}[\\p{L}.'’-]*){0,4})(?=[.,]?[ \t]*(?:\n|$)|,[ \t]*[^\n,]{1,40}(?:\n|$))");

  /**
   * '"...."' then '- Bernie Sanders.' (in its own paragraph or after the quotation): a signed quotation, as fact checks
   * print them, also with a short note after the name ('― Daniel Ruiz, 34'); '―' (the horizontal bar, typography's
   * quotation dash) signs as a dash does.
   */
  private Attribution signedAfter(Quoted q) {
    java.util.regex.Matcher m = SIGNATURE.matcher(text);
    m.region(q.end(), Math.min(text.length(), q.end() + 80));
    m.useAnchoringBounds(false);
    if (!m.lookingAt()) {
      return null;
    }
    int end = m.end(2);
    if (text.charAt(end - 1) == '.' && text.lastIndexOf(' ', end) < end - 3) {
      end--; // "- Sanders." ends the sentence
    }
    Span name = new Span(m.start(2), end);
    return new Attribution(new Speaker(name), new Span(m.start(1), m.end(1)), List.of(), true, -1);
  }

  /** '"...," X said', '"...," said X', '„...“, sagte X', '„...“, so X'. */
  private Attribution cueAfter(Sent s, Quoted q) {
    List<Token> t = s.toks;
    int i = 0;
    while (i < t.size() && t.get(i).start() < q.end()) {
      i++;
    }
    if (i >= t.size()) {
      // '"Why?" Mrs. Clinton asked.': the sentence splitter may have ended the sentence at the quote
      Sent next = s.index + 1 < sents.size() ? sents.get(s.index + 1) : null;
      boolean asked = q.inner().length() > 0 && "?!".indexOf(text.charAt(q.inner().end() - 1)) >= 0;
      if (next != null && next.para == s.para && (next.toks.size() <= 16 || asked) && text.substring(q.end(), next.span.start()).isBlank()) {
        s = next;
        t = next.toks;
        i = 0;
      } else {
        return null;
      }
    }
    // '"...," federal prosecutors wrote' ends its quotation with punctuation; '"Morning Joe" host X' names a show
    boolean punctuated = t.get(i).isPunct(',') || endsWithPunctuation(q.inner());
    if (t.get(i).isPunct(',')) {
      i++;
    }
    int limit = Math.min(t.size(), i + 24);
    boolean apposition = false;
    boolean relative = false;
    for (int k = i; k < limit; k++) {
      Token x = t.get(k);
      // "McConnell, R-Ky., said", "Reid (D-Nev.) said"
      boolean abbreviation = x.isPunct('.') && k + 1 < t.size() && (t.get(k + 1).isPunct(',') || t.get(k + 1).is(")") || t.get(k + 1).isLower());
      // "Jeff Weaver, Sanders' campaign manager, said"; 'Bill Eastland, wearing "Ted Cruz" pins, said'
      boolean inApposition = x.isMark() && (apposition || possessiveMark(t, k));
      apposition |= x.isPunct(',') && k > i;
      if (x.isMark() && !inApposition || x.isPunct('.') && !abbreviation || x.isPunct(';') || x.isPunct('?') || x.isPunct('!')) {
        break;
      }
      // '"...," Cruz, who has proposed repealing the mandate, said', '"...," Nate Silver, the polling guru who
      // founded fivethirtyeight.com tweeted': the first verb after "who" is the relative clause's, not the cue
      if (relative && (x.isPunct(',') || x.isWord() && (pastOrPresent(x) || IRREGULAR_PAST.contains(x.lower()) || cueAt(t, k) != null))) {
        relative = false;
        continue;
      }
      relative |= apposition && RELATIVES.contains(x.lower());
      CueLexicon.Match m = cueAt(t, k);
      if (m == null || !m.kind().isSpeech() || apposition && inQuote(x.start()) || SEEM_CUES.contains(x.lower())) {
        continue; // '"We lost." T-shirts quickly appeared ...': what seems or appears says no quotation
      }
      if (k > i && t.get(k - 1).is("to") || m.to() < t.size() && k > i && QUOTING_VERBS.contains(t.get(m.to()).lower())) {
        continue; // "who was not authorized to speak on the record, told", "the congressional report said": not the cue
      }
      if (m.kind() == Kind.PREP && !(german && t.get(k).is("so"))) {
        if (k != i) {
          break;
        }
        Phrase np = speakers.after(t, m.to(), t.size());
        return np == null ? null : new Attribution(speaker(s, np), span(t, m), List.of(), true, k);
      }
      if (m.kind() == Kind.AFTER || m.kind() == Kind.PREP) {
        if (k != i) {
          break;
        }
        Phrase np = speakers.after(t, m.to(), t.size());
        return np == null ? null : new Attribution(speaker(s, np), span(t, m), List.of(), true, k);
      }
      if (m.kind() != Kind.VERB && m.kind() != Kind.VERB_TO) {
        break;
      }
      Phrase np;
      if (k == i && t.get(k).lower().endsWith("ing") && !german) {
        // 'a defense of "New York values," saying the city ...': the subject of the sentence, not the phrase after
        Sent o = sentenceAt(q.open());
        int before = 0;
        while (o != null && before < o.toks.size() && o.toks.get(before).start() < q.open()) {
          before++;
        }
        np = o == s && before > 1 ? openingSubject(t, before) : null;
        if (np == null || np.pronoun() && t.get(np.from()).is("who")) {
          return null;
        }
      } else if (k == i) {
        np = speakers.after(t, m.to(), t.size()); // "..." said X
      } else {
        np = subjectBetween(t, i, k, punctuated);
        if (np == null && punctuated && QUOTING_VERBS.contains(t.get(k).lower()) && opensSentence(q)) {
          np = leadingSubject(t, i, k);
        }
        if (np == null && t.get(k).isLower() && t.get(k).lower().endsWith("ing") && !QUOTING_VERBS.contains(t.get(k).lower())) {
          continue; // "former State policy planning director Anne-Marie Slaughter wrote": a participle before a noun
        }
      }
      if (np == null) {
        return null;
      }
      Speaker sp = speaker(s, np);
      if (np.pronoun() && t.get(np.from()).is("who")) {
        return null;
      }
      return new Attribution(sp, span(t, m), List.of(), true, k);
    }
    return unlistedCueAfter(s, i);
  }

  /** Verbs that report a quotation, after which a long phrase before them is still their subject. */
  private static final Set<String> QUOTING_VERBS =
      set("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "tweets", "explained", "explains", "noted",
          "notes", "argued", "argues", "insisted", "warned", "continued", "asked", "replied", "responded", "stated", "declared", "recalled", "posted");

  /** Whether a quotation ends with punctuation, also inside a quotation of its own that closes with it ('How do we win Loudoun?''). */
  private boolean endsWithPunctuation(Span inner) {
    int e = inner.end();
    while (e > inner.start() && QuoteMarks.isMark(text.charAt(e - 1))) {
      e--;
    }
    return e > inner.start() && ",.?!".indexOf(text.charAt(e - 1)) >= 0;
  }

  /** Whether no word stands before the quotation in its sentence: a quotation, not a title in the running text. */
  private boolean opensSentence(Quoted q) {
    Sent o = sentenceAt(q.open());
    return o != null && o.toks.stream().noneMatch(x -> x.isWord() && x.start() < q.open());
  }

  /** An apostrophe that closes a plural possessive ("Sanders' campaign manager"), not a quotation mark. */
  private boolean possessiveMark(List<Token> t, int k) {
    Token x = t.get(k);
    return (x.is("'") || x.is("’")) && k > 0 && t.get(k - 1).end() == x.start() && t.get(k - 1).lower().endsWith("s")
        && (k + 1 == t.size() || t.get(k + 1).start() > x.end());
  }

  /**
   * The speaker of a cue right after a quotation where the phrase before the verb is longer than
   * {@link #subjectBetween} reads: the phrase with a name up to the first comma ('"...," Jeff Weaver,
   * Sanders' campaign manager, said', '"...," Cruz, who has proposed repealing the mandate, said',
   * '"...," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted'), or, without a
   * comma, the whole phrase from a determiner ('"...," the Florida senator and Republican presidential
   * candidate said'). Null where a clause of its own stands there.
   */
  private Phrase leadingSubject(List<Token> t, int i, int k) {
    int comma = i;
    while (comma < k && !t.get(comma).isPunct(',')) {
      comma++;
    }
    if (comma == i || comma + 1 < k && SUBJECT_PRONOUNS.contains(t.get(comma + 1).lower())) {
      return null; // "Second, they seemed ...": a clause of its own
    }
    for (int j = i; j < comma; j++) {
      Token x = t.get(j);
      if (!x.isWord() && !x.isPunct('.') && !x.is("$") && !possessiveMark(t, j) || FINITE.contains(x.lower()) || QUOTING_VERBS.contains(x.lower())) {
        return null; // but "Fight for $15 organizing director Kendall Fells told", "the congressional report said"
      }
    }
    Phrase np = speakers.before(t, comma, i);
    if (np != null && np.from() == i && !np.pronoun() && (speakers.hasName(t, np) || speakers.isDeterminer(t.get(i)))) {
      return np; // also "an intelligence source, who was not authorized to speak on the record, told"
    }
    if (comma < k) {
      return null;
    }
    // '"...," former State policy planning director Anne-Marie Slaughter wrote': the whole phrase before the verb
    return speakers.isDeterminer(t.get(i)) && !t.get(i).is("who") || np != null && !np.pronoun() && speakers.hasName(t, np) ? new Phrase(i, k, false) : null;
  }

  private static final Set<String> RELATIVES = set("who", "which", "whose", "whom");

  /**
   * '"...," scoffed Arianna Gil' and '"...," Gil scoffed.': right after a quotation, a verb in the
   * past or present tense beside a name or pronoun is a verb of saying, listed or not.
   */
  private Attribution unlistedCueAfter(Sent s, int i) {
    List<Token> t = s.toks;
    if (german || i >= t.size()) {
      return null;
    }
    Token v = t.get(i);
    if (pastOrPresent(v)) {
      Phrase np = speakers.after(t, i + 1, t.size());
      if (np != null && np.to() <= t.size() && (np.to() == t.size() || !t.get(np.to()).isWord() || !pastOrPresent(t.get(np.to())))) {
        return new Attribution(speaker(s, np), v.span(), List.of(), true, i);
      }
      return null;
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 8); k++) {
      if (!t.get(k).isWord() && !t.get(k).isPunct(',')) {
        return null;
      }
      if (pastOrPresent(t.get(k))) {
        Phrase np = subjectBetween(t, i, k, false);
        if (np != null && (k + 1 == t.size() || !t.get(k + 1).isWord() || adjunctOnly(t, k + 1))) {
          return new Attribution(speaker(s, np), t.get(k).span(), List.of(), true, k);
        }
        return null;
      }
    }
    return null;
  }

  private boolean pastOrPresent(Token x) {
    String w = x.lower();
    if (w.equals("read")) {
      return true; // '"...," the email read', '"...," read one': what a document, sign or tweet says
    }
    return x.isLower() && w.length() > 3 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"))
        && !speakers.isStop(x) && !speakers.isSkippable(x) && !speakers.isRole(x);
  }

  /** The speaker that fills tokens [i, k) before a verb: a phrase, maybe with an apposition. */
  private Phrase subjectBetween(List<Token> t, int i, int k, boolean modifiers) {
    int end = k;
    while (end > i && speakers.isSkippable(t.get(end - 1))) {
      end--;
    }
    if (end <= i) {
      return null;
    }
    int tag = partyTagBefore(t, end - 1);
    if (tag >= i) {
      end = tag + 1; // '"...," Sen. Mitch McConnell, R-Ky., said'
    }
    if (t.get(end - 1).isPunct(',')) {
      // "Flynn, a top Trump surrogate, said"
      Phrase np2 = speakers.before(t, end - 1, i);
      if (np2 == null || np2.from() <= i + 1 || !t.get(np2.from() - 1).isPunct(',')) {
        return namedBeforeApposition(t, i, end - 1);
      }
      Phrase np1 = speakers.before(t, np2.from() - 1, i);
      if (np1 == null || np1.from() != i) {
        return null;
      }
      return speakers.isBareName(t, np2) && !speakers.isBareName(t, np1) ? np2 : np1;
    }
    Phrase np = speakers.before(t, end, i);
    if (modifiers && np != null && !np.pronoun() && np.from() > i && np.from() - i <= 3 && modifiersOnly(t, i, np.from())) {
      return new Phrase(i, np.to(), false); // '"...," federal prosecutors wrote', 'super PAC spokeswoman Kellyanne Conway said'
    }
    if (np == null || np.from() != i) {
      return null;
    }
    return np;
  }

  /** Whether tokens [from, to) are plain words that may stand before a noun: no verb, article or preposition. */
  private boolean modifiersOnly(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (!x.isWord() || FINITE.contains(x.lower()) || speakers.isPreposition(x) || speakers.isDeterminer(x) || lexicon.match(t, k) != null
          || Set.of("and", "or", "as", "his", "her", "their", "its", "our", "my", "your", "than", "but", "that", "which", "who").contains(x.lower())
          || x.isLower() && x.lower().endsWith("ing")
          || x.isLower() && (x.lower().endsWith("ed") || x.lower().endsWith("ly"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name with its apposition that ends at the comma before a verb, at the start of the sentence
   * or after an opening adverbial ("For now, Pantucci, at the institute, said ..."); null where
   * there is none.
   */
  private Phrase appositionSubject(List<Token> t, int comma) {
    Phrase np = namedBeforeApposition(t, 0, comma);
    int intro = 0;
    while (np == null && !german && intro < comma && !t.get(intro).isPunct(',')) {
      intro++;
    }
    if (np == null && !german && intro + 1 < comma && introBefore(t, intro + 1)) {
      np = namedBeforeApposition(t, intro + 1, comma);
    }
    int as = asClauseStart(t, comma);
    if (np == null && as >= 0) {
      np = namedBeforeApposition(t, as + 1, comma); // "Or, as Tom Ridge, a former secretary of homeland security, put it: ..."
    }
    return np;
  }

  /** The "as" that opens the sentence, or follows "Or," or "But", before token {@code end}; -1 where none does. */
  private int asClauseStart(List<Token> t, int end) {
    for (int k = 0; k < Math.min(end, 3); k++) {
      Token x = t.get(k);
      if (x.is("as")) {
        return k;
      }
      if (!(x.is("or") || x.is("but") || x.is("and") || x.isPunct(','))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Jeb Bush, the former Florida governor and a Republican presidential candidate, said": a name
   * from token {@code i} to the first comma, then an apposition (or an age: "Ramil Carr, 31, a
   * photographer,") without quotation or cue up to {@code comma}.
   */
  private Phrase namedBeforeApposition(List<Token> t, int i, int comma) {
    int first = i;
    while (first < comma && !t.get(first).isPunct(',')) {
      first++;
    }
    if (first >= comma - 1 || comma - first > 24) {
      return null;
    }
    Token opens = t.get(first + 1);
    if (!speakers.isDeterminer(opens) && !opens.isLower() && !Character.isDigit(opens.text().charAt(0))) {
      // "The governor, Brian Sandoval, a Republican, said ...": a role, then the name and its apposition
      Phrase role = speakers.isDeterminer(t.get(i)) ? speakers.before(t, first, i) : null;
      boolean roleOnly = role != null && role.from() == i && !role.pronoun() && !speakers.hasName(t, role);
      return roleOnly ? namedBeforeApposition(t, first + 1, comma) : null;
    }
    for (int k = first + 1; k < comma; k++) {
      Token x = t.get(k);
      if (x.isMark() || inQuote(x.start()) || cueAt(t, k) != null || x.isPunct(';') || x.isPunct(':')) {
        return null;
      }
    }
    Phrase np = speakers.before(t, first, i);
    return np != null && np.from() == i && speakers.hasName(t, np) ? np : null;
  }

  /** 'X said: "..."', 'X said, "..."', 'X sagte: „...“', and a colon cue at the end of the sentence before. */
  private Attribution cueBefore(Sent s, Quoted q) {
    List<Token> t = s.toks;
    int j = -1;
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).start() >= q.open()) {
        break;
      }
      j = k;
    }
    if (j < 0) {
      // the quote opens its sentence: "X said:" may close the sentence before
      Sent p = s.index > 0 ? sents.get(s.index - 1) : null;
      if (p != null && p.para >= s.para - 1 && !p.toks.isEmpty() && p.toks.get(p.toks.size() - 1).isPunct(':') && !isDocumentHeading(p)) {
        Attribution a = colonClause(p, p.toks.size() - 1);
        return a != null ? a : nameAndColon(p, p.toks.size() - 1);
      }
      return null;
    }
    Token last = t.get(j);
    if (last.isPunct(':') || last.isPunct(',') || last.is("that") || last.is("dass")) {
      Attribution a = colonClause(s, j);
      if (a == null && last.isPunct(':')) {
        a = nameAndColon(s, j); // "Marco Rubio: ‘You Don’t Win ...’", as headlines quote
      }
      return a;
    }
    // 'X said "we will win"'
    CueLexicon.Match m = cueEndingAt(t, j);
    if (m != null && (m.kind() == Kind.VERB || m.kind() == Kind.VERB_TO) && !inQuote(t.get(j).start())) {
      Phrase np = participleSubject(t, m.from());
      if (np == null) {
        np = speakers.before(t, m.from(), 0);
      }
      if (np != null && clauseStart(t, np.from())) {
        return new Attribution(speaker(s, np), span(t, m), List.of(), false, m.from());
      }
    }
    return null;
  }

  /**
   * '..., saying "..."', 'X issued a statement saying "..."': a participle of saying after a comma
   * or after the object of its sentence speaks for the subject that opens the sentence, not for the
   * phrase right before it ("Wednesday", "a statement"); null where it follows its own subject
   * ("the mayor, speaking ...") or no subject opens the sentence.
   */
  /** Participles that say something of their own: the object before them is what carries the words ("a statement saying"). */
  private static final Set<String> SAYING = set("saying", "writing", "telling", "adding", "describing", "calling", "asking", "declaring", "stating");

  /**
   * The speaker of a short cue clause that ends at the comma {@code comma} and follows a quotation or
   * a comma ('"...," Lewandowski added, saying ...', '..., said Volkov, adding ...'): a participle
   * after it goes on with that speaker, not with the subject that opens the sentence; null where
   * no such clause stands there.
   */
  private Phrase cueClauseBefore(List<Token> t, int comma) {
    int start = comma - 1;
    while (start > 0 && t.get(start - 1).isWord() && comma - start < 8) {
      start--;
    }
    if (start == 0 || start >= comma - 1 || !(t.get(start - 1).isPunct(',') || t.get(start - 1).isMark() && closesQuote(t.get(start - 1)))) {
      return null;
    }
    if (QUOTING_VERBS.contains(t.get(comma - 1).lower())) {
      Phrase np = speakers.before(t, comma - 1, start);
      return np != null && np.from() == start && (np.pronoun() || speakers.hasName(t, np)) && !t.get(np.from()).is("who") ? np : null;
    }
    if (QUOTING_VERBS.contains(t.get(start).lower())) {
      Phrase np = speakers.after(t, start + 1, comma);
      return np != null && np.to() == comma && speakers.hasName(t, np) ? np : null;
    }
    return null;
  }

  private static final Set<String> PARTICIPLE_PREPOSITIONS = set("upon", "after", "before", "by", "while", "when", "without");

  private Phrase participleSubject(List<Token> t, int cue) {
    if (german || cue < 2 || !t.get(cue).lower().endsWith("ing")) {
      return null;
    }
    int prev = cue - 1;
    if (PARTICIPLE_PREPOSITIONS.contains(t.get(prev).lower())) {
      // "The harbour board ended its meeting on Friday by announcing ...": the subject of the sentence
      Phrase np = openingSubject(t, prev);
      if (np == null) {
        np = appositionBeforeVerb(t);
      }
      return np != null && np.to() <= prev && !(np.pronoun() && t.get(np.from()).is("who")) ? np : null;
    }
    Phrase cued = t.get(prev).isPunct(',') ? cueClauseBefore(t, prev) : null;
    if (cued != null) {
      return cued; // '"...," Law said, noting that donors feel "..."'
    }
    if (!t.get(prev).isPunct(',')) {
      Phrase object = speakers.before(t, cue, 0);
      if (!SAYING.contains(t.get(cue).lower()) || object == null || object.from() == 0 || object.pronoun() || speakers.hasName(t, object)
          || !speakers.isDeterminer(t.get(object.from()))) {
        return null; // "a strong showing", "polls showing"
      }
      prev = object.from(); // "issued a statement saying"
    }
    Phrase np = openingSubject(t, prev);
    return np != null && !(np.pronoun() && t.get(np.from()).is("who")) ? np : null;
  }

  /** "Marco Rubio: ‘...’", "Rep. Trey Gowdy (R-S.C.):" before a quotation: a name alone before the colon at {@code colon}. */
  private Attribution nameAndColon(Sent s, int colon) {
    List<Token> t = s.toks;
    if (colon < 1) {
      return null;
    }
    Phrase np = speakers.before(t, colon, 0);
    boolean afterDash = np != null && np.from() > 0 && isDash(t.get(np.from() - 1)) && t.get(np.from() - 1).start() > t.get(np.from() - 2 >= 0 ? np.from() - 2 : 0).end();
    if (np != null && (np.from() == 0 || afterDash) && !np.pronoun() && speakers.hasName(t, np)) {
      return new Attribution(speaker(s, np), t.get(colon).span(), List.of(), false, colon);
    }
    return null;
  }

  /** "-", "–" or "—" as a token of its own: a dash that sets a byline apart ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:"). */
  private static boolean isDash(Token t) {
    return t.isPunct('-') || t.isPunct('–') || t.isPunct('—');
  }

  /** The cue clause that ends at token {@code end} (a colon, a comma or "that"). */
  private Attribution colonClause(Sent s, int end) {
    List<Token> t = s.toks;
    for (int k = end - 1; k >= Math.max(0, end - 12); k--) {
      if (inQuote(t.get(k).start()) || t.get(k).isMark()) {
        return null;
      }
      CueLexicon.Match m = cueAt(t, k);
      if (m == null || !(m.kind() == Kind.VERB || m.kind() == Kind.VERB_TO)) {
        continue;
      }
      Phrase np = speakers.before(t, k, 0);
      if (np == null && k >= 2 && t.get(k - 1).is("and")) {
        np = coordinatedSubject(t, k - 1); // "Ms. Sherry smiled and said,"
      }
      if (np == null && k >= 2 && t.get(k - 1).isPunct(',') && t.get(k).lower().endsWith("ing")) {
        np = coordinatedSubject(t, k - 1); // "Trump returned the compliment, telling Reuters,"
      }
      if (np == null && k >= 2 && t.get(k - 1).isPunct(',')) {
        np = appositionSubject(t, k - 1); // "Just last week, J.J. Goldberg, editor at large of The Forward, ..., wrote, “...”"
      }
      if (np == null && k >= 2 && t.get(k - 1).is("to") && !german) {
        np = infinitiveSubject(t, k - 1); // "Mr. Trump was prompted to say, ''...''"
      }
      if (np == null && k == 0) {
        Phrase inverted = speakers.after(t, m.to(), end);
        if (inverted != null) {
          return new Attribution(speaker(s, inverted), span(t, m), List.of(), false, k); // "Continued Stone:"
        }
      }
      if (np != null && (np.from() == 0 || clauseStart(t, np.from()) || t.get(np.from() - 1).isPunct(',') || asClauseStart(t, np.from()) == np.from() - 1)) {
        Speaker sp = speaker(s, np);
        if (np.pronoun() && t.get(np.from()).is("who") && np.from() >= 2) {
          Phrase ante = speakers.before(t, np.from() - 1, 0);
          if (ante != null) {
            sp = new Speaker(sp.span(), speakers.mention(t, ante), null);
          }
        }
        return new Attribution(sp, span(t, m), List.of(), false, k);
      }
      Phrase after = speakers.after(t, m.to(), end);
      if (after != null && german) {
        return new Attribution(speaker(s, after), span(t, m), List.of(), false, k);
      }
      if (s.attribution != null && s.attribution.speaker() != null && s.attribution.cueToken() == k) {
        return new Attribution(s.attribution.speaker(), span(t, m), List.of(), false, k);
      }
      return null;
    }
    return unlistedCueBefore(s, end);
  }

  /** 'Sanders shot back, "..."', 'Clinton quipped: "..."': a name, a verb in the past tense, a comma or colon. */
  private Attribution unlistedCueBefore(Sent s, int end) {
    List<Token> t = s.toks;
    if (end < 2) {
      return null;
    }
    if (t.get(end).isPunct(':')) {
      // 'McConnell delivered a blunt message to Trump: "..."': the subject of the clause before the colon
      Phrase np = speakers.before(t, firstLower(t, 0, end), 0);
      int verb = np == null ? -1 : np.to();
      if (np != null && np.from() == 0 && verb < end && t.get(verb).isLower() && !speakers.isStop(t.get(verb)) && !inQuote(t.get(0).start())) {
        return new Attribution(speaker(s, np), t.get(end).span(), List.of(), false, end);
      }
    }
    if (german) {
      return null;
    }
    int v = end - 1;
    if (Set.of("back", "out", "in", "up", "on").contains(t.get(v).lower()) && v > 1) {
      v--;
    }
    Token verb = t.get(v);
    if (!verb.isLower() || !verb.lower().endsWith("ed") || speakers.isStop(verb)) {
      return null;
    }
    Phrase np = speakers.before(t, v, 0);
    if (np != null && clauseStart(t, np.from())) {
      return new Attribution(speaker(s, np), new Span(verb.start(), t.get(end - 1).end()), List.of(), false, v);
    }
    return null;
  }

  private CueLexicon.Match cueEndingAt(List<Token> t, int j) {
    for (int k = j; k >= Math.max(0, j - 3); k--) {
      CueLexicon.Match m = cueAt(t, k);
      if (m != null && m.to() == j + 1) {
        return m;
      }
    }
    return null;
  }

  private boolean hasWordsOutside(Sent s, Quoted q) {
    for (Token x : s.toks) {
      if (x.isWord() && (x.start() < q.open() || x.start() >= q.end()) && !inQuote(x.start())) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- Konjunktiv

  /**
   * German reported speech that goes on in Konjunktiv I: "Die Vereinten Nationen warnten vor ...
   * Mehr als zwei Millionen Menschen seien auf Hilfe angewiesen." and "Moskau weist Vorwürfe
   * zurück, es unterstütze Putschisten."
   */
  private void konjunktiv(List<Found> found) {
    for (Sent s : sents) {
      if (s.attribution != null) {
        continue;
      }
      List<Token> t = s.toks;
      int kv = -1;
      for (int i = 0; i < t.size(); i++) {
        if (!inQuote(t.get(i).start()) && konjunktivAt(t, i)) {
          kv = i;
          break;
        }
      }
      if (kv < 0) {
        continue;
      }
      // "Moskau weist Vorwürfe zurück, es unterstütze ...": the clause before the comma says who
      int comma = -1;
      for (int i = kv - 1; i > 0; i--) {
        if (t.get(i).isPunct(',')) {
          comma = i;
          break;
        }
      }
      if (comma > 1) {
        Phrase np = speakers.before(t, firstLower(t, 0, comma), 0);
        int verb = np == null ? -1 : np.to();
        if (np != null && np.from() == 0 && verb < comma && t.get(verb).isLower()) {
          Span content = trim(t.get(comma + 1).start(), s.span.end());
          if (content != null && words(content.start(), content.end()) >= 2 && !overlapsAny(found, List.of(content))) {
            Speaker sp = speaker(s, np);
            add(found, new Found(List.of(content), false, QuoteKind.SPEECH, t.get(verb).span(), sp, s, false, null));
            s.attribution = new Attribution(sp, t.get(verb).span(), List.of(content), false, verb);
            continue;
          }
        }
      }
      // a sentence that goes on with what the speaker before said
      Sent prev = s.index > 0 ? sents.get(s.index - 1) : null;
      Sent prev2 = s.index > 1 ? sents.get(s.index - 2) : null;
      Attribution a = null;
      if (prev != null && prev.para >= s.para - 1 && prev.attribution != null) {
        a = prev.attribution;
      } else if (prev2 != null && prev2.para >= s.para - 1 && prev2.attribution != null) {
        a = prev2.attribution;
      }
      if (a == null || a.speaker() == null) {
        continue;
      }
      Span content = trim(s.span.start(), s.span.end());
      if (content == null || words(content.start(), content.end()) < 3 || coveredByQuotes(content) || overlapsAny(found, List.of(content))) {
        continue;
      }
      add(found, new Found(List.of(content), false, QuoteKind.SPEECH, t.get(kv).span(), a.speaker(), s, false, null));
      s.attribution = new Attribution(a.speaker(), t.get(kv).span(), List.of(content), false, kv);
    }
  }

  private int firstLower(List<Token> t, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (t.get(i).isLower() && !speakers.isDeterminer(t.get(i))) {
        return i;
      }
    }
    return to;
  }

  private boolean konjunktivAt(List<Token> t, int i) {
    Token x = t.get(i);
    if (!x.isLower()) {
      return false;
    }
    if (lexicon.is(Kind.KONJUNKTIV, x.lower())) {
      return true;
    }
    // "es unterstütze", "er plane": a third-person subject and a verb in -e
    return i > 0
        && Set.of("er", "sie", "es", "man").contains(t.get(i - 1).lower())
        && x.lower().endsWith("e")
        && x.lower().length() > 3
        && !speakers.isDeterminer(x)
        && !Set.of("alle", "keine", "diese", "jene", "welche", "manche", "eine", "seine", "ihre", "habe", "große", "neue", "erste", "letzte", "beide", "ende").contains(x.lower());
  }

  // ---------------------------------------------------------------- context

  /**
   * Gives quotes without a speaker the one named in the sentences just before, and pronouns the
   * name they stand for.
   */
  private void context(List<Found> found) {
    Found last = null;
    Found lastDirect = null;
    for (int index = 0; index < found.size(); index++) {
      Found f = found.get(index);
      if (f.kind == QuoteKind.SCARE) {
        continue;
      }
      Attribution lead = f.direct && f.speaker == null ? speakerOnlyBefore(f, last) : null;
      if (lead != null) {
        f.speaker = lead.speaker(); // 'Dianne Bystrom agreed. "..."'
      }
      if (f.direct && f.speaker == null) {
        f.speaker = namedSubjectBefore(f); // 'Husted voiced his disapproval of the ruling. "..."'
      }
      if (f.speaker == null && last != null && last.speaker != null && near(last, f) && !unresolvedRelative(last.speaker)) {
        // a direct quote speaks for the sentence it shares with reported speech
        Found from = !last.direct && lastDirect != null && lastDirect.sent == last.sent ? lastDirect : last;
        f.speaker = from.speaker;
      }
      if (f.direct && f.speaker != null) {
        lastDirect = f;
      }
      if (f.speaker != null && f.speaker.antecedent() == null && isPronoun(f.speaker.span())) {
        boolean person = isPersonalPronoun(f.speaker.span());
        Speaker named = lastNamed(found, index, f, person);
        Span name = named != null ? named.naming() : nameBefore(f.speaker.start(), person);
        if (name != null) {
          f.speaker = new Speaker(f.speaker.span(), name, null);
        }
      }
      if (f.speaker != null) {
        last = f;
      }
    }
  }

  /**
   * The cue clause without content of the sentence right before a quote ("Dianne Bystrom
   * agreed."), when it comes after the last quote with a speaker; else null.
   */
  private Attribution speakerOnlyBefore(Found f, Found last) {
    Sent here = sentenceAt(f.start());
    if (here == null || here.index == 0) {
      return null;
    }
    Sent before = sents.get(here.index - 1);
    Attribution a = before.attribution;
    if (a == null || a.speaker() == null || !a.content().isEmpty() || before.para < here.para - 1
        || last != null && last.end() > before.span.start() || unresolvedRelative(a.speaker()) || words(before.span.start(), before.span.end()) > 12) {
      return null;
    }
    for (Quoted q : quotesIn(before.span.start(), before.span.end())) {
      if (q.open() >= before.span.start()) {
        return null; // the clause speaks for a quotation of its own
      }
    }
    return a;
  }

  /**
   * The name that opens the sentence right before a quotation that opens its own sentence and has
   * no cue ("Jon Husted, Ohio's secretary of state, voiced his disapproval of the ruling. “...”",
   * "Sen. Dana Whitfield on Monday also called on the council to act. / "..."): the one the
   * narration is about speaks next; null where that sentence opens with no name.
   */
  private Speaker namedSubjectBefore(Found f) {
    Sent here = sentenceAt(f.start());
    if (german || here == null || here.index == 0 || here.toks.isEmpty() || !here.toks.get(0).isMark() || f.marks == null
        || f.marks.open() != here.toks.get(0).start()) {
      return null;
    }
    Sent before = sents.get(here.index - 1);
    if (before.para < here.para - 1 || before.toks.size() < 3) {
      return null;
    }
    Phrase np = openingSubject(before.toks, before.toks.size());
    if (np == null) {
      np = appositionBeforeVerb(before.toks);
    }
    return np != null && (speakers.hasName(before.toks, np) || np.pronoun() && np.to() - np.from() == 1 && isPersonalPronoun(tokenSpan(before.toks.get(np.from()))))
        ? speaker(before, np) : null;
  }

  private static Span tokenSpan(Token t) {
    return new Span(t.start(), t.end());
  }

  /** "Dana Whitfield, the harbour commissioner, voiced ...": the name before the apposition that its verb follows. */
  private Phrase appositionBeforeVerb(List<Token> t) {
    for (int v = 2; v < Math.min(t.size(), 25); v++) {
      Token x = t.get(v);
      if (x.isMark() || inQuote(x.start())) {
        return null;
      }
      if (t.get(v - 1).isPunct(',') && x.isWord() && (pastOrPresent(x) || IRREGULAR_PAST.contains(x.lower()))) {
        Phrase np = appositionSubject(t, v - 1);
        return np != null ? np : subjectBetween(t, 0, v, false); // "Mitch McConnell, R-Ky., delivered ..."
      }
    }
    return null;
  }

  /** "who" without the name it stands for names nobody for the sentences after it. */
  private boolean unresolvedRelative(Speaker sp) {
    return sp.antecedent() == null && sp.span().of(text).equalsIgnoreCase("who");
  }

  private boolean near(Found last, Found f) {
    Sent a = sentenceAt(last.end() - 1);
    Sent b = sentenceAt(f.start());
    if (a == null || b == null) {
      return false;
    }
    return b.index - a.index <= CONTEXT_SENTENCES && b.para - a.para <= 1;
  }

  private Speaker lastNamed(List<Found> found, int index, Found f, boolean person) {
    Sent here = sentenceAt(f.start());
    for (int i = index - 1; i >= 0; i--) {
      Found g = found.get(i);
      if (g.speaker == null || g.kind == QuoteKind.SCARE) {
        continue;
      }
      Sent there = sentenceAt(g.start());
      if (here != null && there != null && here.index - there.index > 6) {
        return null;
      }
      String naming = g.speaker.naming().of(text);
      if (!isPronoun(g.speaker.naming()) && Character.isUpperCase(naming.charAt(0)) && !naming.matches("(?i)(the|a|an|der|die|das|ein|eine)\\s.*")
          && (!person || mayNamePerson(g.speaker.naming()))) {
        return g.speaker;
      }
    }
    return null;
  }

  /**
   * The last personal name (two or more capitalised words: "Dmitry Peskov") in the sentence of the
   * offset before it, or in the two sentences before; for a pronoun that no quote before names.
   * For "he" or "she" ({@code person}), no group or organisation ("European Union").
   */
  private Span nameBefore(int offset, boolean person) {
    Sent here = sentenceAt(offset);
    if (here == null) {
      return null;
    }
    for (int si = here.index; si >= Math.max(0, here.index - 2); si--) {
      Sent s = sents.get(si);
      if (s.para < here.para - 1) {
        break;
      }
      List<Token> t = s.toks;
      Span best = null;
      int i = 0;
      while (i < t.size()) {
        if (t.get(i).start() >= offset || inQuote(t.get(i).start())) {
          break;
        }
        int j = i;
        while (j < t.size() && t.get(j).start() < offset && t.get(j).isWord() && t.get(j).isCapitalized()
            && !speakers.isStop(t.get(j)) && !speakers.isDeterminer(t.get(j)) && !inQuote(t.get(j).start())) {
          j++;
        }
        int from = i;
        while (from < j - 1 && (speakers.isTitle(t.get(from)) || speakers.isRole(t.get(from)))) {
          from++;
        }
        if (j - from >= 2 && (!person || mayNamePerson(new Span(t.get(from).start(), t.get(j - 1).end())))) {
          best = new Span(t.get(from).start(), t.get(j - 1).end());
        }
        i = Math.max(j, i + 1);
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** "he", "she", "er": a pronoun that stands for one person, never for a group or an organisation. */
  private boolean isPersonalPronoun(Span s) {
    return Set.of("he", "she", "er").contains(s.of(text).toLowerCase(Locale.ROOT));
  }

  /** Last words of a name that make it a group or an organisation rather than a person ("Republican voters", "BuzzFeed News"). */
  private static final Set<String> GROUP_WORDS =
      set("news", "post", "times", "journal", "union", "states", "party", "committee", "campaign", "administration", "republicans",
          "democrats", "everybody", "everyone", "olympics", "institute", "university", "council", "department", "agency", "network");

  private static final Set<String> GROUP_OPENINGS = set("in", "at", "on", "for", "from", "by", "with", "after", "during", "some", "many", "most", "all");

  /**
   * Whether a phrase can be the antecedent of "he" or "she": not a plural or an organisation
   * ("Republican voters", "Some campaign staffers", "European Union", "BuzzFeed News"), nor a
   * phrase that opens with a preposition ("In eight years").
   */
  private boolean mayNamePerson(Span name) {
    String[] w = name.of(text).split("\\s+");
    String last = w[w.length - 1].replaceAll("[’']s?$", "");
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !GROUP_WORDS.contains(last.toLowerCase(Locale.ROOT))
        && !GROUP_OPENINGS.contains(w[0].toLowerCase(Locale.ROOT)) && !Character.isDigit(last.charAt(0));
  }

  private boolean isPronoun(Span s) {
    String w = s.of(text).toLowerCase(Locale.ROOT);
    return Set.of("he", "she", "they", "we", "i", "who", "er", "sie", "wir", "ich").contains(w);
  }

  /**
   * '"A." "B," X said.': a quote without a cue that runs straight into a quote with one is the
   * same speaker's, and one quote with it.
   */
  private void ahead(List<Found> found) {
    List<Found> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Found a = found.get(i);
      Found b = i + 1 < found.size() ? found.get(i + 1) : null;
      if (b != null && a.direct && b.direct && a.marks != null && b.marks != null && a.cue == null && a.speaker == null
          && b.cue != null && b.cueAfter && a.kind == QuoteKind.SPEECH && b.kind == QuoteKind.SPEECH
          && a.marks.end() <= b.marks.open() && text.substring(a.marks.end(), b.marks.open()).isBlank()
          && sentenceAt(b.marks.open()) != null && sentenceAt(a.start()) != null
          && sentenceAt(b.marks.open()).para == sentenceAt(a.start()).para) {
        b.parts.addAll(0, a.parts);
        continue;
      }
      out.add(a);
    }
    found.clear();
    found.addAll(out);
  }

  /** '"A," X said. "B."': the second quote goes on with the first. */
  private void merge(List<Found> found) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found b : found) {
      Found a = out.isEmpty() ? null : out.get(out.size() - 1);
      if (a != null && a.direct && b.direct && a.marks != null && b.marks != null && a.cueAfter && b.cue == null
          && a.kind == QuoteKind.SPEECH && b.kind == QuoteKind.SPEECH && a.parts.size() < 50) {
        Sent sb = sentenceAt(b.marks.open());
        if (sb != null && sb.para == a.sent.para && sb.index == a.sent.index + 1) {
          a.parts.addAll(b.parts);
          continue;
        }
      }
      out.add(b);
    }
    found.clear();
    found.addAll(out);
  }

  // ---------------------------------------------------------------- helpers

  /** The cue at token k, unless its verb is used as a noun there ("the note says", "a call for"). */
  private CueLexicon.Match cueAt(List<Token> t, int k) {
    CueLexicon.Match m = lexicon.match(t, k);
    if (m != null && (m.kind() == Kind.VERB || m.kind() == Kind.VERB_TO) && k > 0 && (speakers.isDeterminer(t.get(k - 1)) || t.get(k - 1).isPossessive())
        && !shareBefore(t, k)) {
      return null;
    }
    return m;
  }

  /** "One in five say", "two in 10 said": a number after "in" is a share of people, not a determiner. */
  private boolean shareBefore(List<Token> t, int k) {
    String n = t.get(k - 1).lower();
    return !german && k >= 3 && t.get(k - 2).is("in") && (NUMBERS.contains(n) || Character.isDigit(n.charAt(0))) && t.get(k - 3).isWord();
  }

  /** A direct quote's parts without the comma that joins it to its cue: "We will," she said. */
  private List<Span> words(Quoted q) {
    List<Span> parts = new ArrayList<>(q.parts());
    Span last = parts.get(parts.size() - 1);
    int end = last.end();
    while (end > last.start() + 1 && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    parts.set(parts.size() - 1, new Span(last.start(), end));
    return parts;
  }

  private Span span(List<Token> t, CueLexicon.Match m) {
    return new Span(t.get(m.from()).start(), t.get(m.to() - 1).end());
  }

  private Sent sentenceAt(int pos) {
    int lo = 0;
    int hi = sents.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sents.get(mid).span;
      if (pos < s.start()) {
        hi = mid - 1;
      } else if (pos >= s.end()) {
        lo = mid + 1;
      } else {
        return sents.get(mid);
      }
    }
    return null;
  }

  private boolean inQuote(int pos) {
    int lo = 0;
    int hi = top.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quoted q = top.get(mid);
      if (pos < q.open()) {
        hi = mid - 1;
      } else if (pos >= q.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Whether every letter of the span lies inside quotation marks. */
  private boolean coveredByQuotes(Span s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) && !inQuote(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean insideContent(List<Found> found, Span inner) {
    for (Found f : foundOverlapping(inner.start(), inner.end())) {
      if (f.direct) {
        continue;
      }
      for (Span p : f.parts) {
        if (p.start() <= inner.start() && inner.end() <= p.end() + 1) {
          return true;
        }
      }
    }
    return false;
  }

  private void add(List<Found> found, Found f) {
    found.add(f);
    register(f);
  }

  private boolean overlapsAny(List<Found> found, List<Span> content) {
    for (Span c : content) {
      if (!foundOverlapping(c.start(), c.end()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private int words(int start, int end) {
    int n = 0;
    boolean in = false;
    for (int i = start; i < end; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** The span without surrounding white space and the punctuation that joins a clause to its cue. */
  private Span trim(int start, int end) {
    while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;:—–-".indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:—–-".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > start ? new Span(start, end) : null;
  }

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
