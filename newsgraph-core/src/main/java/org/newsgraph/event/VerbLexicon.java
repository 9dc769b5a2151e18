package org.newsgraph.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.text.CalendarWords;

/**
 * Verbs that report events, each with its CAMEO code and an optional frame of words that must
 * follow it in the clause ("ask ... for ... escort" is 0234, "ask" alone 020). Read from {@code
 * verbs-en.txt} and {@code verbs-de.txt} beside this class, from a user's file of the same format,
 * or from a PETRARCH verb dictionary ({@link PetrarchDictionaries}).
 *
 * <p>The format, one entry a line ({@code #} starts a comment):
 *
 * <pre>
 * CODE  VERB[|VERB...]  [FRAME...]  [(mutual)|(reciprocal)|(received)]  [(person)|(state)|(organisation)]
 * 0234  ask|request     for escort*|protection|peacekeep*
 * </pre>
 *
 * In English files a verb is a lemma and its regular forms (asks, asked, asking) are added; list
 * irregular forms beside it ({@code meet|met}). In German files every form is listed. Frame words
 * follow the verb in this order, with up to six words between each (the words of a date, "on
 * Saturday", not counted); {@code a|b} are alternatives,
 * a final {@code *} matches any ending. {@code (mutual)} marks an act that coordinated actors do to
 * each other when no target is named ("Russia and Iran signed an agreement"); {@code (reciprocal)} a
 * mutual act whose partner, named by "with" ("mit"), does it back ("Russia signed a deal with Iran" is
 * also Iran's act on Russia); {@code (received)} an
 * act told from the side of the one it is done to, whose giver is named by "from" ("Iraq received
 * weapons from Iran" is Iran's act on Iraq). {@code (person)} limits an entry to targets named as
 * persons ("attacked his French host" is words, not force), {@code (state)} to a state named itself
 * ("charged Tehran with arming the rebels" is an accusation, not a legal charge) and {@code
 * (organisation)} to an international or non-governmental organisation named itself ("attacked the
 * WHO"); {@link TargetKind} tells which a target is. A line may be repeated for a second kind. Where
 * a target's kind fits such an entry, it wins over an entry for any target with a frame as long.
 */
public final class VerbLexicon {
  /** Words allowed between the verb and a frame word, and between frame words. */
  static final int GAP = 6;
  /** Prepositions of a frame that may open a phrase of time instead, and the words that then follow them. */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "upon");
  /** Words that open a date ("on Monday", "last Friday", "earlier on Tuesday"): with the date, no part of a frame's gap. */
  private static final Set<String> DATE_OPENERS = Set.of("on", "upon", "last", "this", "next", "early", "earlier", "late", "later", "in");

  /**
   * One verb entry; {@code frame} holds the alternatives for each frame word; {@code received}: the
   * subject is the target and the "from"-phrase the source; {@code reciprocal}: the "with"-partner
   * does it back (a reciprocal entry is also mutual); {@code target}: the kind of target it is limited to.
   */
  record Entry(String code, List<List<String>> frame, boolean mutual, boolean received, boolean reciprocal, int order, TargetKind target) {
    Entry(String code, List<List<String>> frame, boolean mutual, boolean received, boolean reciprocal, int order) {
      this(code, frame, mutual, received, reciprocal, order, TargetKind.ANY);
    }
  }

  private final Map<String, List<Entry>> byForm;
  private final int size;

  private VerbLexicon(Map<String, List<Entry>> byForm, int size) {
    this.byForm = byForm;
    this.size = size;
  }

  /** The bundled lexicon of a language ("en", "de"). */
  public static VerbLexicon bundled(String language) {
    String name = "verbs-" + language + ".txt";
    try (InputStream in = VerbLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no verb lexicon for language " + language);
      }
      return new Builder().read(new InputStreamReader(in, StandardCharsets.UTF_8), name, "en".equals(language)).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This lexicon with the entries of a user's file of the same format added. */
  public VerbLexicon with(Path file, boolean english) {
    Builder b = new Builder(this);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return b.read(r, file.toString(), english).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** How many entries it holds. */
  public int size() {
    return size;
  }

  /**
   * The most specific entry for the verb at {@code i} whose frame words follow {@code from} (the
   * verb itself in English; the start of its clause in German, where objects come before the
   * participle) and lie before {@code end}; null when none. Longer frames win; among equals the
   * earlier entry.
   */
  Entry match(List<Word> words, int i, int from, int end) {
    return match(words, i, from, end, e -> true);
  }

  /** As {@link #match(List, int, int, int)}, among the entries that {@code allowed} accepts. */
  Entry match(List<Word> words, int i, int from, int end, Predicate<Entry> allowed) {
    return best(byForm.get(words.get(i).lower()), words, i, from, end, allowed, null);
  }

  /**
   * As {@link #match(List, int, int, int, Predicate)}, for a target of the given kind: the entries
   * limited to another kind are left out, and one limited to this kind wins over an entry for any
   * target whose frame is as long. Null when none fits.
   */
  Entry match(List<Word> words, int i, int from, int end, Predicate<Entry> allowed, TargetKind kind) {
    return best(byForm.get(words.get(i).lower()), words, i, from, end, allowed.and(e -> e.target().admits(kind)), kind);
  }

  /**
   * The most specific entry of the verb form {@code verb} for the noun at {@code i} that tells its
   * act, with the frame words following the noun before {@code end}: "a call for ... release" reads as
   * "called for ... release" does. Null when none.
   */
  Entry matchAs(String verb, List<Word> words, int i, int end) {
    return best(byForm.get(verb), words, i, i, end, e -> true, null);
  }

  /**
   * The longest fitting frame; among frames as long, where the target's kind is known (not null) an
   * entry limited to it, where it is not yet known an entry for any target, else the earlier.
   */
  private static Entry best(List<Entry> entries, List<Word> words, int i, int from, int end, Predicate<Entry> allowed, TargetKind kind) {
    if (entries == null) {
      return null;
    }
    Entry best = null;
    for (Entry e : entries) {
      if (!allowed.test(e) || !frameFits(e.frame(), words, from, i, end)) {
        continue;
      }
      if (best == null || e.frame().size() > best.frame().size() || (e.frame().size() == best.frame().size() && before(e, best, kind != null))) {
        best = e;
      }
    }
    return best;
  }

  /** Whether entry e goes before {@code than}, of a frame as long: by its limit to a kind of target, then by order. */
  private static boolean before(Entry e, Entry than, boolean kindKnown) {
    boolean limited = e.target() != TargetKind.ANY;
    return limited != (than.target() != TargetKind.ANY) ? limited == kindKnown : e.order() < than.order();
  }

  /**
   * The most specific entry for the verb at {@code i} whose first frame word is the noun at
   * {@code object}, standing before the verb ("the sanctions that Obama imposed on Russia"), and
   * whose other frame words follow the verb before {@code end}, among the entries that {@code allowed}
   * accepts; null when none.
   */
  Entry matchWithObjectBefore(List<Word> words, int i, int object, int end, Predicate<Entry> allowed) {
    List<Entry> entries = byForm.get(words.get(i).lower());
    if (entries == null) {
      return null;
    }
    Entry best = null;
    for (Entry e : entries) {
      List<List<String>> frame = e.frame();
      if (frame.isEmpty() || !allowed.test(e) || !matches(frame.get(0), words.get(object)) || !frameFits(frame.subList(1, frame.size()), words, i, i, end)) {
        continue;
      }
      if (best == null || frame.size() > best.frame().size() || (frame.size() == best.frame().size() && e.order() < best.order())) {
        best = e;
      }
    }
    return best;
  }

  boolean isVerb(String lower) {
    return byForm.containsKey(lower);
  }

  private static boolean frameFits(List<List<String>> frame, List<Word> words, int from, int verb, int end) {
    if (from != verb && !frame.isEmpty()) {
      // before the verb (German) the first frame word may stand anywhere in the clause, and the
      // rest must follow one of its places, not only the first: "drangen in der Folge immer
      // weiter in die Schweiz vor" fits "in ... vor" at the second "in"
      for (int j = from + 1; j < end; j++) {
        if (j != verb && matches(frame.get(0), words.get(j)) && frameFitsAfter(frame.subList(1, frame.size()), words, j, verb, end)) {
          return true;
        }
      }
      return false;
    }
    return frameFitsAfter(frame, words, from, verb, end);
  }

  /**
   * Whether each frame word follows the one before it (the first: {@code at}) within the gap, before
   * {@code end}. Words of a date count for no gap: "called Turkish President Recep Tayyip Erdogan
   * on Saturday to discuss" has its "to discuss" six words on, not eight.
   */
  private static boolean frameFitsAfter(List<List<String>> frame, List<Word> words, int at, int verb, int end) {
    for (List<String> alternatives : frame) {
      int found = -1;
      int gap = 0;
      for (int j = at + 1; j < end && gap <= GAP; j++) {
        if (j != verb && matches(alternatives, words.get(j)) && !timePhrase(words, j, end)) {
          found = j;
          break;
        }
        if (!dateWord(words, j, end)) {
          gap++;
        }
      }
      if (found < 0) {
        return false;
      }
      at = found;
    }
    return true;
  }

  /**
   * Whether the preposition at j opens a phrase of time ("on Monday", "on 5 May", "on Jan. 3"),
   * which dates the act and is none of its frame words: "called Russia's bid 'absurd' on Monday" is
   * no appeal ("call on").
   */
  private static boolean timePhrase(List<Word> words, int j, int end) {
    if (!TIME_PREPOSITIONS.contains(words.get(j).lower()) || j + 1 >= end) {
      return false;
    }
    String next = words.get(j + 1).lower();
    return calendar(words, j + 1, end)
        || (next.matches("\\d{1,2}") && j + 2 < end && calendar(words, j + 2, end));
  }

  /**
   * Whether the word at j names a weekday or month, also abbreviated: the tokenizer splits "Sept." into
   * "Sept" and ".", so "ordered the strikes in Syria on Sept. 23" has no frame word "on".
   */
  private static boolean calendar(List<Word> words, int j, int end) {
    String w = words.get(j).lower();
    return CalendarWords.ENGLISH.contains(w)
        || (j + 1 < end && words.get(j + 1).lower().equals(".") && CalendarWords.ENGLISH.contains(w + "."));
  }

  /**
   * Whether the word at j belongs to a date: a weekday or month name, a day's number beside one
   * ("5 May", "Jan. 3"), or a word that opens one ("on Monday", "last Friday", "earlier on Tuesday").
   */
  private static boolean dateWord(List<Word> words, int j, int end) {
    String w = words.get(j).lower();
    if (CalendarWords.ENGLISH.contains(w)) {
      return true;
    }
    boolean nextIsDate = j + 1 < end && (CalendarWords.ENGLISH.contains(words.get(j + 1).lower())
        || (j + 2 < end && words.get(j + 1).lower().matches("\\d{1,2}") && CalendarWords.ENGLISH.contains(words.get(j + 2).lower())));
    if (w.matches("\\d{1,2}")) {
      return nextIsDate || (j > 0 && CalendarWords.ENGLISH.contains(words.get(j - 1).lower()));
    }
    return nextIsDate && DATE_OPENERS.contains(w);
  }

  /**
   * Whether the word is one of the frame's alternatives; a German hyphen compound whose last part is a
   * noun is also that part ("US-Sanktionen" fits "sanktionen", as "Sanktionen der USA" would).
   */
  private static boolean matches(List<String> alternatives, Word word) {
    if (matches(alternatives, word.lower())) {
      return true;
    }
    int hyphen = word.text().lastIndexOf('-');
    return hyphen > 0 && hyphen + 1 < word.text().length() && Character.isUpperCase(word.text().charAt(hyphen + 1))
        && matches(alternatives, word.lower().substring(hyphen + 1));
  }

  private static boolean matches(List<String> alternatives, String word) {
    for (String a : alternatives) {
      if (a.endsWith("*") ? word.startsWith(a.substring(0, a.length() - 1)) : word.equals(a)) {
        return true;
      }
    }
    return false;
  }

  /** The regular forms of an English verb: ask, asks, asked, asking; slam, slams, slammed, slamming. */
  static Set<String> englishForms(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    boolean consonantY = lemma.matches(".*[^aeiou]y");
    if (lemma.matches(".*(s|x|z|ch|sh)")) {
      out.add(lemma + "es");
    } else if (consonantY) {
      out.add(lemma.substring(0, lemma.length() - 1) + "ies");
    } else {
      out.add(lemma + "s");
    }
    if (lemma.endsWith("e")) {
      out.add(lemma + "d");
      out.add(lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing");
    } else if (consonantY) {
      out.add(lemma.substring(0, lemma.length() - 1) + "ied");
      out.add(lemma + "ing");
    } else {
      // one syllable ending in one vowel and one consonant doubles the consonant: slammed, banning
      String stem = lemma.matches("[^aeiou]*[aeiou][^aeiouwxy]") ? lemma + lemma.charAt(lemma.length() - 1) : lemma;
      out.add(stem + "ed");
      out.add(stem + "ing");
    }
    return out;
  }

  /** Collects entries; {@link PetrarchDictionaries} adds the ones it reads. */
  static final class Builder {
    private final Map<String, List<Entry>> byForm = new HashMap<>();
    private int size;

    Builder() {}

    Builder(VerbLexicon base) {
      base.byForm.forEach((k, v) -> byForm.put(k, new ArrayList<>(v)));
      size = base.size;
    }

    void add(String code, Set<String> forms, List<List<String>> frame, boolean mutual, boolean received, boolean reciprocal) {
      add(code, forms, frame, mutual, received, reciprocal, TargetKind.ANY);
    }

    void add(String code, Set<String> forms, List<List<String>> frame, boolean mutual, boolean received, boolean reciprocal, TargetKind target) {
      if (CameoCodes.bundled().get(code) == null) {
        throw new IllegalArgumentException("not a CAMEO event code: " + code);
      }
      Entry e = new Entry(code, List.copyOf(frame), mutual || reciprocal, received, reciprocal, size++, target);
      for (String f : forms) {
        byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
      }
    }

    Builder read(Reader reader, String name, boolean english) throws IOException {
      BufferedReader r = new BufferedReader(reader);
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
          continue;
        }
        String[] f = content.split("\\s+");
        if (f.length < 2) {
          throw new IllegalArgumentException(name + ":" + n + ": expected CODE VERB [FRAME...]: " + line);
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String v : f[1].toLowerCase(Locale.ROOT).split("\\|")) {
          forms.addAll(english ? englishForms(v) : Set.of(v));
        }
        List<List<String>> frame = new ArrayList<>();
        boolean mutual = false;
        boolean received = false;
        boolean reciprocal = false;
        TargetKind target = TargetKind.ANY;
        for (int i = 2; i < f.length; i++) {
          if (f[i].equals("(person)")) {
            target = TargetKind.PERSON;
          } else if (f[i].equals("(state)")) {
            target = TargetKind.STATE;
          } else if (f[i].equals("(organisation)")) {
            target = TargetKind.ORGANISATION;
          } else if (f[i].equals("(mutual)")) {
            mutual = true;
          } else if (f[i].equals("(reciprocal)")) {
            reciprocal = true;
          } else if (f[i].equals("(received)")) {
            received = true;
          } else {
            frame.add(List.of(f[i].toLowerCase(Locale.ROOT).split("\\|")));
          }
        }
        try {
          add(f[0], forms, frame, mutual, received, reciprocal, target);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
        }
      }
      return this;
    }

    VerbLexicon build() {
      return new VerbLexicon(Map.copyOf(byForm), size);
    }
  }
}
