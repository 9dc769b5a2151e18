package org.newsgraph.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * Phrases that name actors, for text without linked entities: what a PETRARCH actor dictionary
 * holds ("RUSSIAN_FEDERATION [RUS]"). Phrases match whole words, case-insensitively, except those
 * that a bundled file marks with a leading {@code =}: "=KCNA" matches "KCNA" only, so that an
 * acronym that is also a word ("WHO") can be listed; and a leading {@code ^} marks a name that
 * matches as written and only standing alone, not inside a longer name. The longest match wins.
 */
public final class ActorDictionary {
  /** No phrases. */
  public static final ActorDictionary EMPTY = new ActorDictionary(Map.of(), 0);

  private final Map<String, List<Phrase>> byFirstWord;
  private final int size;

  /** A phrase's words (lower case, or marked as written), its actor code, and whether it must stand alone. */
  private record Phrase(String[] words, String code, boolean alone) {}

  private ActorDictionary(Map<String, List<Phrase>> byFirstWord, int size) {
    this.byFirstWord = byFirstWord;
    this.size = size;
  }

  /**
   * The armed groups bundled with the coder ({@code armed-groups.txt} beside this class): actors
   * of the news that the knowledge base has no entity for.
   */
  public static ActorDictionary armedGroups() {
    return bundled("armed-groups.txt");
  }

  /**
   * The institutions bundled with the coder ({@code institutions.txt} beside this class) that stand
   * for a state without naming it: the White House, the Pentagon, "the administration".
   */
  public static ActorDictionary institutions() {
    return bundled("institutions.txt");
  }

  /**
   * The regions bundled with the coder ({@code places.txt} beside this class) that stand for a state
   * the knowledge base does not link them to: Gaza, the West Bank.
   */
  public static ActorDictionary places() {
    return bundled("places.txt");
  }

  /** Marks a word that matches only as written. */
  private static final String EXACT = "=";
  /**
   * Marks a name that matches as written and only where no other name runs into it: no capitalised
   * word or possessive before it, none or "of" or "party" after it. "^Congress" is the US Congress
   * in "Congress imposed sanctions", not in "Brazil's Congress", "the Venezuelan Congress", "the
   * National People's Congress", "the Congress party" or "the Congress of Vienna".
   */
  private static final String ALONE = "^";

  /** A bundled file of lines {@code CODE NAME[|NAME...]}; a name marked {@code =NAME} matches only as written. */
  private static ActorDictionary bundled(String name) {
    try (InputStream in = ActorDictionary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Builder b = new Builder();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] parts = l.split("\\s+", 2);
        for (String phrase : parts[1].split("\\|")) {
          boolean alone = phrase.startsWith(ALONE);
          boolean asWritten = alone || phrase.startsWith(EXACT);
          String p = asWritten ? phrase.substring(1) : phrase;
          b.add(Word.tokenize(p, 0, p.length()).stream().map(w -> asWritten ? EXACT + w.text() : w.lower()).toList(), parts[0], alone);
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  public int size() {
    return size;
  }

  /** The actor phrases among the words, longest first where they overlap. */
  List<ActorMention> find(List<Word> words) {
    List<ActorMention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Phrase best = null;
      List<Phrase> candidates = byFirstWord.get(words.get(i).lower());
      if (candidates != null) {
        for (Phrase c : candidates) {
          int n = c.words().length;
          if (i + n <= words.size() && (best == null || n > best.words().length) && matchesAt(c.words(), words, i)
              && (!c.alone() || standsAlone(words, i, n))) {
            best = c;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int n = best.words().length;
      out.add(new ActorMention(new Span(words.get(i).start(), words.get(i + n - 1).end()), best.code(), null, false));
      i += n;
    }
    return out;
  }

  /** The lower-case form a phrase's first word is found under. */
  private static String key(String word) {
    return (word.startsWith(EXACT) ? word.substring(EXACT.length()) : word).toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the n words from i are no part of a longer name: see {@link #ALONE}. */
  private static boolean standsAlone(List<Word> words, int i, int n) {
    if (i > 0) {
      Word before = words.get(i - 1);
      if (capitalised(before) || Set.of("'s", "’s", "'", "’").contains(before.lower())) {
        return false;
      }
    }
    if (i + n < words.size()) {
      Word after = words.get(i + n);
      return !capitalised(after) && !Set.of("of", "party").contains(after.lower());
    }
    return true;
  }

  private static boolean capitalised(Word w) {
    return w.isWord() && Character.isUpperCase(w.text().codePointAt(0));
  }

  private static boolean matchesAt(String[] phrase, List<Word> words, int i) {
    for (int k = 0; k < phrase.length; k++) {
      String p = phrase[k];
      Word w = words.get(i + k);
      if (p.startsWith(EXACT) ? !w.text().equals(p.substring(EXACT.length())) : !w.lower().equals(p)) {
        return false;
      }
    }
    return true;
  }

  /** Collects phrases; the last phrase given for the same words wins. */
  static final class Builder {
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private int size;

    /** A phrase, as lower-case words, and its code. */
    void add(List<String> words, String code) {
      add(words, code, false);
    }

    private void add(List<String> words, String code, boolean alone) {
      if (words.isEmpty()) {
        return;
      }
      byFirstWord.computeIfAbsent(key(words.get(0)), k -> new ArrayList<>()).add(new Phrase(words.toArray(String[]::new), code, alone));
      size++;
    }

    ActorDictionary build() {
      return new ActorDictionary(Map.copyOf(byFirstWord), size);
    }
  }
}
