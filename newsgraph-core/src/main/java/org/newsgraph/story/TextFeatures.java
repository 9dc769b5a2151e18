package org.newsgraph.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.relevance.ContentWords;

/**
 * What a text is about, in two views that {@link TextSimilarity} compares:
 *
 * <ul>
 *   <li>{@code grams}: character 4-grams of its content words (function words dropped), which
 *       meet across inflection, German compounds and, for names and cognates, across English and
 *       German;
 *   <li>{@code names}: language-independent anchors: capitalised words (names; in German also
 *       nouns), numbers with their separators dropped, and countries, capitals and a few news
 *       words mapped from German to one English key ({@code names-de-en.tsv}).
 * </ul>
 *
 * Only the first {@link #MAX_CHARS} characters count: the headline and lead say what the story is.
 */
public record TextFeatures(String language, SparseVector grams, SparseVector names) {
  public static final int MAX_CHARS = 2000;
  private static final int GRAM = 4;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  private static final ContentWords ENGLISH = ContentWords.forLanguage("en");
  private static final ContentWords GERMAN = ContentWords.forLanguage("de");
  private static final Map<String, String> NAMES = loadNames();

  public static TextFeatures of(String text, String language) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Map<Integer, Integer> grams = new HashMap<>();
    Map<Integer, Integer> names = new HashMap<>();
    Matcher m = TOKEN.matcher(sample);
    while (m.find()) {
      String raw = trimPunctuation(m.group());
      if (raw.isEmpty()) {
        continue;
      }
      if (isNumber(raw)) {
        String digits = raw.replaceAll("[^\\p{N}]", "");
        if (digits.length() >= 2) {
          names.merge(Hashing.mix(("#" + digits).hashCode()), 1, Integer::sum);
        }
        continue;
      }
      int apostrophe = Math.max(raw.indexOf('\''), raw.indexOf('’'));
      String word = apostrophe > 0 ? raw.substring(0, apostrophe) : raw;
      String lower = word.toLowerCase(Locale.ROOT);
      String mapped = NAMES.get(lower);
      if (mapped != null) {
        names.merge(Hashing.mix(("c:" + mapped).hashCode()), 1, Integer::sum);
      }
      if (lower.length() < 3 || ENGLISH.isStopword(lower) || GERMAN.isStopword(lower)) {
        continue;
      }
      String padded = "_" + lower + "_";
      for (int i = 0; i + GRAM <= padded.length(); i++) {
        grams.merge(Hashing.mix(padded.substring(i, i + GRAM).hashCode()), 1, Integer::sum);
      }
      if (Character.isUpperCase(word.codePointAt(0))) {
        String key = lower.length() > 6 ? lower.substring(0, 6) : lower;
        names.merge(Hashing.mix(("n:" + key).hashCode()), 1, Integer::sum);
      }
    }
    return new TextFeatures(language, SparseVector.of(grams), SparseVector.of(names));
  }

  private static boolean isNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  private static String trimPunctuation(String s) {
    int end = s.length();
    while (end > 0 && ".,-'’".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static Map<String, String> loadNames() {
    Map<String, String> map = new HashMap<>();
    for (String line : lines("/org/newsgraph/story/names-de-en.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length == 2) {
        map.put(cols[0].strip(), cols[1].strip());
        map.put(cols[1].strip(), cols[1].strip());
      }
    }
    return map;
  }

  private static java.util.List<String> lines(String resource) {
    try (InputStream in = TextFeatures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
