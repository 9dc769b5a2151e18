package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts whose actor is neither the verb's subject nor its object (docs/events.md, "events-authors"):
 * a document's act is its author's where the sentence names the author outside the document's
 * phrase (Documents), and "agreed to" a step that no verb of the lexicon codes is intent to
 * cooperate with the partner a phrase inside the step names (IntentRules.agreedStep). Invented
 * sentences, with CoreNLP's parser.
 */
class CoreNlpEventAuthorsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // the author in a participle's "by"-phrase
      "The decree, issued by Canada in May, barred citizens of Peru from entering the country. # Canada=CAN;Peru=PER # CAN PER 172 asserted",
      "The resolution, adopted by Canada on Monday, condemned Peru. # Canada=CAN;Peru=PER # CAN PER 111 asserted",
      // an entry ban without a named author is the act of the state whose entry it bars
      "The order barred people from Peru and Chile from entering Canada. # Canada=CAN;Peru=PER;Chile=CHL # CAN CHL 172 asserted|CAN PER 172 asserted",
      // no author named and no state's entry barred: the document acts for no one
      "The new law bans imports from Peru. # Peru=PER # ",
      // a bill introduced by no one the sentence names, barring entry to nowhere named, stays unauthored
      "The bill barred citizens of Peru from entering. # Peru=PER # ",
  })
  void aDocumentActsForTheAuthorTheSentenceNames(String text, String actors, String expected) {
    assertEquals(expected == null ? List.of() : expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // the partner inside the step's object, in a relative clause
      "Chile and Peru have agreed to put limits on the volume of copper they can ship to Canada. # Chile=CHL;Peru=PER;Canada=CAN # CHL CAN 030 asserted|PER CAN 030 asserted",
      // the partner in a phrase of the step itself
      "Peru agreed to put a cap on its copper shipments to Canada. # Peru=PER;Canada=CAN # PER CAN 030 asserted",
      // the step's direct object is no partner: keeping someone at bay is no cooperation with them
      "Peru agreed to keep Chile at bay. # Peru=PER;Chile=CHL # ",
      // a clause set in the step speaks of something else: the news conference's partner is no party
      "Peru agreed to \"hold fire\" beginning today, the Chilean minister announced at a news conference with Canada. # Peru=PER;Chilean=CHL;Canada=CAN # ",
      // a step the lexicon codes is IntentRules.announced's, not a generic intent
      "Peru agreed to hold talks with Chile. # Peru=PER;Chile=CHL # PER CHL 036 asserted",
  })
  void anAgreedStepIsIntentToCooperateWithItsPartner(String text, String actors, String expected) {
    assertEquals(expected == null ? List.of() : expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
