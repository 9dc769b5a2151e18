package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The entries of the "## set9" block of verbs-en.txt, one invented sentence each, with CoreNLP's parser. */
class CoreNlpEventSet9VerbsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The United States gave Iran until Sunday to release the tanker.       | United States | USA | Iran        | IRN | USA IRN 139 asserted",
      "Japan promised a strong military response to any Chinese provocation. | Japan         | JPN | Chinese     | CHN | JPN CHN 138 asserted",
      "Britain attacked Russia's proposal as dangerous.                       | Britain       | GBR | Russia      | RUS | GBR RUS 111 asserted",
      "Germany described Turkey's decision as counterproductive.              | Germany       | DEU | Turkey      | TUR | DEU TUR 111 asserted",
      "Ethiopia ended the war with Eritrea in 2018.                           | Ethiopia      | ETH | Eritrea     | ERI | ETH ERI 087 asserted",
      "Canada brought back its soldiers from Mali last year.                  | Canada        | CAN | Mali        | MLI | CAN MLI 0874 asserted",
      "The United States suspended joint military exercises with South Korea. | United States | USA | South Korea | KOR | USA KOR 160 asserted",
      "Japan halted joint drills with the Philippines on Monday.              | Japan         | JPN | Philippines | PHL | JPN PHL 160 asserted",
  })
  void aVerbOfTheBlockCodesItsEvent(String text, String source, String sourceCode, String target, String targetCode, String expected) {
    assertEquals(List.of(expected), events("en", text.strip(), actors(source.strip(), sourceCode.strip(), target.strip(), targetCode.strip())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Egypt and Jordan have been communicating about the crisis.   | EGY JOR 040 asserted, JOR EGY 040 asserted",
  })
  void mutualActsOfTheBlockGoBothWays(String text, String expected) {
    assertEquals(List.of(expected.split(", ")), events("en", text.strip(), actors("Egypt", "EGY", "Jordan", "JOR")));
  }

  @Test
  void physicalBlastOnFightersIsForce() {
    assertEquals(List.of("FRA IMGMUSISI 190 asserted"),
        events("en", "French warplanes blasted Islamic State fighters and vehicles near Raqqa.", actors("French", "FRA", "Islamic State", "IMGMUSISI")));
  }

  @Test
  void announcedEndOfJointDrillsIsConflictualIntent() {
    assertEquals(List.of("JPN PHL 1313 asserted"),
        events("en", "Japan announced that it would end joint drills with the Philippines.", actors("Japan", "JPN", "Philippines", "PHL")));
  }
}
