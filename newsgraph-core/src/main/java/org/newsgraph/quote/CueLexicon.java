package org.newsgraph.quote;

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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that mark speech in one language, read from a plain-text list that users can extend:
 * {@code cues-en.txt} and {@code cues-de.txt} beside this class, plus any file given to {@link
 * #with(Path)}. Each line is a kind, a tab, and the word forms separated by {@code |}; a form may
 * have several words ("according to", "nach Angaben von"). The files themselves explain the kinds.
 */
final class CueLexicon {
  /** What a cue says about where the speaker and the content are. */
  enum Kind {
    /** A verb of saying: "X said (that) ...", "..., X said", "..., said X". */
    VERB("verb"),
    /** A verb that may name an addressee before the content: "told reporters (that) ...". */
    VERB_TO("verb-to"),
    /** The speaker follows: "according to X", "laut X". */
    PREP("prep"),
    /** The speaker precedes: "X zufolge". */
    POST("post"),
    /** Only right after a quotation or a comma, the speaker follows: "„...“, so der Minister". */
    AFTER("after"),
    /** Reported speech without a subject: "heißt es (aus X)". */
    IMPERSONAL("impersonal"),
    /** A Konjunktiv I verb form, which marks reported speech in German: "seien". */
    KONJUNKTIV("konjunktiv"),
    /** A noun that names someone by function: "spokeswoman", "Sprecherin"; {@code *} matches a word's end. */
    ROLE("role"),
    /** A word before a name that is not part of the name: "Sen.", "President", "Analyst". */
    TITLE("title");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    static Kind of(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown cue kind '" + label + "'");
    }

    boolean isSpeech() {
      return this == VERB || this == VERB_TO || this == PREP || this == POST || this == AFTER || this == IMPERSONAL;
    }
  }

  /** A cue found in the text: tokens [from, to) of the sentence. */
  record Match(Kind kind, int from, int to) {}

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
  private final Map<String, Kind> kindOf = new HashMap<>();
  private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
  private final Map<Kind, List<String>> suffixes = new EnumMap<>(Kind.class);

  private CueLexicon() {
    for (Kind k : Kind.values()) {
      words.put(k, new HashSet<>());
      suffixes.put(k, new ArrayList<>());
    }
  }

  /** The bundled list for an ISO 639-1 language; English for any language without one. */
  static CueLexicon bundled(String language) {
    String lang = "de".equals(language) ? "de" : "en";
    CueLexicon lex = new CueLexicon();
    try (InputStream in = CueLexicon.class.getResourceAsStream("cues-" + lang + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("cues-" + lang + ".txt is missing from the class path");
      }
      lex.read(new InputStreamReader(in, StandardCharsets.UTF_8), "cues-" + lang + ".txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lex;
  }

  /** This lexicon with the entries of a user's file added (same format as the bundled lists). */
  CueLexicon with(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private void read(Reader reader, String name) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] cols = l.split("\t+", 2);
      if (cols.length < 2) {
        throw new IllegalArgumentException(name + ":" + n + ": expected KIND<tab>FORM|FORM...");
      }
      Kind kind = Kind.of(cols[0].strip());
      for (String form : cols[1].split("\\|")) {
        add(kind, form.strip().toLowerCase(Locale.ROOT).replace('’', '\''));
      }
    }
    for (List<String[]> forms : byFirstWord.values()) {
      forms.sort(Comparator.comparingInt((String[] f) -> f.length).reversed());
    }
  }

  private void add(Kind kind, String form) {
    if (form.isEmpty()) {
      return;
    }
    if (kind == Kind.ROLE || kind == Kind.TITLE || kind == Kind.KONJUNKTIV) {
      if (form.startsWith("*")) {
        suffixes.get(kind).add(form.substring(1));
      } else {
        words.get(kind).add(form);
      }
      return;
    }
    String[] w = form.split("\\s+");
    List<String[]> forms = byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>());
    forms.add(w);
    kindOf.put(form, kind);
  }

  /** The longest cue that starts at token {@code i}, or null. */
  Match match(List<Words.Token> tokens, int i) {
    List<String[]> forms = byFirstWord.get(tokens.get(i).lower());
    if (forms == null) {
      return null;
    }
    Words.Token first = tokens.get(i);
    if (first.isCapitalized() && i > 0 && !tokens.get(i - 1).isMark() && !tokens.get(i - 1).isPunct(':') && !tokens.get(i - 1).isPunct('(')
        && !titleCase(tokens)) {
      return null; // "The United States": a cue is written in lower case inside its sentence, but for headlines ("Trump Says He ...")
    }
    for (String[] f : forms) {
      if (i + f.length > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < f.length && ok; k++) {
        ok = tokens.get(i + k).lower().equals(f[k]);
      }
      if (ok) {
        return new Match(kindOf.get(String.join(" ", f)), i, i + f.length);
      }
    }
    return null;
  }

  /** Whether the sentence is written in title case, as headlines are: its longer words nearly all capitalised. */
  private static boolean titleCase(List<Words.Token> tokens) {
    int longer = 0;
    int capitalised = 0;
    for (Words.Token t : tokens) {
      if (t.isWord() && t.text().length() > 3) {
        longer++;
        capitalised += t.isCapitalized() ? 1 : 0;
      }
    }
    return longer >= 4 && capitalised * 10 >= longer * 9;
  }

  /** Whether the word (in lower case) is listed under the kind, as a word or by its ending. */
  boolean is(Kind kind, String lower) {
    if (words.get(kind).contains(lower)) {
      return true;
    }
    for (String s : suffixes.get(kind)) {
      if (lower.endsWith(s) && lower.length() > s.length()) {
        return true;
      }
    }
    return false;
  }
}
