package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Factuality and clause readings that lost or misread reported events (docs/events.md,
 * "events-factuality3"), one invented sentence each, with CoreNLP's parser: the rows marked "stays"
 * guard what the rules must not take away.
 */
class CoreNlpEventFactuality3Test {
  /** What a noun of possibility or prospect holds has not happened. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "On the possibility of Brazil imposing new tariffs on Argentina # Brazil=BRA;Argentina=ARG # BRA ARG 163 hypothetical",
      // stays: the deed told, and a deed in a clause of time under the possibility
      "Brazil would not rule out the possibility the deal came up when the Argentine envoy visited Brazil. # Brazil=BRA;Argentine=ARG # ARG BRA 042 asserted",
      "Brazil imposed new tariffs on Argentina.                # Brazil=BRA;Argentina=ARG # BRA ARG 163 asserted",
  })
  void aPossibilityIsNoDeed(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /** A willingness or readiness that an actor signals or expresses is the announcement of the act (03x, 13x). */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Brazil signaled its willingness to hold talks with Argentina.   # Brazil=BRA;Argentina=ARG # BRA ARG 036 asserted",
      "Brazil expressed its readiness to hold talks with Argentina.    # Brazil=BRA;Argentina=ARG # BRA ARG 036 asserted",
      // stays: a wish told by its verb is no announcement
      "Brazil wants to hold talks with Argentina.                      # Brazil=BRA;Argentina=ARG # BRA ARG 040 hypothetical",
  })
  void aSignaledWillingnessIsAnAnnouncement(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /**
   * A participle or passive done "in" an attack is the attack's maker's deed, and the noun that the
   * parser makes the participle's subject is the one it was done to.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Two Peruvian soldiers were killed in a Chilean airstrike on Monday. # Peruvian=PER;Chilean=CHL # CHL PER 190 asserted",
      "Brazil said Lopez, the Peruvian army commander killed in a Chilean airstrike on Monday, should have been stopped years ago. # Brazil=BRA;Peruvian=PER;Chilean=CHL # CHL PER 190 asserted",
      // stays: an attack named by its target only has no maker
      "Two Peruvian soldiers were killed in an attack on Chilean forces. # Peruvian=PER;Chilean=CHL # ",
  })
  void anAttackNamesTheAgent(String text, String actors, String expected) {
    assertEquals(expected == null ? List.of() : expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /**
   * "Hours after X did ...": X, not the hours, is the subject of every verb of the clause, though the
   * parser makes "hours" the subject and "after X" its phrase.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Chile called for calm on Friday, just days after Peru on Tuesday expelled two Chilean diplomats and scolded the Chilean leader in a letter. # Chile=CHL;Peru=PER;Chilean=CHL # CHL null 020 asserted|PER CHL 111 asserted|PER CHL 166 asserted",
      "Chile offered new talks, just hours after Peruvian President Garcia on Thursday canceled his planned summit with Lopez and criticized the Chilean leader in a speech. # Chile=CHL;Peruvian=PER;Chilean=CHL # CHL null 036 asserted|PER CHL 111 asserted|PER null 160 asserted",
      // the clause of time is the writer's, not part of what the speaker signaled
      "Chile signaled its readiness to resume talks, just hours after Peruvian President Garcia on Thursday canceled his planned summit with Lopez and criticized the Chilean leader in a speech. # Chile=CHL;Peruvian=PER;Chilean=CHL # CHL null 036 asserted|PER CHL 111 asserted|PER null 160 asserted",
  })
  void aSpanOfTimeIsNoSubject(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /**
   * A quote that runs on outside its marks is the writer's report around the speaker's words: the act
   * told outside the marks is asserted, as plain attribution is ("Trump said China agreed").
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Meanwhile, Brazil offered its \"full support to the Argentine government in its preparations for the games,\" a government spokeswoman, Ana Silva, said in a statement. # Brazil=BRA;Argentine=ARG # BRA ARG 032 asserted",
      // stays: an act inside the marks is the speaker's word
      "\"Brazil offered its full support to the Argentine government,\" a Chilean spokeswoman, Ana Silva, said in a statement. # Brazil=BRA;Argentine=ARG;Chilean=CHL # BRA ARG 032 reported",
  })
  void wordsOutsideTheMarksAreTheWriters(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
