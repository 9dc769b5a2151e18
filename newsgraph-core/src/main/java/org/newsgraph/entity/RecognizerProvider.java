package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Supplies entity recognizers by language. An engine module (newsgraph-corenlp) implements it and
 * registers the implementation in {@code META-INF/services}, so that {@link #installed()}, and with
 * it the standard pipeline, finds it on the class path while core knows nothing of the engine.
 */
public interface RecognizerProvider {
  /** The recognizer for an ISO 639-1 language code, or empty when there is none. */
  Optional<LanguageRecognizer> forLanguage(String language);

  /** No recognizer for any language. */
  RecognizerProvider NONE = language -> Optional.empty();

  /** The providers registered on the class path, asked in class-path order; {@link #NONE} if there are none. */
  static RecognizerProvider installed() {
    List<RecognizerProvider> found = new ArrayList<>();
    ServiceLoader.load(RecognizerProvider.class, RecognizerProvider.class.getClassLoader()).forEach(found::add);
    if (found.isEmpty()) {
      return NONE;
    }
    List<RecognizerProvider> providers = List.copyOf(found);
    return language -> {
      for (RecognizerProvider p : providers) {
        Optional<LanguageRecognizer> r = p.forLanguage(language);
        if (r.isPresent()) {
          return r;
        }
      }
      return Optional.empty();
    };
  }
}
