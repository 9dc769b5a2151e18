package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Supplies dependency parsers by language. An engine module (newsgraph-corenlp) implements it and
 * registers the implementation in {@code META-INF/services}, so that {@link #installed()} finds it
 * on the class path while core knows nothing of the engine.
 */
public interface ParserProvider {
  /** The parser for an ISO 639-1 language code, or empty when there is none. */
  Optional<DependencyParser> forLanguage(String language);

  /** No parser for any language. */
  ParserProvider NONE = language -> Optional.empty();

  /** The providers registered on the class path, asked in class-path order; {@link #NONE} if there are none. */
  static ParserProvider installed() {
    List<ParserProvider> found = new ArrayList<>();
    ServiceLoader.load(ParserProvider.class, ParserProvider.class.getClassLoader()).forEach(found::add);
    if (found.isEmpty()) {
      return NONE;
    }
    List<ParserProvider> providers = List.copyOf(found);
    return language -> {
      for (ParserProvider p : providers) {
        Optional<DependencyParser> r = p.forLanguage(language);
        if (r.isPresent()) {
          return r;
        }
      }
      return Optional.empty();
    };
  }
}
