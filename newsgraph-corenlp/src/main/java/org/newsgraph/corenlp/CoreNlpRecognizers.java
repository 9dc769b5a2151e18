package org.newsgraph.corenlp;

import java.util.Optional;
import org.newsgraph.entity.LanguageRecognizer;
import org.newsgraph.entity.RecognizerProvider;

/**
 * CoreNLP's recognizers: English with {@value #ENGLISH_MODEL} (PERSON, ORGANIZATION, LOCATION,
 * MISC, trained on CoNLL-2003), German with {@value #GERMAN_MODEL}. Each model is loaded once per
 * JVM, when the first article in its language arrives. Registered in {@code META-INF/services}.
 */
public final class CoreNlpRecognizers implements RecognizerProvider {
  public static final String ENGLISH_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  public static final String GERMAN_MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";

  private static final class English {
    static final CrfRecognizer CRF = new CrfRecognizer(ENGLISH_MODEL);
    static final LanguageRecognizer RECOGNIZER = new LanguageRecognizer(CoreNlpTokenizer.english(), CRF);
  }

  private static final class German {
    static final CrfRecognizer CRF = new CrfRecognizer(GERMAN_MODEL);
    static final LanguageRecognizer RECOGNIZER = new LanguageRecognizer(CoreNlpTokenizer.german(), CRF);
  }

  @Override
  public Optional<LanguageRecognizer> forLanguage(String language) {
    if (language == null) {
      return Optional.empty();
    }
    return switch (language) {
      case "en" -> Optional.of(English.RECOGNIZER);
      case "de" -> Optional.of(German.RECOGNIZER);
      default -> Optional.empty();
    };
  }

  /** The English CRF recognizer (shared, loaded on first use). */
  public static CrfRecognizer englishCrf() {
    return English.CRF;
  }

  /** The German CRF recognizer (shared, loaded on first use). */
  public static CrfRecognizer germanCrf() {
    return German.CRF;
  }
}
