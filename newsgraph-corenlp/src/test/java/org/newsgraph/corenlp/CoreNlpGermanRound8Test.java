package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eighth German round (branch events-de8), on invented sentences: a bare title before a name
 * ("US-Präsident Donald Trump", "US-Außenminister Mike Pompeo") reads as the name does, so the first
 * of two caseless phrases is the subject (the parser made "China" the subject of "US-Präsident
 * Donald Trump hat China kritisiert"), also beside a second object ("Die Ukrainer haben Russland den
 * Bruch ... vorgeworfen"); and the last part of a hyphen compound is a frame word ("US-Sanktionen
 * gegen Russland verhängt"). Nouns for nationals that the tagger leaves untagged: {@code
 * NationalNounEventsTest} of newsgraph-cli.
 */
class CoreNlpGermanRound8Test {
  /** A sentence # its actors as name=CODE pairs, ";"-separated # events it must give, "|"-separated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "US-Präsident Donald Trump hat China scharf kritisiert. # Donald Trump=USAGOV;China=CHN # USAGOV CHN 111 asserted",
        "US-Außenminister Mike Pompeo hat China scharf kritisiert. # Mike Pompeo=USAGOV;China=CHN # USAGOV CHN 111 asserted",
        "Die Ukrainer haben Russland den Bruch der Waffenruhe vorgeworfen. # Ukrainer=UKR;Russland=RUS # UKR RUS 112 asserted",
        "Washington verhängte neue US-Sanktionen gegen Russland. # Washington=USAGOV;Russland=RUS # USAGOV RUS 163 asserted",
        "Die EU hat neue EU-Sanktionen gegen Belarus verhängt. # EU=IGOEUREEC;Belarus=BLR # IGOEUREEC BLR 163 asserted",
      })
  void titlesBeforeNamesAndCompoundFrameWords(String sentence, String actors, String expected) {
    assertEquals(expectedList(expected), events("de", sentence.strip(), actorList(actors), "Donald Trump", "Mike Pompeo"));
  }

  @Test
  void anArticleBeforeTheTitleStillDecides() {
    // "Den" marks the object: Russia criticised the minister, as written
    assertEquals(List.of("RUS DEUGOV 111 asserted"),
        events("de", "Den Außenminister Maas hat Russland scharf kritisiert.", actorList("Maas=DEUGOV;Russland=RUS"), "Maas"));
  }
}
