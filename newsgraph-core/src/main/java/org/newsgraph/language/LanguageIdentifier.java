package org.newsgraph.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Stage;

/**
 * Sets the article's language (ISO 639-1) with Lingua, over the languages that news is commonly
 * published in. Keeps a language the reader already knows (from a page's metadata).
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

  private final LanguageDetector detector =
      LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build();

  @Override
  public Article apply(Article article) {
    if (article.language() != null) {
      return article;
    }
    String text = article.text();
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Language language = detector.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return article;
    }
    String code = language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return article.toBuilder().language(code).build();
  }
}
