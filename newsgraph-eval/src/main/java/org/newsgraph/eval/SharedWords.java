package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The content words by which the evaluation decides that two English texts share a word: words of
 * four letters or more, lower-cased, not on Snowball's English stopword list; no stemming. Kept
 * apart from the relevance measure under test, so that changing the measure never changes the
 * cases it is measured on.
 */
final class SharedWords {
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  private static final CharArraySet STOPWORDS = load();

  private SharedWords() {}

  static Set<String> of(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!STOPWORDS.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  private static CharArraySet load() {
    try (Reader in = new InputStreamReader(
        SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
