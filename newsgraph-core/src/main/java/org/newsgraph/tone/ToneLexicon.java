package org.newsgraph.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Words and phrases rated for valence, read from a "term TAB score" file (lines starting with # are
 * comments), and matched in a text longest phrase first. Terms are matched case-insensitively as
 * word sequences: punctuation inside an entry ("Bedauern darüber,") is ignored as it is in the text.
 *
 * <p>With a stemmer, a word that is no entry is also looked up by its stem among the stems of the
 * one-word entries, so that a list of base forms also finds their inflections ("begrüßten" by
 * "begrüßt"); a stem whose entries disagree in sign is left out.
 */
final class ToneLexicon {
  /** A word: letters and digits, with inner apostrophes or hyphens ("can't", "self-deluded"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  private final Map<String, Integer> scores;
  private final int longest;
  private final Supplier<SnowballStemmer> stemmers;
  private final Map<String, Integer> stems;

  private ToneLexicon(Map<String, Integer> scores, Supplier<SnowballStemmer> stemmers) {
    this.scores = Map.copyOf(scores);
    this.longest = scores.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    this.stemmers = stemmers;
    Map<String, Integer> byStem = new HashMap<>();
    if (stemmers != null) {
      SnowballStemmer stemmer = stemmers.get();
      Map<String, Boolean> conflicting = new HashMap<>();
      for (Map.Entry<String, Integer> e : scores.entrySet()) {
        if (e.getKey().indexOf(' ') >= 0) {
          continue;
        }
        String stem = stem(stemmer, e.getKey());
        Integer before = byStem.putIfAbsent(stem, e.getValue());
        if (before != null && Integer.signum(before) != Integer.signum(e.getValue())) {
          conflicting.put(stem, true);
        }
      }
      conflicting.keySet().forEach(byStem::remove);
    }
    this.stems = Map.copyOf(byStem);
  }

  /** The lexicon file beside this class, such as "afinn-en.tsv"; words matched as they are. */
  static ToneLexicon bundled(String name) {
    return bundled(name, null);
  }

  /** The lexicon file beside this class, with a fallback to stems made by {@code stemmers}. */
  static ToneLexicon bundled(String name, Supplier<SnowballStemmer> stemmers) {
    try (InputStream in = ToneLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled tone lexicon missing: " + name);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name, stemmers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ToneLexicon read(BufferedReader in, String name, Supplier<SnowballStemmer> stemmers) throws IOException {
    Map<String, Integer> scores = new HashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(name + ":" + n + ": expected term<TAB>score: " + line);
      }
      int score;
      try {
        score = Integer.parseInt(line.substring(tab + 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ":" + n + ": score is not a whole number: " + line);
      }
      String key = String.join(" ", words(line.substring(0, tab)));
      // the first entry wins where two differ only in case or punctuation, as in a list read top down
      if (!key.isEmpty() && score != 0) {
        scores.putIfAbsent(key, score);
      }
    }
    return new ToneLexicon(scores, stemmers);
  }

  /** The words of {@code text}, lower-cased, apostrophes unified. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return out;
  }

  /** Counts of positive and negative terms among {@code words}; a matched phrase counts once. */
  Counts count(List<String> words) {
    SnowballStemmer stemmer = stemmers == null ? null : stemmers.get(); // not thread-safe: one per call
    int positive = 0;
    int negative = 0;
    for (int i = 0; i < words.size(); ) {
      int matched = 0;
      Integer score = null;
      for (int len = Math.min(longest, words.size() - i); len >= 1 && score == null; len--) {
        score = scores.get(len == 1 ? words.get(i) : String.join(" ", words.subList(i, i + len)));
        matched = len;
      }
      if (score == null && stemmer != null) {
        score = stems.get(stem(stemmer, words.get(i)));
        matched = 1;
      }
      if (score == null) {
        i++;
        continue;
      }
      if (score > 0) {
        positive++;
      } else {
        negative++;
      }
      i += matched;
    }
    return new Counts(positive, negative);
  }

  private static String stem(SnowballStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  record Counts(int positive, int negative) {}
}
