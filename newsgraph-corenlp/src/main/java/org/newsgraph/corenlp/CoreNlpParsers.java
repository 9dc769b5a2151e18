package org.newsgraph.corenlp;

import java.util.Optional;
import org.newsgraph.text.DependencyParser;
import org.newsgraph.text.ParserProvider;

/**
 * CoreNLP's English and German taggers and dependency parsers (the models of the {@code
 * stanford-corenlp} model jars, as CoreNLP's own English and German pipelines configure them),
 * each loaded on first use; registered in {@code META-INF/services}.
 */
public final class CoreNlpParsers implements ParserProvider {
  public static final String ENGLISH_TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  public static final String ENGLISH_PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  public static final String GERMAN_TAGGER = "edu/stanford/nlp/models/pos-tagger/german-ud.tagger";
  public static final String GERMAN_PARSER = "edu/stanford/nlp/models/parser/nndep/UD_German.gz";

  private static final class English {
    static final DependencyParser PARSER = new CoreNlpParser(ENGLISH_TAGGER, ENGLISH_PARSER, true);
  }

  private static final class German {
    static final DependencyParser PARSER = new CoreNlpParser(GERMAN_TAGGER, GERMAN_PARSER, false);
  }

  @Override
  public Optional<DependencyParser> forLanguage(String language) {
    if ("en".equals(language)) {
      return Optional.of(English.PARSER);
    }
    if ("de".equals(language)) {
      return Optional.of(German.PARSER);
    }
    return Optional.empty();
  }
}
