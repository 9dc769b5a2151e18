package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * "Die Bundesregierung" in German text: Germany's federal government or Austria's, which bear the
 * same name, so the article's other actors tell which. A German actor elsewhere in the article
 * (Berlin, Scholz, the Auswärtiges Amt, "Deutschland") and no Austrian one makes it DEUGOV; an
 * Austrian one and no German one AUTGOV; both or neither, no actor. Inside the sentence itself only
 * a government's side counts (a capital, a leader: codes longer than the state's), since the state
 * named there is as likely the one acted on ("Die Bundesregierung kritisierte Österreich").
 */
final class FederalGovernment {
  private static final String WORD = "bundesregierung";

  private FederalGovernment() {}

  /** The mentions of "Bundesregierung" among the sentence's words, each with the government the article's actors give it. */
  static List<ActorMention> find(List<Word> words, Span sentence, List<ActorMention> articleActors) {
    List<ActorMention> out = new ArrayList<>();
    for (Word w : words) {
      if (!w.lower().equals(WORD)) {
        continue;
      }
      String state = state(sentence, articleActors);
      if (state != null) {
        out.add(new ActorMention(new Span(w.start(), w.end()), state + "GOV", null, false));
      }
    }
    return out;
  }

  private static String state(Span sentence, List<ActorMention> articleActors) {
    boolean german = false;
    boolean austrian = false;
    for (ActorMention a : articleActors) {
      boolean inside = a.span().start() >= sentence.start() && a.span().end() <= sentence.end();
      if (inside && a.code().length() <= 3) {
        continue;
      }
      german |= a.code().startsWith("DEU");
      austrian |= a.code().startsWith("AUT");
    }
    return german == austrian ? null : german ? "DEU" : "AUT";
  }
}
