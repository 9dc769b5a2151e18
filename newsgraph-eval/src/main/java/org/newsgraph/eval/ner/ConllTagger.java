package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.entity.EntityRecognizer;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Token;

/**
 * Tags the tokens of column files with an {@link EntityRecognizer}, the way newsgraph uses it on
 * articles: the tokens are laid out as text, one sentence a line, and the recognizer's mentions
 * are read back into IOB2 tags over those tokens.
 */
public final class ConllTagger {
  private final EntityRecognizer recognizer;

  public ConllTagger(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** The predicted IOB2 tags (PER, ORG, LOC, MISC), one list per sentence. */
  public List<List<String>> tag(List<ConllSentence> sentences) {
    StringBuilder text = new StringBuilder();
    List<List<Token>> tokens = new ArrayList<>(sentences.size());
    for (ConllSentence s : sentences) {
      List<Token> sentence = new ArrayList<>(s.size());
      for (String word : s.words()) {
        if (!sentence.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        sentence.add(new Token(word, start, text.length()));
      }
      text.append('\n');
      tokens.add(sentence);
    }
    List<Mention> mentions = recognizer.recognize(tokens);
    Map<Integer, int[]> tokenAt = new HashMap<>(); // start offset -> {sentence, token}
    Map<Integer, int[]> tokenEnding = new HashMap<>(); // end offset -> {sentence, token}
    List<List<String>> tags = new ArrayList<>(sentences.size());
    for (int i = 0; i < tokens.size(); i++) {
      String[] row = new String[tokens.get(i).size()];
      Arrays.fill(row, "O");
      tags.add(Arrays.asList(row));
      for (int j = 0; j < tokens.get(i).size(); j++) {
        tokenAt.put(tokens.get(i).get(j).start(), new int[] {i, j});
        tokenEnding.put(tokens.get(i).get(j).end(), new int[] {i, j});
      }
    }
    for (Mention m : mentions) {
      int[] first = tokenAt.get(m.start());
      int[] last = tokenEnding.get(m.end());
      if (first == null || last == null || first[0] != last[0]) {
        throw new IllegalStateException("mention " + m + " does not cover whole tokens of one sentence");
      }
      String type = m.type().conll();
      List<String> row = tags.get(first[0]);
      for (int j = first[1]; j <= last[1]; j++) {
        row.set(j, (j == first[1] ? "B-" : "I-") + type);
      }
    }
    List<List<String>> out = new ArrayList<>(tags.size());
    tags.forEach(t -> out.add(List.copyOf(t)));
    return out;
  }
}
