package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German clause forms of the fifth German round, one invented sentence each; each gives its event
 * only with the round's lexicon line or reading: the joined forms of separable verbs in clauses
 * that end on their verb ("nachdem Russland der Ukraine Sabotage vorwarf") and in the participle
 * ("hat Moskau Kriegsverbrechen vorgeworfen"); the perfect of verbs of motion with "sein" ("sind in
 * den Libanon vorgedrungen"); "in" after a verb of invasion ("in Kuwait einmarschierte"); a clause
 * opened by "als" after a comma ("als Japan die chinesischen Fischer festnahm"); a frame whose first
 * word comes twice ("drangen in der Folge ... in die Schweiz vor"); German institutions that stand
 * for a state ("der Kreml", "das Auswärtige Amt"); an expected act ("Es wird erwartet, dass ...
 * ablehnt") is not asserted. One more, "hat die Vereinigten Staaten
 * beschuldigt", checks that these rereadings keep the subject and object that the case reading of
 * an earlier verb set.
 */
class CoreNlpGermanClauseTest {
  /** A sentence # its actors as name=CODE pairs, ";"-separated # events it must give, "|"-separated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Die Lage eskalierte, nachdem Russland der Ukraine Sabotage vorwarf. # Russland=RUS;Ukraine=UKR # RUS UKR 112 asserted",
        "Die Ukraine hat Russland Kriegsverbrechen vorgeworfen. # Ukraine=UKR;Russland=RUS # UKR RUS 112 asserted",
        "Die Spannungen wuchsen, nachdem Ägypten den Vorschlag Äthiopiens ablehnte. # Ägypten=EGY;Äthiopiens=ETH # EGY ETH 120 asserted",
        "Die Gespräche endeten, nachdem Algerien die Vorwürfe Marokkos zurückwies. # Algerien=DZA;Marokkos=MAR # DZA MAR 120 asserted",
        "Die Krise endete, nachdem der Iran die britischen Seeleute freiließ. # Iran=IRN;britischen=GBR # IRN GBR 0841 asserted",
        "Der Streit wuchs, weil die Türkei den niederländischen Botschafter einbestellte. # Türkei=TUR;niederländischen=NLD # TUR NLD 114 asserted",
        "Die Lage verschärfte sich, nachdem Kolumbien die Gespräche mit Venezuela abbrach. # Kolumbien=COL;Venezuela=VEN # COL VEN 164 asserted",
        "Die Beziehungen entspannten sich, nachdem Kanada die indische Regierung zu der Konferenz einlud. # Kanada=CAN;indische=INDGOV # CAN INDGOV 036 asserted",
        "Die Lage beruhigte sich, nachdem Japan den Philippinen Hilfe zusagte. # Japan=JPN;Philippinen=PHL # JPN PHL 0333 asserted",
        "Russische Truppen sind in die Ukraine einmarschiert. # Russische=RUSMIL;Ukraine=UKR # RUSMIL UKR 192 asserted",
        "Der Streit begann, nachdem die türkische Polizei zwei deutsche Journalisten festnahm. # türkische=TURCOP;deutsche=DEU # TURCOP DEU 173 asserted",
        "Die Lage eskalierte, als die syrische Armee türkische Stellungen angriff. # syrische=SYRMIL;türkische=TUR # SYRMIL TUR 190 asserted",
        "Der Konflikt begann, als der Irak in Kuwait einmarschierte. # Irak=IRQ;Kuwait=KWT # IRQ KWT 192 asserted",
        "Die Krise begann, als der Irak das Emirat Kuwait besetzte. # Irak=IRQ;Kuwait=KWT # IRQ KWT 192 asserted",
        "Der Streit begann, als Japan die chinesischen Fischer festnahm. # Japan=JPN;chinesischen=CHN # JPN CHN 173 asserted",
        "Die Gespräche scheiterten, als Israel den Libanon bombardierte. # Israel=ISR;Libanon=LBN # ISR LBN 195 asserted",
        "Die Türkei ist im Oktober in Syrien einmarschiert. # Türkei=TUR;Syrien=SYR # TUR SYR 192 asserted",
        "Im Januar drangen französische Truppen in der Folge immer weiter in die Schweiz vor. # französische=FRAMIL;Schweiz=CHE # FRAMIL CHE 192 asserted",
        "Syrische Truppen sind in den Libanon vorgedrungen. # Syrische=SYRMIL;Libanon=LBN # SYRMIL LBN 192 asserted",
        "Die iranische Regierung hat die Vereinigten Staaten beschuldigt, den Angriff geplant zu haben. # iranische=IRNGOV;Vereinigten Staaten=USA # IRNGOV USA 112 asserted",
        "Es wird erwartet, dass Polen den Vorschlag Litauens ablehnt. # Polen=POL;Litauens=LTU # POL LTU 120 hypothetical",
        "Experten erwarten, dass Serbien den Plan Kroatiens ablehnt. # Serbien=SRB;Kroatiens=HRV # SRB HRV 120 hypothetical",
        "Der Kreml lehnte das Angebot Finnlands ab. # Finnlands=FIN # RUSGOV FIN 120 asserted",
        "Ein Sprecher des Kremls kritisierte Estland. # Estland=EST # RUSGOV EST 111 asserted",
        "Das Auswärtige Amt hat den iranischen Botschafter einbestellt. # iranischen=IRN # DEUGOV IRN 114 asserted",
      })
  void eachFormGivesItsEvent(String sentence, String actorList, String expected) {
    assertEquals(expectedList(expected), events("de", sentence.strip(), actorList(actorList)));
  }
}
