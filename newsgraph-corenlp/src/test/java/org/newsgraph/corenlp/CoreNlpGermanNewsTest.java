package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code verbs-de.txt} lines of the seventh German round (branch events-de7), German news
 * phrases the fourth German set's misses point to, one invented sentence each; each gives its
 * event only with its line (without it, no event or the plain threat 130): sanctions extended
 * ("verlängerte die Sanktionen gegen Russland", as "renewed sanctions" 163), a threat to break off
 * talks ("droht der EU mit dem Abbruch der Verhandlungen", 134; relations, 1313) and pressure
 * stepped up on an actor ("erhöhen den Druck auf China", an appeal 020 by the sets' conventions),
 * sanctions widened ("ausgeweitet", 163), a ship or people held ("setzte den Tanker fest", 171; "Seeleute",
 * 173); and the participle and joined forms of split lines that wanted the particle after the verb
 * ("weil Polen den Botschafter auswies", "abgeschossen", "abgeschoben"); and "aus" as a preposition that
 * names the target, as "from" does ("die Vorwürfe aus Washington zurückgewiesen", "Truppen aus Mali";
 * the giver of what is received from it stays the source).
 */
class CoreNlpGermanNewsTest {
  /** A sentence # its actors as name=CODE pairs, ";"-separated # events it must give, "|"-separated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Die EU verlängerte die Sanktionen gegen Russland um ein halbes Jahr. # EU=IGOEUREEC;Russland=RUS # IGOEUREEC RUS 163 asserted",
        "Die USA haben die Sanktionen gegen den Iran verlängert. # USA=USA;Iran=IRN # USA IRN 163 asserted",
        "Der Streit wuchs, weil Russland die Sanktionen gegen Polen verlängerte. # Russland=RUS;Polen=POL # RUS POL 163 asserted",
        "Die Türkei droht der EU mit dem Abbruch der Verhandlungen. # Türkei=TUR;EU=IGOEUREEC # TUR IGOEUREEC 134 asserted",
        "Serbien drohte Montenegro mit dem Abbruch der Beziehungen. # Serbien=SRB;Montenegro=MNE # SRB MNE 1313 asserted",
        "Die USA erhöhen den Druck auf China. # USA=USA;China=CHN # USA CHN 020 asserted",
        "Die USA haben den Druck auf Russland erhöht. # USA=USA;Russland=RUS # USA RUS 020 asserted",
        "Frankreich verstärkte den Druck auf Mali. # Frankreich=FRA;Mali=MLI # FRA MLI 020 asserted",
        "Der Iran hat einen britischen Tanker festgesetzt. # Iran=IRN;britischen=GBR # IRN GBR 171 asserted",
        "Die iranische Marine setzte einen britischen Tanker fest. # iranische=IRNMIL;britischen=GBR # IRNMIL GBR 171 asserted",
        "Die iranische Marine setzte fünf britische Seeleute fest. # iranische=IRNMIL;britische=GBR # IRNMIL GBR 173 asserted",
        "Der Streit wuchs, weil Polen den russischen Botschafter auswies. # Polen=POL;russischen=RUS # POL RUS 166 asserted",
        "Die EU hat ihre Sanktionen gegen Belarus ausgeweitet. # EU=IGOEUREEC;Belarus=BLR # IGOEUREEC BLR 163 asserted",
        "Die EU weitete ihre Sanktionen gegen Belarus aus. # EU=IGOEUREEC;Belarus=BLR # IGOEUREEC BLR 163 asserted",
        "Die Türkei hat ein russisches Kampfflugzeug abgeschossen. # Türkei=TUR;russisches=RUS # TUR RUS 190 asserted",
        "Deutschland hat afghanische Straftäter abgeschoben. # Deutschland=DEU;afghanische=AFG # DEU AFG 174 asserted",
        "Der Kreml hat die Vorwürfe aus Washington zurückgewiesen. # Washington=USAGOV # RUSGOV USAGOV 120 asserted",
        "Frankreich zieht seine Truppen aus Mali ab. # Frankreich=FRA;Mali=MLI # FRA MLI 0874 asserted",
        "Der Irak erhielt Waffen aus dem Iran. # Irak=IRQ;Iran=IRN # IRN IRQ 072 asserted",
      })
  void eachLineGivesItsEvent(String sentence, String actorList, String expected) {
    assertEquals(expectedList(expected), events("de", sentence.strip(), actorList(actorList)));
  }
}
