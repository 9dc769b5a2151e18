package org.newsgraph.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bundled words of evaluation (evaluations-en.txt): what a speaker who predicates one of
 * another actor's act does to that actor, criticism (111) or praise (051).
 */
final class Evaluations {
  static final String CRITICISM = "111";
  static final String PRAISE = "051";

  private static final Map<String, String> CODES = read("evaluations-en.txt");
  /** The tone stage's English word valences (AFINN-165), -5 to 5, for words of censure that evaluations-en.txt does not list. */
  private static final Map<String, Integer> VALENCES = valences("/org/newsgraph/tone/afinn-en.tsv");
  /** The first words of the entries, so that a two-word entry is found before a parse too. */
  private static final Set<String> FIRST_WORDS = CODES.keySet().stream().map(k -> k.split(" ")[0]).collect(Collectors.toSet());

  private Evaluations() {}

  /**
   * The code of the evaluation headed by word i ("unacceptable", "a step forward"), or null. A word
   * of a two-word entry matches with the word after it.
   */
  static String codeAt(ParsedSentence s, int i) {
    if (i + 1 < s.size()) {
      String two = CODES.get(s.lower(i) + " " + s.lower(i + 1));
      if (two != null) {
        return two;
      }
    }
    return CODES.get(s.lower(i));
  }

  /** The word's valence in the tone stage's lexicon (negative: censure), 0 for a word it does not rate. */
  static int valence(String lower) {
    return VALENCES.getOrDefault(lower, 0);
  }

  /** Whether the word may head an evaluation, before a parse. */
  static boolean mayEvaluate(String lower) {
    return FIRST_WORDS.contains(lower);
  }

  private static Map<String, Integer> valences(String name) {
    Map<String, Integer> out = new HashMap<>();
    try (InputStream in = Evaluations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] parts = line.split("\t");
        if (!line.startsWith("#") && parts.length == 2) {
          out.put(parts[0], Integer.parseInt(parts[1].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, String> read(String name) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Evaluations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ", 2);
        if (parts.length != 2 || !(parts[0].equals(CRITICISM) || parts[0].equals(PRAISE))) {
          throw new IllegalStateException(name + ": bad line: " + line);
        }
        out.put(parts[1], parts[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
