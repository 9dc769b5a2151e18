package org.newsgraph.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.entity.EntityRecognizer;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Token;

/**
 * A CoreNLP CRF classifier used directly: loaded once, on first use, and shared by all threads.
 *
 * <p>Each sentence goes through {@link CRFClassifier#classifySentence}, which prepares the tokens
 * exactly as the classifier's own test path ({@code -testFile}) does: it numbers their positions
 * and computes the word shapes that the features need (ObjectBankWrapper), which a bare {@code
 * classify} does not. Sentences are classified one at a time, as the models were trained.
 */
public final class CrfRecognizer implements EntityRecognizer {
  private final String model;
  private volatile CRFClassifier<CoreLabel> classifier;

  /** @param model the serialized classifier, as a class-path resource or a file path */
  public CrfRecognizer(String model) {
    this.model = model;
  }

  public String model() {
    return model;
  }

  /** The classifier, loaded on the first call. */
  public CRFClassifier<CoreLabel> classifier() {
    CRFClassifier<CoreLabel> c = classifier;
    if (c == null) {
      synchronized (this) {
        c = classifier;
        if (c == null) {
          try {
            c = CRFClassifier.getClassifier(model);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + model, e);
          } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("cannot load NER model " + model, e);
          }
          classifier = c;
        }
      }
    }
    return c;
  }

  public boolean isLoaded() {
    return classifier != null;
  }

  @Override
  public List<Mention> recognize(List<List<Token>> sentences) {
    CRFClassifier<CoreLabel> crf = classifier();
    List<Mention> mentions = new ArrayList<>();
    for (List<Token> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      List<CoreLabel> labels = new ArrayList<>(sentence.size());
      for (Token t : sentence) {
        CoreLabel l = new CoreLabel();
        l.setWord(t.word());
        l.setValue(t.word());
        labels.add(l);
      }
      List<CoreLabel> tagged = crf.classifySentence(labels);
      addMentions(sentence, tagged, mentions);
    }
    return mentions;
  }

  /** Reads the classifier's answers (IO or IOB labels) into mentions over the sentence's tokens. */
  static void addMentions(List<Token> sentence, List<CoreLabel> tagged, List<Mention> out) {
    EntityType open = null;
    int start = -1;
    int end = -1;
    for (int i = 0; i < sentence.size(); i++) {
      String answer = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
      boolean begin = false;
      if (answer != null && answer.length() > 2 && answer.charAt(1) == '-') {
        begin = answer.charAt(0) == 'B';
        answer = answer.substring(2);
      }
      EntityType type = EntityType.fromTag(answer);
      if (open != null && (type != open || begin)) {
        out.add(new Mention(start, end, open));
        open = null;
      }
      if (type != null) {
        if (open == null) {
          open = type;
          start = sentence.get(i).start();
        }
        end = sentence.get(i).end();
      }
    }
    if (open != null) {
      out.add(new Mention(start, end, open));
    }
  }
}
