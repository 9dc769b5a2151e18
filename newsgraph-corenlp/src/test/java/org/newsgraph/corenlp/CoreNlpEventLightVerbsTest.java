package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts told by a noun after a light or reporting verb (docs/events.md, "events-light"), one invented
 * sentence each, with CoreNLP's parser: the rows marked "stays" guard what the rule must not take.
 */
class CoreNlpEventLightVerbsTest {
  /**
   * The noun is coded as its verb would be, with the verb's frame words read after the noun; the
   * target is the noun's own phrase, the verb's indirect object or the subject of the clause the
   * noun holds; factuality is the light verb's.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Greece repeated its call for Turkey to show restraint.            # Greece=GRC;Turkey=TUR # GRC TUR 0256 asserted",
      "Chile renewed its demand that Peru extradite the banker.          # Chile=CHL;Peru=PER # CHL PER 100 asserted",
      "Spain announced the expulsion of twelve Moroccan diplomats.       # Spain=ESP;Moroccan=MAR # ESP MAR 166 asserted",
      "Finland put forward new accusations against Russia.               # Finland=FIN;Russia=RUS # FIN RUS 112 asserted",
      "Kenya issued a sharp condemnation of Uganda.                      # Kenya=KEN;Uganda=UGA # KEN UGA 111 asserted",
      "Egypt renewed its invitation to Sudan.                            # Egypt=EGY;Sudan=SDN # EGY SDN 036 asserted",
      "Chile made a formal request to Peru for the extradition of the banker. # Chile=CHL;Peru=PER # CHL PER 020 asserted",
      "Japan issued a formal apology to China.                           # Japan=JPN;China=CHN # JPN CHN 055 asserted",
      // factuality is the light verb's
      "Greece did not repeat its call for Turkey to show restraint.      # Greece=GRC;Turkey=TUR # GRC TUR 0256 negated",
      // stays: a noun of no act, a call without its appeal's word, the lexicon's own frame
      "Japan made a call to China on Monday.                             # Japan=JPN;China=CHN # ",
      "Japan issued a travel advisory for China.                         # Japan=JPN;China=CHN # ",
      "Poland lodged a protest with Belarus.                             # Poland=POL;Belarus=BLR # POL BLR 111 asserted",
      // stays: a noun whose maker is named by "from" is another's act, passed on
      "Chile sent an invitation from Peru to Bolivia.                    # Chile=CHL;Peru=PER;Bolivia=BOL # ",
  })
  void aLightVerbTellsTheActOfItsNoun(String text, String actors, String expected) {
    assertEquals(expected == null ? List.of() : expectedList(expected), events("en", text.strip(), actorList(actors)));
  }
}
