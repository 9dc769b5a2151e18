package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A speaker who tells another's wrongdoing, or judges its act by tone, without an accusing,
 * criticising or praising verb, with CoreNLP's parser, on invented sentences: each positive row codes
 * no accusation, criticism or praise without VerblessStatements' reading of the wrong told or the tone.
 */
class CoreNlpEventEvaluative3Test {
  private static final Map<String, String> CAN_RUS = actors("Canada", "CAN", "Moscow", "RUSGOV", "Russia", "RUS", "Russian", "RUS");
  private static final Map<String, String> JPN_RUS = actors("Japan", "JPN", "Russia", "RUS", "Russian", "RUS");

  /** The events of an English text, with the actors of CAN_RUS that it names. */
  private static List<String> coded(String text) {
    return coded(text, CAN_RUS);
  }

  /** The events of an English text, with those of the given actors that it names. */
  private static List<String> coded(String text, Map<String, String> actors) {
    Map<String, String> named = new LinkedHashMap<>(actors);
    // a name inside a longer word ("Russia" in "Russian") is no mention of it
    named.keySet().removeIf(name -> !Pattern.compile("\\b" + name + "\\b").matcher(text).find());
    return CoreNlpEventCoderTest.events("en", text, named);
  }

  @Test
  void aWrongThatNoVerbOfTheLexiconCodesToldByAnotherAccusesItsDoer() {
    assertEquals(List.of("CAN RUSGOV 112 asserted"), coded("Canada has concluded that Moscow interfered in the vote."));
    assertEquals(List.of("CAN RUS 112 asserted"), coded("Canada believes Russian agents stole the files."));
    // the attempt carries the wrong its infinitive names
    assertEquals(List.of("CAN RUS 112 asserted"), coded("Canada said Russia tried to meddle in its election."));
    // the parser hangs the told clause before the verb of finding as an adverbial clause
    assertEquals(List.of("CAN RUS 112 asserted"),
        events("en", "Russia has concealed the scale of the damage, the Canadian government concluded.",
            actors("Russia", "RUS", "Canadian", "CAN")));
  }

  @Test
  void aWrongDeniedForecastOrToldByTheWriterAccusesNobody() {
    assertEquals(List.of(), coded("Canada said Russia did not interfere in the vote."));
    assertEquals(List.of(), coded("Canada said Russia could interfere in the vote."));
    assertEquals(List.of(), coded("Russia interfered in the vote in Canada."));
  }

  @Test
  void aWrongToldToAnActorIsAnAccusationToldToThePressIsNot() {
    Map<String, String> a = actors("Canada", "CAN", "United Nations", "IGOUNO", "Russia", "RUS");
    assertEquals(List.of("CAN RUS 112 asserted"),
        events("en", "Canada told the United Nations that Russia was meddling in the vote.", a));
    assertEquals(List.of(), coded("Canada told reporters that Russia was meddling in the vote."));
  }

  @Test
  void coercionToldByItsVictimAccusesTheDoer() {
    Map<String, String> a = actors("Ukraine", "UKR", "Russian", "RUS", "Ukrainian", "UKR");
    assertEquals(List.of("RUS UKR 171 asserted", "UKR RUS 112 asserted"),
        events("en", "Ukraine said Russian forces seized three Ukrainian ships.", a));
  }

  @Test
  void anActThatTheToneLexiconRatesClearlyInSpeechIsCriticisedOrPraised() {
    assertEquals(List.of("JPN RUS 111 asserted"), coded("Japan said Russia's decision was disastrous.", JPN_RUS));
    // the parser hangs the verb of saying on the predicate
    assertEquals(List.of("JPN RUS 111 asserted"), coded("Russia's decision was disastrous, Japan said.", JPN_RUS));
    assertEquals(List.of("JPN RUS 051 asserted"), coded("Japan said the Russian approach to the talks was excellent.", JPN_RUS));
    assertEquals(List.of("JPN RUS 051 asserted"), coded("\"Russia is a reliable partner,\" Japan said.", JPN_RUS));
  }

  @Test
  void aThirdThingABareTieANegationOrAForecastIsNoJudgement() {
    assertEquals(List.of(), coded("Japan said the Russian economy is weak.", JPN_RUS));
    assertEquals(List.of(), coded("Japan said Russia is an ally.", JPN_RUS));
    assertEquals(List.of(), coded("Japan said Russia's decision was not disastrous.", JPN_RUS));
    assertEquals(List.of(), coded("Japan said Russia's decision would be disastrous.", JPN_RUS));
    assertEquals(List.of(), coded("Japan said Russia's decision was important.", JPN_RUS));
  }
}
