package org.newsgraph.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acts told by a noun that a light or reporting verb takes as its object: "repeated a call for
 * Washington to change" is the appeal of "called on Washington to change", "announced the expulsion of
 * 35 Russian officials" the expulsion. The noun is coded as the verb of the lexicon it names would be,
 * with that verb's frame words read after the noun; the light verb gives the subject, the clause and
 * its factuality. Read from {@code event-nouns-en.txt} beside this class; English only.
 */
final class EventNouns {
  /** The event noun at {@code noun} and the lexicon entry that codes it. */
  record Reading(int noun, VerbLexicon.Entry entry) {}

  static final EventNouns ENGLISH = bundled("event-nouns-en.txt");

  private final Set<String> lightForms;
  private final Map<String, String> verbOf;

  private EventNouns(Set<String> lightForms, Map<String, String> verbOf) {
    this.lightForms = Set.copyOf(lightForms);
    this.verbOf = Map.copyOf(verbOf);
  }

  private static EventNouns bundled(String name) {
    try (InputStream in = EventNouns.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Set<String> light = new HashSet<>();
      Map<String, String> verbOf = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
        if (content.isEmpty()) {
          continue;
        }
        String[] f = content.split("\\s+");
        if (f.length != 2) {
          throw new IllegalStateException(name + ":" + n + ": expected NOUN[|NOUN...] VERB or light VERB[|VERB...]: " + line);
        }
        if (f[0].equals("light")) {
          for (String verb : f[1].split("\\|")) {
            light.addAll(VerbLexicon.englishForms(verb));
          }
        } else {
          for (String noun : f[0].split("\\|")) {
            verbOf.put(noun, f[1]);
          }
        }
      }
      return new EventNouns(light, verbOf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the word, in lower case, is a form of a light verb. */
  boolean isLight(String lower) {
    return lightForms.contains(lower);
  }

  /**
   * Whether the words hold a light verb and an event noun, before a parse says how they are joined:
   * light verbs alone ("make", "give", "put") are too common to send every sentence to the parser.
   */
  boolean mayRead(List<Word> words) {
    return words.stream().anyMatch(w -> lightForms.contains(w.lower()))
        && words.stream().anyMatch(w -> verbOf.containsKey(w.lower()));
  }

  /**
   * The event noun that the light verb at v takes as its object (or, in the passive, as its subject:
   * "a warning was issued to Iran") and the entry of the lexicon that codes it, its frame words before
   * {@code end}; null when v is no light verb of an English clause or its noun has no reading.
   */
  Reading reading(ParsedSentence s, int v, VerbLexicon lexicon, int end) {
    if (s.german || !lightForms.contains(s.lower(v))) {
      return null;
    }
    List<Integer> nouns = new ArrayList<>(s.children(v, "obj"));
    nouns.addAll(s.children(v, "nsubj:pass"));
    for (int c : nouns) {
      if (relayed(s, c)) {
        continue;
      }
      String verb = verbOf.get(s.lower(c));
      VerbLexicon.Entry e = verb == null ? null : lexicon.matchAs(verb, s.words, c, end);
      if (e != null) {
        return new Reading(c, e);
      }
    }
    return null;
  }

  /**
   * Whether the noun names its maker by "from" or "by", so that the light verb's subject only passes
   * it on or provokes it: "prompting calls from militants for supporters to".
   */
  private static boolean relayed(ParsedSentence s, int noun) {
    return s.children(noun, "nmod").stream().anyMatch(d -> Trees.hasCase(s, d, "from", "by"));
  }

  /**
   * The subjects of the clauses under the noun, to whom an appeal, demand or warning is addressed:
   * "a call for Washington to change its policies", "its demand that Sweden extradite the suspects".
   */
  static List<Integer> addressees(ParsedSentence s, int noun) {
    List<Integer> out = new ArrayList<>();
    for (String r : new String[] {"acl", "ccomp", "advcl"}) {
      for (int c : s.children(noun, r)) {
        out.addAll(s.children(c, "nsubj"));
      }
    }
    return out;
  }
}
