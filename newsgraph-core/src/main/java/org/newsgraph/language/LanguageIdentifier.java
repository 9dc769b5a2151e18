package org.newsgraph.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Stage;

/**
 * Sets the article's language (ISO 639-1) with Lingua, over the languages that news is commonly
 * published in. Keeps a language the reader already knows (from a page's metadata).
 *
 * <p>Lingua's low-accuracy mode (trigrams only, small and fast) is reliable on long text but not on
 * a sentence or two: it reads "EU foreign policy chief Federica Mogherini met Iran's foreign
 * minister in Brussels on Monday." as Dutch. A short text is decided again by the high-accuracy
 * models of its few likeliest languages only, which Lingua loads once and shares.
 */
public final class LanguageIdentifier implements Stage {
  /** Enough text to be sure; more only costs time. */
  private static final int SAMPLE = 4000;

  private static final Language[] LANGUAGES = {
    Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
    Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
    Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.CHINESE,
    Language.JAPANESE, Language.KOREAN, Language.SWEDISH, Language.DANISH, Language.BOKMAL,
    Language.FINNISH, Language.CZECH, Language.HUNGARIAN, Language.ROMANIAN, Language.GREEK,
    Language.HINDI, Language.INDONESIAN, Language.VIETNAMESE, Language.BULGARIAN, Language.CROATIAN,
    Language.SERBIAN, Language.SLOVAK
  };

  /** Below this many characters Lingua's low-accuracy mode is unreliable (its documentation says 120). */
  private static final int SHORT = 120;
  /** How many of the likeliest languages a short text is decided among. */
  private static final int RIVALS = 3;

  private final LanguageDetector detector =
      LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build();
  private final Map<Set<Language>, LanguageDetector> shortTextDetectors = new ConcurrentHashMap<>();

  @Override
  public Article apply(Article article) {
    if (article.language() != null) {
      return article;
    }
    String text = article.text();
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Language language = sample.strip().length() < SHORT ? ofShortText(sample) : detector.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return article;
    }
    String code = language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return article.toBuilder().language(code).build();
  }

  private Language ofShortText(String text) {
    Set<Language> likeliest = Set.copyOf(
        detector.computeLanguageConfidenceValues(text).entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .limit(RIVALS)
            .map(Map.Entry::getKey)
            .toList());
    if (likeliest.size() < 2) {
      return likeliest.isEmpty() ? Language.UNKNOWN : likeliest.iterator().next();
    }
    return shortTextDetectors
        .computeIfAbsent(likeliest, l -> LanguageDetectorBuilder.fromLanguages(l.toArray(Language[]::new)).build())
        .detectLanguageOf(text);
  }
}
