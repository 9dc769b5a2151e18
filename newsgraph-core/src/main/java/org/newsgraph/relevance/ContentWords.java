package org.newsgraph.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * The words of a text that say what it is about, in English or German: function words, reporting
 * verbs and dates dropped (Snowball's stopword lists and our own), the rest reduced to Snowball
 * stems, so that "ships" meets "ship" and "Soldaten" meets "Soldat", and words derived from a
 * place stand for the place ("French" and "französische" for France). Thread-safe.
 */
public final class ContentWords {
  private static final Pattern ABBREVIATION = Pattern.compile("\\b(?:\\p{Lu}\\.){2,}");
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  private static final ContentWords ENGLISH =
      new ContentWords(false, EnglishStemmer::new, stopwords("english_stop.txt", "stopwords-en.txt"), "en");
  private static final ContentWords GERMAN =
      new ContentWords(true, GermanStemmer::new, stopwords("german_stop.txt", "stopwords-de.txt"), "de");

  private final boolean german;
  private final Supplier<SnowballStemmer> stemmers;
  private final Set<String> stopwords;
  /** Stem of a word derived from a place, such as "french", to the place's stem, "franc". */
  private final Map<String, String> places;

  private ContentWords(boolean german, Supplier<SnowballStemmer> stemmers, Set<String> stopwords, String lang) {
    this.german = german;
    this.stemmers = stemmers;
    this.stopwords = stopwords;
    this.places = places(lang, stemmers.get());
  }

  /** German rules for "de", English for everything else. */
  public static ContentWords forLanguage(String language) {
    return "de".equals(language) ? GERMAN : ENGLISH;
  }

  /** The stems of the text's content words in order, repeats included. */
  public List<String> words(String text) {
    text = ABBREVIATION.matcher(text).replaceAll(m -> m.group().replace(".", "")); // U.S. -> US
    SnowballStemmer stemmer = stemmers.get();
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = m.group().replace('’', '\'');
      if (word.endsWith("'s") || word.endsWith("'S")) {
        word = word.substring(0, word.length() - 2); // Turkey's -> Turkey
      }
      String lower = word.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean allCaps = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(lower);
      String stem = stem(stemmer, lower);
      String place = capital || german ? places.get(stem) : null;
      if (place != null) {
        words.add(place);
      } else if (!stopwords.contains(lower) && (lower.length() >= 3 || allCaps)) {
        words.add(stem);
      }
    }
    return words;
  }

  /** Whether the lower-case word says little about what a text is about in this language. */
  public boolean isStopword(String lower) {
    return stopwords.contains(lower);
  }

  /** The distinct stems of the text's content words. */
  public Set<String> stems(String text) {
    return new LinkedHashSet<>(words(text));
  }

  private static String stem(SnowballStemmer stemmer, String lower) {
    stemmer.setCurrent(lower);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static Map<String, String> places(String lang, SnowballStemmer stemmer) {
    Map<String, String> places = new HashMap<>();
    for (String line : lines(ContentWords.class, "demonyms.txt")) {
      if (!line.startsWith(lang + " ")) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = line.substring(lang.length() + 1, colon).strip();
      String place = stem(stemmer, name.toLowerCase(Locale.ROOT));
      places.put(place, place);
      for (String derived : (name + " " + line.substring(colon + 1).strip()).split("\\s+")) {
        for (String part : derived.split("-")) {
          places.putIfAbsent(stem(stemmer, part.toLowerCase(Locale.ROOT)), place);
        }
      }
    }
    return places;
  }

  /** Snowball's list (shipped with Lucene) and ours, lower case. */
  private static Set<String> stopwords(String snowball, String ours) {
    Set<String> words = new HashSet<>();
    try (Reader in = reader(SnowballFilter.class, snowball)) {
      CharArraySet set = WordlistLoader.getSnowballWordSet(in);
      for (Object w : set) {
        words.add(new String((char[]) w).toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines(ContentWords.class, ours)) {
      for (String w : line.split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(words);
  }

  private static List<String> lines(Class<?> owner, String resource) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader(owner, resource))) {
      for (String line; (line = in.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static Reader reader(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
