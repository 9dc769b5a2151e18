package org.newsgraph.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * The first person plural inside a quotation stands for the side of its speaker, when the sentence
 * names the speaker as the subject of the verb the quotation hangs on: "“We urge Pakistan to release
 * them,” the Indian foreign ministry said" (India urges Pakistan), "Brazil's president said: “Our
 * forces will stay”". A quotation whose speaker has no actor in the sentence ("He continued: “We
 * have informed ...”") leaves "we" nobody.
 */
final class QuotedWe {
  private static final Set<String> WE = Set.of("we", "us", "our");
  private static final Set<String> MARKS = Set.of("\"", "“", "”", "«", "»", "„");

  private QuotedWe() {}

  /** The actors by head word, with each quoted "we", "us" or "our" standing for the quotation's speaker. */
  static Map<Integer, ActorMention> withSpeakers(ParsedSentence s, Map<Integer, ActorMention> byHead) {
    if (s.german) {
      return byHead;
    }
    Map<Integer, ActorMention> out = null;
    int marks = 0;
    for (int i = 0; i < s.size(); i++) {
      if (MARKS.contains(s.words.get(i).text())) {
        marks++;
      } else if (marks % 2 == 1 && WE.contains(s.lower(i)) && !byHead.containsKey(i)) {
        ActorMention speaker = speaker(s, i, byHead);
        if (speaker != null) {
          if (out == null) {
            out = new LinkedHashMap<>(byHead);
          }
          Word w = s.words.get(i);
          out.put(i, new ActorMention(new Span(w.start(), w.end()), speaker.code(), speaker.entity(), false));
        }
      }
    }
    return out == null ? byHead : out;
  }

  /**
   * The actor of the speaker of the quotation that word i lies in: the subject of the first verb
   * outside the marks above it, where that subject names one actor.
   */
  private static ActorMention speaker(ParsedSentence s, int i, Map<Integer, ActorMention> byHead) {
    int at = i;
    for (int guard = 0; guard < s.size() && at >= 0 && quoted(s, at); guard++) {
      at = s.head(at);
    }
    if (at < 0 || !s.isVerb(at)) {
      return null;
    }
    for (int subject : s.children(at, "nsubj")) {
      List<ActorMention> named = SentenceCoder.actorsAt(s, SentenceCoder.antecedent(s, at, subject, byHead), byHead);
      if (named.size() == 1) {
        return named.get(0);
      }
    }
    return null;
  }

  /** Whether word i lies between an odd and an even quotation mark. */
  private static boolean quoted(ParsedSentence s, int i) {
    int marks = 0;
    for (int j = 0; j < i; j++) {
      if (MARKS.contains(s.words.get(j).text())) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }
}
