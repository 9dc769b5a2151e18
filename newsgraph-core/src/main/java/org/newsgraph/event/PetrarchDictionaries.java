package org.newsgraph.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads verb and actor dictionaries in the TABARI/PETRARCH format, as PETRARCH2 ships them
 * ({@code CAMEO.2.0.txt}, {@code Phoenix.*.actors.txt}), into a {@link VerbLexicon} and an {@link
 * ActorDictionary}.
 *
 * <p>What is read, and how it is approximated by our lexicon:
 *
 * <ul>
 *   <li>verbs: each block ({@code --- NAME [code] ---}) lists verbs (with their irregular forms in
 *       braces, regular forms added) and patterns ({@code - * (OF TORTURE) [1122]}); a pattern's
 *       words after the verb become a frame, a word without a final {@code _} matches as a stem,
 *       synsets ({@code &WMD}) become alternatives; words before the verb and the role markers
 *       ({@code $ + % ^}) are ignored; {@code [---]} and codes outside CAMEO are skipped, and a
 *       split code {@code [042:043]} keeps its source part;
 *   <li>actors: each phrase ({@code RUSSIAN_FEDERATION_ [RUS]}) with its synonyms ({@code +RUSSIA_})
 *       and its code, the undated one where a block has codes by date, else the latest.
 * </ul>
 *
 * Agents ({@code Phoenix.agents.txt}: "minister" making a country its government) and discards are
 * not read.
 */
public final class PetrarchDictionaries {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  private final VerbLexicon verbs;
  private final ActorDictionary actors;

  private PetrarchDictionaries(VerbLexicon verbs, ActorDictionary actors) {
    this.verbs = verbs;
    this.actors = actors;
  }

  public VerbLexicon verbs() {
    return verbs;
  }

  public ActorDictionary actors() {
    return actors;
  }

  /**
   * The dictionaries of a folder: verbs from {@code *.verbs.txt} and {@code CAMEO*.txt}, actors
   * from {@code *.actors.txt}. {@code base} is the lexicon the verbs are added to (ours, or an empty
   * one to use PETRARCH's alone).
   */
  public static PetrarchDictionaries read(Path dir, VerbLexicon base) throws IOException {
    VerbLexicon.Builder verbs = base == null ? new VerbLexicon.Builder() : new VerbLexicon.Builder(base);
    ActorDictionary.Builder actors = new ActorDictionary.Builder();
    int verbFiles = 0;
    int actorFiles = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path f : sorted) {
        String name = f.getFileName().toString();
        if (name.endsWith(".verbs.txt") || (name.startsWith("CAMEO") && name.endsWith(".txt"))) {
          readVerbs(f, verbs);
          verbFiles++;
        } else if (name.endsWith(".actors.txt")) {
          readActors(f, actors);
          actorFiles++;
        }
      }
    }
    if (verbFiles == 0 && actorFiles == 0) {
      throw new IOException(dir + ": no PETRARCH dictionaries (CAMEO*.txt, *.verbs.txt, *.actors.txt)");
    }
    return new PetrarchDictionaries(verbs.build(), actors.build());
  }

  /** An empty lexicon, to load PETRARCH's verbs in place of ours. */
  public static VerbLexicon noVerbs() {
    return new VerbLexicon.Builder().build();
  }

  static void readVerbs(Path file, VerbLexicon.Builder out) throws IOException {
    Map<String, List<String>> synsets = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    // synsets ("&NAME" then "+WORD" lines) may stand anywhere before the patterns that use them
    String synset = null;
    for (String raw : lines) {
      String l = strip(raw);
      if (l.startsWith("&")) {
        synset = l.split("\\s+")[0];
        synsets.put(synset, new ArrayList<>());
      } else if (l.startsWith("+") && synset != null) {
        String w = l.substring(1).split("[_\\s]+")[0].toLowerCase(Locale.ROOT);
        if (!w.isEmpty()) {
          synsets.get(synset).add(w);
        }
      } else if (!l.isEmpty()) {
        synset = null;
      }
    }
    String blockCode = null;
    Map<String, Set<String>> blockVerbs = new java.util.LinkedHashMap<>();
    for (String raw : lines) {
      String l = strip(raw);
      if (l.isEmpty() || l.startsWith("&") || l.startsWith("+")) {
        continue;
      }
      if (l.startsWith("---")) {
        blockVerbs = new java.util.LinkedHashMap<>();
        blockCode = code(l);
        continue;
      }
      if (l.startsWith("-")) {
        String code = code(l);
        if (code == null || blockVerbs.isEmpty()) {
          continue;
        }
        List<List<String>> frame = frame(l, synsets);
        if (frame == null) {
          continue;
        }
        for (Map.Entry<String, Set<String>> v : blockVerbs.entrySet()) {
          List<List<String>> full = new ArrayList<>(phrasal(v.getKey()));
          full.addAll(frame);
          add(out, code, v.getValue(), full);
        }
        continue;
      }
      // a verb line: VERB [code] {FORMS}
      String head = l.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("\\{[^}]*\\}", " ").strip();
      if (head.isEmpty() || !Character.isLetter(head.charAt(0))) {
        continue;
      }
      String verb = head.split("\\s+")[0].toLowerCase(Locale.ROOT);
      String first = verb.split("_")[0];
      Set<String> forms = new LinkedHashSet<>(VerbLexicon.englishForms(first));
      Matcher braces = Pattern.compile("\\{([^}]*)\\}").matcher(l);
      if (braces.find()) {
        for (String f : braces.group(1).strip().split("\\s+")) {
          if (!f.isEmpty()) {
            forms.add(f.toLowerCase(Locale.ROOT).split("_")[0]);
          }
        }
      }
      blockVerbs.put(verb, forms);
      String own = code(l);
      String code = own != null ? own : blockCode;
      if (code != null) {
        add(out, code, forms, phrasal(verb));
      }
    }
  }

  private static void add(VerbLexicon.Builder out, String code, Set<String> forms, List<List<String>> frame) {
    if (CameoCodes.bundled().get(code) != null) {
      out.add(code, forms, frame, false, false, false);
    }
  }

  /** The particle words of a phrasal verb ("carry_out": [out]). */
  private static List<List<String>> phrasal(String verb) {
    List<List<String>> out = new ArrayList<>();
    String[] parts = verb.split("_");
    for (int k = 1; k < parts.length; k++) {
      if (!parts[k].isEmpty()) {
        out.add(List.of(parts[k]));
      }
    }
    return out;
  }

  /** The frame of a pattern line: its words after the verb's {@code *}; null when it has none to read. */
  private static List<List<String>> frame(String line, Map<String, List<String>> synsets) {
    String body = line.substring(1).replaceAll("\\[[^\\]]*\\].*$", "");
    int star = body.indexOf('*');
    if (star < 0) {
      return null;
    }
    List<List<String>> out = new ArrayList<>();
    for (String t : body.substring(star + 1).replaceAll("[(){}$+%^|]", " ").strip().split("\\s+")) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("&")) {
        List<String> s = synsets.get(t);
        if (s != null && !s.isEmpty()) {
          out.add(s.stream().map(w -> w + "*").toList());
        }
        continue;
      }
      for (String w : t.toLowerCase(Locale.ROOT).split("_")) {
        if (!w.isEmpty()) {
          out.add(List.of(t.endsWith("_") && w.equals(lastPart(t)) ? w : w + "*"));
        }
      }
    }
    return out;
  }

  private static String lastPart(String token) {
    String[] p = token.toLowerCase(Locale.ROOT).split("_");
    return p[p.length - 1];
  }

  /** The CAMEO code in brackets: its source part; null for "---" or none. */
  private static String code(String line) {
    Matcher m = CODE.matcher(line);
    if (!m.find()) {
      return null;
    }
    String c = m.group(1).strip().split("[:\\s]")[0];
    return c.matches("[0-9]{2,4}") ? c : null;
  }

  static void readActors(Path file, ActorDictionary.Builder out) throws IOException {
    List<List<String>> phrases = new ArrayList<>();
    String undated = null;
    String latest = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      for (String raw = r.readLine(); ; raw = r.readLine()) {
        String l = raw == null ? null : strip(raw);
        boolean newBlock = raw == null || (!l.isEmpty() && !l.startsWith("+") && !l.startsWith("[") && !Character.isWhitespace(raw.charAt(0)));
        if (newBlock) {
          String code = undated != null ? undated : latest;
          if (code != null) {
            for (List<String> p : phrases) {
              out.add(p, code);
            }
          }
          phrases = new ArrayList<>();
          undated = null;
          latest = null;
          if (raw == null) {
            break;
          }
        }
        if (l.isEmpty()) {
          continue;
        }
        String phrase = l.startsWith("+") ? l.substring(1) : l;
        if (!phrase.startsWith("[")) {
          String words = phrase.replaceAll("\\[.*$", "").strip();
          List<String> ws = new ArrayList<>();
          for (String w : words.toLowerCase(Locale.ROOT).split("[_\\s]+")) {
            if (!w.isEmpty()) {
              ws.add(w);
            }
          }
          if (!ws.isEmpty()) {
            phrases.add(ws);
          }
        }
        Matcher m = CODE.matcher(phrase);
        while (m.find()) {
          String[] f = m.group(1).strip().split("\\s+");
          if (f.length == 0 || f[0].isEmpty() || !f[0].matches("[A-Z0-9~-]+")) {
            continue;
          }
          if (f.length == 1) {
            undated = undated == null ? f[0] : undated;
          } else {
            latest = f[0];
          }
        }
      }
    }
  }

  /** The line without its comment. */
  private static String strip(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }
}
