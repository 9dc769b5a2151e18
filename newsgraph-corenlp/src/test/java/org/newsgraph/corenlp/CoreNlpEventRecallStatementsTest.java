package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Statements that accuse or criticise without such a verb, fourth round, with CoreNLP's parser, on
 * invented sentences: a wrong told in the passive with its doer after "by", a speaker's own claim or
 * belief that another's act harms or is wrong, a wrong that a speaker admits or concedes. Each
 * positive row codes no accusation or criticism without VerblessStatements' reading of it.
 */
class CoreNlpEventRecallStatementsTest {
  private static final Map<String, String> CAN_RUS = actors("Canada", "CAN", "Canadian", "CAN", "Russia", "RUS", "Russian", "RUS");

  /** The events of an English text, with the actors of CAN_RUS that it names as whole words. */
  private static List<String> coded(String text) {
    Map<String, String> named = new LinkedHashMap<>(CAN_RUS);
    // a name inside a longer word ("Russia" in "Russian") is no mention of it
    named.keySet().removeIf(name -> !Pattern.compile("\\b" + name + "\\b").matcher(text).find());
    return CoreNlpEventCoderTest.events("en", text, named);
  }

  @Test
  void aWrongToldInThePassiveAccusesItsDoerAfterBy() {
    assertEquals(List.of("CAN RUS 112 asserted"), coded("Canada says the files were stolen by Russia."));
    assertEquals(List.of("CAN RUS 112 asserted"), coded("Canada believes that its servers were hacked by Russian agents."));
    // without "that" the parser hangs the told clause on the verb of saying as "dep"
    assertEquals(List.of("CAN RUS 112 asserted"), coded("Canadian officials have concluded the files were stolen by Russian agents."));
  }

  @Test
  void aPassiveWrongDeniedOrToldByTheWriterAccusesNobody() {
    assertEquals(List.of(), coded("Canada says the files were not stolen by Russia."));
    assertEquals(List.of(), coded("The files in Canada were stolen by Russia."));
  }

  @Test
  void aSpeakersOwnClaimThatAnothersActHarmsOrIsWrongCriticisesIt() {
    assertEquals(List.of("CAN RUS 111 asserted"), coded("Canada claimed the Russian bomber violated its airspace."));
    assertEquals(List.of("CAN RUS 111 asserted"), coded("Canada insisted that Russia's decision was illegal."));
  }

  @Test
  void aClaimOfAForecastOrAHedgedClaimCriticisesNothing() {
    assertEquals(List.of(), coded("Canada claimed the Russian flights would violate its airspace."));
    assertEquals(List.of(), coded("Canada claimed the Russian bomber allegedly violated its airspace."));
  }

  @Test
  void aWrongThatASpeakerAdmitsOrConcedesIsStatedAsAnAccusation() {
    assertEquals(List.of("CAN RUS 112 asserted"), coded("Canada admitted that Russian agents had hacked its servers."));
    // the lexicon reads "conceded" as a concession with no one named to whom it is made
    assertEquals(List.of("CAN RUS 112 asserted", "CAN null 080 asserted"),
        coded("The Canadian minister conceded that Russia was behind the attack."));
    // the speaker's own side's wrong is a confession, not an accusation
    assertEquals(List.of(), coded("Russia admitted that Russian agents had hacked the servers."));
  }

  @Test
  void aDenialOfAnothersChargeIsMadeTowardsTheAccuser() {
    assertEquals(List.of("RUS CAN 016 asserted"), coded("Russia has denied Canada's accusations that it hacked the servers."));
    assertEquals(List.of("RUS CAN 016 asserted"), coded("Russia denied the allegations by Canadian officials."));
    // the parser hangs the "from"-phrase on the verb
    assertEquals(List.of("RUS USA 016 asserted"), CoreNlpEventCoderTest.events("en",
        "Russia has denied findings from the U.S. intelligence community that it interfered with the vote.", actors("Russia", "RUS", "U.S.", "USA")));
    // a charge whose maker is not named is denied towards no one, not towards an actor of what it charges
    // or of another clause
    assertEquals(List.of(), coded("Russia denied the allegations that it hacked Canadian servers."));
    assertEquals(List.of(), coded("Russia denied the allegation and the Canadian army declined to comment."));
  }
}
