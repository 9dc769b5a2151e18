package org.newsgraph.corenlp.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.eval.quotes.PredictedQuote;
import org.newsgraph.eval.quotes.QuoteSystem;
import org.newsgraph.model.Span;

/**
 * Stanford CoreNLP's quote finder and quote attribution, as the baseline that {@code newsgraph eval
 * quotes --baseline corenlp} scores. CoreNLP finds quotations in quotation marks only (all direct);
 * the speaker is the mention its attribution sieves choose, and the canonical mention coref gives
 * it stands in as the antecedent. Needs about 6 GB of heap: {@code NEWSGRAPH_JAVA_OPTS=-Xmx8g}.
 */
public final class CoreNlpQuotes implements QuoteSystem {
  private StanfordCoreNLP pipeline;

  @Override
  public String name() {
    return "corenlp";
  }

  private synchronized StanfordCoreNLP pipeline() {
    if (pipeline == null) {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("coref.algorithm", "statistical");
      p.setProperty("quote.attributeQuotes", "true");
      pipeline = new StanfordCoreNLP(p);
    }
    return pipeline;
  }

  @Override
  public List<PredictedQuote> quotes(String text) {
    Annotation doc = new Annotation(text);
    pipeline().annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<PredictedQuote> out = new ArrayList<>();
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      // the offsets include the quotation marks
      Span content = end - begin > 2 ? new Span(begin + 1, end - 1) : new Span(begin, end);
      Span speaker = tokenSpan(tokens, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class), q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      Span canonical = tokenSpan(tokens, q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class), q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      out.add(new PredictedQuote(List.of(content), true, speaker, canonical, null));
    }
    return out;
  }

  private static Span tokenSpan(List<CoreLabel> tokens, Integer begin, Integer end) {
    if (begin == null || end == null || begin < 0 || end >= tokens.size() || end < begin) {
      return null;
    }
    return new Span(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
  }
}
