package org.newsgraph.corenlp;

import edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * CoreNLP's PTBTokenizer and sentence splitter, set up to produce tokens like those the CRF models
 * were trained on: for English the CoNLL-2003 Reuters text (brackets, dashes and hyphenated words
 * kept as they are, "'s" and "n't" split off, quotes plain ASCII), for German the tokenizer of
 * CoreNLP's German pipeline, with hyphenated compounds kept whole as in the German data.
 */
public final class CoreNlpTokenizer implements Tokenizer {
  private static final String COMMON =
      "invertible,tokenizeNLs=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
          + "splitHyphenated=false,splitForwardSlash=false,americanize=false,normalizeCurrency=false,"
          + "untokenizable=noneKeep";

  private final TokenizerFactory<CoreLabel> factory;
  private final UnaryOperator<List<CoreLabel>> post;
  private final WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();

  private CoreNlpTokenizer(String options, UnaryOperator<List<CoreLabel>> post) {
    this.factory = PTBTokenizer.factory(new CoreLabelTokenFactory(), options);
    this.post = post;
  }

  public static CoreNlpTokenizer english() {
    return new CoreNlpTokenizer(COMMON + ",quotes=ascii,ellipses=ascii,dashes=original", UnaryOperator.identity());
  }

  public static CoreNlpTokenizer german() {
    GermanTokenizerPostProcessor processor = new GermanTokenizerPostProcessor();
    return new CoreNlpTokenizer(COMMON + ",quotes=original,ellipses=original,dashes=original", processor::process);
  }

  @Override
  public List<List<Token>> sentences(String text, int start, int end) {
    List<CoreLabel> labels;
    // A PTBTokenizerFactory keeps its options in a field, and a tokenizer is single-use: one at a time.
    synchronized (factory) {
      labels = factory.getTokenizer(new StringReader(text.substring(start, end))).tokenize();
    }
    labels = post.apply(labels);
    List<List<Token>> sentences = new ArrayList<>();
    for (List<CoreLabel> sentence : splitter.process(labels)) {
      List<Token> tokens = new ArrayList<>(sentence.size());
      for (CoreLabel l : sentence) {
        String word = l.word();
        if (word == null || word.isEmpty()) {
          continue;
        }
        tokens.add(new Token(word, start + l.beginPosition(), start + l.endPosition()));
      }
      if (!tokens.isEmpty()) {
        sentences.add(tokens);
      }
    }
    return sentences;
  }
}
