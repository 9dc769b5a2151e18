package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences whose parse joins none of their actors, read again shortened (docs/events.md,
 * "events-retry"), one invented sentence each, with CoreNLP's parser: the rows marked "stays" guard
 * what the shorter reading must not add.
 */
class CoreNlpEventShorteningTest {
  /**
   * An opening phrase of place and time before a subject with an apposition, in brackets or not, is
   * left out: whole, the parser reads the subject as an apposition of the day.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "(In the Bundestag on Wednesday, Angela Merkel, the German Chancellor, said it was \"highly likely\" that Russia was responsible.) # Angela Merkel=DEUGOV;Russia=RUS # DEUGOV RUS 112 asserted",
      "In the Bundestag on Wednesday, Angela Merkel, the German Chancellor, said it was \"highly likely\" that Russia was responsible. # Angela Merkel=DEUGOV;Russia=RUS # DEUGOV RUS 112 asserted",
      // stays: a condition opening the sentence is kept
      "If Iran attacks, Israel will strike Iran. # Iran=IRN;Israel=ISR # ISR IRN 190 hypothetical",
  })
  void anOpeningPhraseIsLeftOut(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }

  /**
   * Each of two coordinated participles on a statement has the statement's author as subject, though
   * the parser hangs the first on the object as a bare dependent (SentenceCoder.subjects).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Beijing issued a statement criticizing American interference and reaffirming its ties with Pakistan. # Beijing=CHNGOV;American=USA;Pakistan=PAK # CHNGOV USA 111 asserted",
      "The Kremlin issued a statement accusing Ukraine of sabotage and calling on the West to stop. # Kremlin=RUSGOV;Ukraine=UKR # RUSGOV UKR 112 asserted|RUSGOV null 025 asserted",
      "Paris released a statement welcoming the German proposal and urging Italy to join. # Paris=FRAGOV;German=DEU;Italy=ITA # FRAGOV DEU 051 asserted|FRAGOV ITA 020 asserted",
  })
  void eachParticipleOfAStatementHasItsAuthor(String text, String actors, String expected) {
    assertEquals(expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
