package org.newsgraph.quote;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Span;
import org.newsgraph.quote.Words.Token;
import org.newsgraph.text.CalendarWords;

/**
 * Finds who speaks beside a cue: the noun phrase before it ("Foreign Ministry spokesman Emre
 * Yalcin said"), after it ("..., said Arkady Volkov", "according to two diplomats", "sagte ein
 * Sprecher des Ministeriums"), a pronoun ("he said", "who said"), and the name inside an
 * apposition ("A Kremlin spokesman, Arkady Volkov, called"; "Maria Zakharova, the ministry's
 * spokeswoman, said"). It reads words only, no parser: determiners, prepositions and pronouns of
 * the language, capital letters, and the roles and titles of the {@link CueLexicon}.
 */
final class SpeakerFinder {
  /** A noun phrase: tokens [from, to) of the sentence. */
  record Phrase(int from, int to, boolean pronoun) {}

  private static final Set<String> EN_DET =
      set(
          "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
          "many", "several", "both", "all", "most", "few", "other", "another", "each", "every", "no", "one", "two",
          "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
          "more", "half", "such", "any");
  private static final Set<String> EN_PRONOUN = set("he", "she", "they", "we", "i", "it", "you", "who");
  private static final Set<String> EN_INTERNAL = set("of", "for", "at", "from", "in", "with", "on");
  private static final Set<String> EN_STOP =
      set(
          "and", "or", "but", "because", "if", "when", "while", "as", "after", "before", "since", "although",
          "though", "that", "which", "whom", "whose", "where", "what", "how", "why", "than", "so", "then", "also",
          "not", "never", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "do", "did",
          "does", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "to", "by", "about",
          "against", "into", "over", "under", "during", "without", "within", "between", "among", "through",
          "across", "toward", "towards", "per", "up", "down", "out", "off", "there", "here", "now", "just",
          "only", "even", "still", "yet", "already", "again", "too", "very", "really", "however", "meanwhile",
          "instead", "later", "earlier", "once", "him", "them", "us", "me", "yesterday", "today", "tonight",
          "tomorrow", "last", "week", "told", "via", "like", "unlike", "amid", "despite", "whether", "who",
          "he", "she", "they", "we", "i", "it", "you", "there's", "it's", "don't", "didn't", "doesn't", "isn't",
          "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't",
          "hasn't", "hadn't", "said", "says", "say", "saying", "adding", "noting", "citing");
  private static final Set<String> EN_SKIP =
      set(
          "has", "have", "had", "also", "later", "previously", "recently", "repeatedly", "publicly", "privately",
          "once", "then", "still", "again", "further", "reportedly", "allegedly", "separately", "initially",
          "earlier", "first", "would", "will", "could", "may", "might", "did", "does", "do", "not", "never",
          "quickly", "openly", "flatly", "simply", "often", "frequently", "already", "even", "just", "only",
          "long", "now", "finally", "ultimately", "subsequently", "immediately", "explicitly", "directly",
          "specifically", "personally", "herself", "himself", "themselves", "itself", "has also", "had also",
          "is", "was", "are", "were", "been", "being", "be", "has been", "reported", "widely", "sharply",
          "strongly", "bluntly", "angrily", "privately", "jokingly", "famously", "tersely", "emphatically",
          "cannot", "can't", "won't", "didn't", "doesn't", "don't", "wouldn't", "couldn't", "can", "should",
          "must", "hasn't", "haven't");

  private static final Set<String> DE_DET =
      set(
          "der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einem", "einen", "einer", "sein",
          "seine", "seines", "seinem", "seinen", "seiner", "ihr", "ihre", "ihres", "ihrem", "ihren", "ihrer",
          "mehrere", "zwei", "drei", "vier", "fünf", "viele", "einige", "beide", "alle", "kein", "keine",
          "dieser", "diese", "dieses", "diesem", "diesen", "unser", "unsere", "jeder", "jede", "jedes");
  private static final Set<String> DE_GENITIVE = set("des", "der", "eines", "einer");
  private static final Set<String> DE_PRONOUN = set("er", "sie", "es", "man", "wir", "ich", "der", "die");
  private static final Set<String> DE_INTERNAL = set("von", "vom", "aus", "bei", "beim", "für");
  private static final Set<String> DE_STOP =
      set(
          "und", "oder", "aber", "doch", "denn", "weil", "wenn", "als", "nachdem", "bevor", "seit", "obwohl",
          "dass", "daß", "ob", "was", "wie", "wo", "warum", "so", "dann", "auch", "nicht", "nie", "ist", "war",
          "waren", "sind", "sei", "seien", "hat", "habe", "hatte", "hatten", "haben", "wird", "werde", "wurde",
          "wurden", "werden", "kann", "könne", "konnte", "muss", "müsse", "soll", "solle", "will", "wolle",
          "zu", "zum", "zur", "mit", "nach", "gegen", "ohne", "um", "über", "unter", "vor", "in", "im", "an",
          "am", "auf", "durch", "bis", "noch", "schon", "bereits", "nun", "jetzt", "heute", "gestern", "morgen",
          "zudem", "außerdem", "jedoch", "allerdings", "sagte", "sagt", "sagten", "erklärte", "laut", "zufolge",
          "es", "er", "man", "wir", "ich", "sich", "ihm", "ihn", "ihnen", "uns", "mir", "mich");
  private static final Set<String> DE_SKIP =
      set(
          "auch", "zudem", "außerdem", "jedoch", "allerdings", "bereits", "schon", "noch", "nun", "dann",
          "später", "zuvor", "erneut", "nochmals", "ebenfalls");

  /** Words of time that end up where a speaker could stand: "said Wednesday that". */
  private static final Set<String> TIME =
      union(
          CalendarWords.ENGLISH,
          "today", "yesterday", "tonight", "tomorrow",
          "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar",
          "märz", "mai", "juni", "juli", "oktober", "dezember", "heute", "gestern", "morgen", "weekend", "week",
          "morning", "evening", "night", "afternoon");

  private final CueLexicon lexicon;
  private final boolean german;

  SpeakerFinder(CueLexicon lexicon, boolean german) {
    this.lexicon = lexicon;
    this.german = german;
  }

  boolean german() {
    return german;
  }

  boolean isDeterminer(Token t) {
    return (german ? DE_DET : EN_DET).contains(t.lower());
  }

  boolean isPronoun(Token t) {
    return german ? DE_PRONOUN.contains(t.lower()) && !t.is("der") && !t.is("die") : EN_PRONOUN.contains(t.lower());
  }

  boolean isStop(Token t) {
    if (!german && t.text().equals("Will")) {
      return false; // "said Will Doyle": beside a speaker, a capitalised "Will" is a first name, not a modal
    }
    return (german ? DE_STOP : EN_STOP).contains(t.lower());
  }

  /** Words that may stand between the speaker and the verb: "has", "also", "later". */
  boolean isSkippable(Token t) {
    return (german ? DE_SKIP : EN_SKIP).contains(t.lower());
  }

  boolean isPreposition(Token t) {
    return german
        ? DE_STOP.contains(t.lower()) && Set.of("mit", "nach", "gegen", "ohne", "um", "über", "unter", "vor", "in", "im", "an", "am", "auf", "durch", "bis", "zu", "zum", "zur", "von", "vom", "aus", "bei", "beim", "für").contains(t.lower())
        : Set.of("of", "for", "at", "from", "in", "with", "on", "by", "to", "about", "against", "into", "over", "under", "during", "without", "within", "between", "among", "through", "across", "after", "before", "since", "amid", "despite").contains(t.lower());
  }

  private boolean internal(Token t) {
    return (german ? DE_INTERNAL : EN_INTERNAL).contains(t.lower());
  }

  private boolean nameLike(Token t) {
    return t.isWord() && (t.isCapitalized() || Character.isDigit(t.text().charAt(0))) && !isStop(t);
  }

  /**
   * The noun phrase that ends right before token {@code end}, starting no earlier than {@code
   * limit}; the speaker of "X said". Null when the words there are not a noun phrase.
   */
  Phrase before(List<Token> toks, int end, int limit) {
    Phrase p = before0(toks, end, limit);
    if (p != null && timeOnly(toks, p) && p.from() > limit) {
      p = before0(toks, p.from(), limit); // "Priebus later Thursday told": the name before the time
    }
    return p == null || timeOnly(toks, p) ? null : p;
  }

  Phrase after(List<Token> toks, int start, int limit) {
    Phrase p = after0(toks, start, limit);
    return p == null || timeOnly(toks, p) ? null : p;
  }

  private boolean timeOnly(List<Token> toks, Phrase p) {
    boolean time = false;
    for (int i = p.from(); i < p.to(); i++) {
      time |= TIME.contains(toks.get(i).lower());
    }
    if (!time) {
      return false;
    }
    for (int i = p.from(); i < p.to(); i++) {
      Token t = toks.get(i);
      if (!TIME.contains(t.lower()) && !isDeterminer(t) && !t.is("last") && !t.is("this") && !t.is("next") && !t.is("early") && !t.is("late") && !t.is("earlier") && !t.is("later") && !Character.isDigit(t.text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private Phrase before0(List<Token> toks, int end, int limit) {
    int j = end - 1;
    while (j >= limit && isSkippable(toks.get(j))) {
      j--;
    }
    int extendTo = -1;
    if (j > limit && toks.get(j).isPunct(')')) {
      // "Sen. Rand Paul (R-Ky.) said": a parenthesis after the name belongs to it
      int open = j - 1;
      while (open > limit && !toks.get(open).isPunct('(') && j - open < 8) {
        open--;
      }
      if (toks.get(open).isPunct('(')) {
        extendTo = j + 1;
        j = open - 1;
      }
    }
    if (j < limit) {
      return null;
    }
    Token last = toks.get(j);
    if (!last.isWord()) {
      return null;
    }
    if ((german ? DE_PRONOUN : EN_PRONOUN).contains(last.lower()) && !(german && (last.is("der") || last.is("die")))) {
      return new Phrase(j, j + 1, true);
    }
    if (!german && last.is("another")) {
      return new Phrase(j, j + 1, false); // "Yet another said," as quotes of a crowd go on
    }
    if (isStop(last) || isDeterminer(last) || isCue(toks, j)) {
      return null;
    }
    if (german && last.isLower()) {
      return null;
    }
    if (!german && last.isLower() && !isRole(last) && (last.lower().matches(".*(ed|ing|ly|y|ive|ous|ful|ic|al|ish|able|ible)"))) {
      return null; // "raised hopes", "widely believed": a verb or an adverb, not the speaker
    }
    int from = j;
    boolean sawDet = false;
    for (int k = j - 1; k >= limit; k--) {
      Token t = toks.get(k);
      if (!t.isWord()) {
        break;
      }
      if (isDeterminer(t)) {
        if (german && DE_GENITIVE.contains(t.lower()) && k > limit && nounLike(toks.get(k - 1))) {
          from = k; // der Sprecher des Ministeriums
          continue;
        }
        if (k > limit + 1 && internal(toks.get(k - 1)) && nounLike(toks.get(k - 2))) {
          from = k; // von der Universität, of the Istanbul Centre
          continue;
        }
        from = k;
        sawDet = true;
        break;
      }
      if (internal(t)) {
        // "Aksoy of the Istanbul Centre", "Diallo von der Universität": inside a name's phrase
        if (k > limit && nounLike(toks.get(k - 1)) && (nounLike(toks.get(k + 1)) || isDeterminer(toks.get(k + 1)))) {
          from = k;
          continue;
        }
        break;
      }
      if ((t.is("and") || t.is("und") || t.is("&")) && k > limit && nameLike(toks.get(k - 1)) && nameLike(toks.get(k + 1))) {
        from = k;
        continue;
      }
      if (isStop(t) || isCue(toks, k)) {
        break;
      }
      if (german && t.isLower() && !(k > limit && isDeterminer(toks.get(k - 1)))) {
        break; // a German lower-case word inside a noun phrase follows its determiner
      }
      from = k;
    }
    // an English phrase of lower-case words alone needs its determiner or a noun of function
    if (!sawDet && !german) {
      while (from <= j && toks.get(from).isLower() && !isRole(toks.get(from)) && from < j) {
        from++;
      }
      if (from == j && toks.get(j).isLower() && !isRole(toks.get(j)) && !toks.get(j).lower().endsWith("s")) {
        return null;
      }
    }
    return new Phrase(from, extendTo > 0 ? extendTo : j + 1, false);
  }

  /** The noun phrase that starts at token {@code start} (ending before {@code limit}); the speaker of "said X". */
  private Phrase after0(List<Token> toks, int start, int limit) {
    int k = start;
    if (k < limit && (toks.get(k).is("von") || toks.get(k).is("vom") || toks.get(k).is("by"))) {
      k++;
    }
    if (k >= limit) {
      return null;
    }
    Token first = toks.get(k);
    if (!first.isWord()) {
      return null;
    }
    if ((german ? DE_PRONOUN : EN_PRONOUN).contains(first.lower()) && !(german && (first.is("der") || first.is("die")))) {
      return new Phrase(k, k + 1, true);
    }
    if (!german && first.is("another") && (k + 1 >= limit || !toks.get(k + 1).isWord())) {
      return new Phrase(k, k + 1, false); // '"...," tweeted another.'
    }
    int from = k;
    int to = k;
    boolean det = false;
    int i = k;
    if (isDeterminer(first)) {
      det = true;
      i++;
    }
    boolean headSeen = false;
    while (i < limit) {
      Token t = toks.get(i);
      if (!t.isWord()) {
        break;
      }
      if (headSeen && internal(t) && i + 1 < limit && (nounLike(toks.get(i + 1)) || isDeterminer(toks.get(i + 1)))) {
        i++;
        if (i < limit && isDeterminer(toks.get(i))) {
          i++;
        }
        continue;
      }
      if (german && headSeen && DE_GENITIVE.contains(t.lower()) && i + 1 < limit && nounLike(toks.get(i + 1))) {
        i++;
        continue;
      }
      if ((t.is("and") || t.is("und")) && headSeen && i + 1 < limit && nameLike(toks.get(i + 1)) && !german) {
        i++;
        continue;
      }
      if (isStop(t) || isCue(toks, i) || isDeterminer(t)) {
        break;
      }
      if (t.isLower()) {
        if (german) {
          if (!(i > k && isDeterminer(toks.get(i - 1)) || (i > k && toks.get(i - 1).isLower() && !headSeen))) {
            break;
          }
        } else if (!det && !headSeen && !isRole(t)) {
          int name = premodifiedName(toks, i, limit);
          if (name < 0) {
            break;
          }
          i = name;
          continue;
        } else if (headSeen && !det && !isRole(t)) {
          break;
        }
      }
      headSeen = headSeen || nounLike(t) || isRole(t);
      i++;
      to = i;
    }
    if (to == from || (det && to == from + 1)) {
      return null;
    }
    return new Phrase(from, to, false);
  }

  /**
   * The name that the lower-case words from token {@code i} lead straight to, or -1: "said
   * retired neurosurgeon Ben Carson", "said former tech executive Carly Fiorina".
   */
  private int premodifiedName(List<Token> toks, int i, int limit) {
    int end = Math.min(limit, i + 4);
    for (int j = i; j < end; j++) {
      Token t = toks.get(j);
      if (!german && j > i && t.is("of") && j + 1 < limit && toks.get(j + 1).isLower()) {
        end = Math.min(limit, end + 2); // "said former secretary of state Hillary Clinton"
        continue;
      }
      if (!t.isWord() || isStop(t) || isDeterminer(t) || isCue(toks, j) || TIME.contains(t.lower())) {
        return -1;
      }
      if (t.isCapitalized()) {
        return j > i ? j : -1;
      }
    }
    return -1;
  }

  private boolean nounLike(Token t) {
    return t.isWord() && !isStop(t) && !isDeterminer(t) && (german ? t.isCapitalized() : true);
  }

  boolean isRole(Token t) {
    return lexicon.is(CueLexicon.Kind.ROLE, t.lower());
  }

  boolean isTitle(Token t) {
    return lexicon.is(CueLexicon.Kind.TITLE, t.lower()) || lexicon.is(CueLexicon.Kind.TITLE, t.lower().replace(".", ""));
  }

  private boolean isCue(List<Token> toks, int i) {
    if (i > 0 && (isDeterminer(toks.get(i - 1)) || toks.get(i - 1).isPossessive())) {
      return false; // "the note", "his statement": a noun
    }
    CueLexicon.Match m = lexicon.match(toks, i);
    return m != null && m.kind().isSpeech() && m.kind() != CueLexicon.Kind.AFTER && !(german && m.kind() == CueLexicon.Kind.PREP && toks.get(i).is("so"));
  }

  /**
   * The span that names the speaker in the phrase: a name where the phrase has one after a role or
   * title ("Foreign Ministry spokesman Emre Yalcin" gives "Emre Yalcin", "Der Politikwissenschaftler
   * Karim Diallo von der Universität Dakar" gives "Karim Diallo"), else the phrase up to its first
   * preposition ("the spokeswoman", "ein Sprecher des Ministeriums").
   */
  Span mention(List<Token> toks, Phrase p) {
    if (p.pronoun()) {
      return toks.get(p.from()).span();
    }
    int cut = p.to();
    for (int i = p.from() + 1; i < p.to(); i++) {
      if (internal(toks.get(i)) || toks.get(i).isPunct('(')) {
        cut = i;
        break;
      }
    }
    // the name at the end of the head
    int runEnd = cut;
    int runStart = runEnd;
    while (runStart > p.from() && nameToken(toks.get(runStart - 1))) {
      runStart--;
    }
    if (german) {
      // capitals mark nouns, not names: a name follows a determiner and a role or title
      int i = p.from();
      while (i < cut && isDeterminer(toks.get(i))) {
        i++;
      }
      while (i < cut && toks.get(i).isLower()) {
        i++;
      }
      if (i < cut - 1 && (isRole(toks.get(i)) || isTitle(toks.get(i))) && !isDeterminer(toks.get(i + 1))) {
        return new Span(toks.get(i + 1).start(), toks.get(cut - 1).end());
      }
      return new Span(toks.get(p.from()).start(), toks.get(cutForRole(toks, p, cut) - 1).end());
    }
    // leading titles are not part of the name: "Retired Lt. Gen. Michael Flynn"
    while (runStart < runEnd - 1 && isTitle(toks.get(runStart))) {
      runStart++;
    }
    boolean onlyDeterminers = true;
    for (int i = p.from(); i < runStart; i++) {
      onlyDeterminers &= isDeterminer(toks.get(i));
    }
    if (runStart < runEnd && runStart > p.from() && !isRole(toks.get(runEnd - 1)) && !onlyDeterminers) {
      return new Span(toks.get(runStart).start(), toks.get(runEnd - 1).end());
    }
    if (runStart == p.from() && runEnd > runStart && !isTitle(toks.get(runEnd - 1))) {
      return new Span(toks.get(runStart).start(), toks.get(runEnd - 1).end());
    }
    return new Span(toks.get(p.from()).start(), toks.get(cutForRole(toks, p, cut) - 1).end());
  }

  /** A phrase without a name keeps what follows its role: "a spokesman for the ministry". */
  private int cutForRole(List<Token> toks, Phrase p, int cut) {
    if (cut == p.to()) {
      return cut;
    }
    for (int i = p.from(); i < cut; i++) {
      if (toks.get(i).isCapitalized() && !isDeterminer(toks.get(i)) && !german && i > p.from()) {
        return cut;
      }
    }
    return p.to() - p.from() <= 8 ? p.to() : cut;
  }

  private boolean nameToken(Token t) {
    return t.isWord() && t.isCapitalized() && !isDeterminer(t) && !isStop(t);
  }

  /** Whether the phrase is a bare name: capitalised words only, no determiner, role or title ("Arkady Volkov"). */
  boolean isBareName(List<Token> toks, Phrase p) {
    if (p.pronoun()) {
      return false;
    }
    for (int i = p.from(); i < p.to(); i++) {
      Token t = toks.get(i);
      if (!nameToken(t) || isRole(t) || isTitle(t) && i == p.from() && p.to() - p.from() == 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether the phrase names a person or group by name, not by a pronoun or role alone. */
  boolean hasName(List<Token> toks, Phrase p) {
    if (p.pronoun()) {
      return false;
    }
    for (int i = p.from(); i < p.to(); i++) {
      Token t = toks.get(i);
      if (nameToken(t) && !isTitle(t) && !isRole(t) && !(german && i == p.from())) {
        if (german && i > p.from() && isDeterminer(toks.get(i - 1))) {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  private static Set<String> union(Set<String> words, String... more) {
    Set<String> all = new java.util.HashSet<>(words);
    all.addAll(java.util.Arrays.asList(more));
    return Set.copyOf(all);
  }
}
