package org.newsgraph.relevance;

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

/**
 * The words of a text that say what it is about, English and German: function words dropped,
 * light suffix stripping so that "ships" meets "ship" and "Soldaten" meets "Soldat". Names weigh
 * double.
 */
public final class ContentWords {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
  private static final String[] SUFFIXES = {"ies", "es", "en", "er", "s", "e", "n"};
  private static final ContentWords BUNDLED = new ContentWords(load("stopwords-en.txt", "stopwords-de.txt"));

  private final Set<String> stopwords;

  private ContentWords(Set<String> stopwords) {
    this.stopwords = stopwords;
  }

  public static ContentWords bundled() {
    return BUNDLED;
  }

  /** Weight of each content stem in the text: 2 for a capitalised word, else 1, the highest seen. */
  public Map<String, Double> weights(String text) {
    Map<String, Double> weights = new HashMap<>();
    forEach(text, (stem, weight) -> weights.merge(stem, (double) weight, Math::max));
    return weights;
  }

  /** How often each content stem occurs in the text. */
  public Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    forEach(text, (stem, weight) -> counts.merge(stem, 1, Integer::sum));
    return counts;
  }

  private void forEach(String text, java.util.function.ObjIntConsumer<String> sink) {
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = m.group();
      int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
      if (apostrophe > 0) {
        word = word.substring(0, apostrophe); // Turkey's -> Turkey
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.length() < 3 || stopwords.contains(lower)) {
        continue;
      }
      sink.accept(stem(lower), Character.isUpperCase(word.charAt(0)) ? 2 : 1);
    }
  }

  private static String stem(String word) {
    for (String suffix : SUFFIXES) {
      if (word.length() - suffix.length() >= 4 && word.endsWith(suffix)) {
        word = word.substring(0, word.length() - suffix.length());
        break;
      }
    }
    return word.length() > 8 ? word.substring(0, 8) : word;
  }

  private static Set<String> load(String... resources) {
    Set<String> words = new HashSet<>();
    for (String resource : resources) {
      try (InputStream in = ContentWords.class.getResourceAsStream(resource)) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
          if (!line.startsWith("#")) {
            for (String w : line.trim().split("\\s+")) {
              if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return words;
  }
}
