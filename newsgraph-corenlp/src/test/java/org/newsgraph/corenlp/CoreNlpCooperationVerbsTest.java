package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actorList;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.expectedList;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verbs, phrasal verbs and light-verb frames of {@code verbs-en.txt} for the cooperative CAMEO
 * roots 01-09, one invented sentence for each line: each sentence gives its event only with that
 * line in the lexicon (without it, no event or another code).
 */
class CoreNlpCooperationVerbsTest {
  /** A sentence # its actors as name=CODE pairs, ";"-separated # events it must give, "|"-separated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // 01 statements
        "Britain admitted responsibility for the deaths of Iraqi civilians. # Britain=GBR;Iraqi=IRQ # GBR IRQ 015 asserted",
        "Germany sent condolences to France after the attack. # Germany=DEU;France=FRA # DEU FRA 018 asserted",
        // 02 appeals
        "Canada urged Iran to release the detained journalists. # Canada=CAN;Iran=IRN # CAN IRN 0253 asserted",
        "France called for talks with Russia. # France=FRA;Russia=RUS # FRA RUS 026 asserted",
        "Egypt urged Israel to observe a truce. # Egypt=EGY;Israel=ISR # EGY ISR 0256 asserted",
        "Washington pushed Turkey to end its offensive. # Washington=USAGOV;Turkey=TUR # USAGOV TUR 020 asserted",
        "Pakistan sought a loan from China. # Pakistan=PAK;China=CHN # PAK CHN 0231 asserted",
        "Ukraine sought weapons from Germany. # Ukraine=UKR;Germany=DEU # UKR DEU 0232 asserted",
        "Yemen sought humanitarian aid from Saudi Arabia. # Yemen=YEM;Saudi Arabia=SAU # YEM SAU 0233 asserted",
        "Iran sought talks with France. # Iran=IRN;France=FRA # IRN FRA 026 asserted",
        // 04 consult
        "Macron phoned Putin on Friday. # Macron=FRAGOV;Putin=RUSGOV # FRAGOV RUSGOV 041 asserted",
        "Macron spoke on the phone with Putin. # Macron=FRAGOV;Putin=RUSGOV # FRAGOV RUSGOV 041 asserted",
        "Macron held a phone call with Putin. # Macron=FRAGOV;Putin=RUSGOV # FRAGOV RUSGOV 041 asserted",
        "Macron had a call with Putin on Friday. # Macron=FRAGOV;Putin=RUSGOV # FRAGOV RUSGOV 041 asserted",
        "Erdogan received a call from Putin. # Erdogan=TURGOV;Putin=RUSGOV # RUSGOV TURGOV 041 asserted",
        "Modi paid a visit to Japan. # Modi=INDGOV;Japan=JPN # INDGOV JPN 042 asserted",
        "Russia opened negotiations with Ukraine. # Russia=RUS;Ukraine=UKR # RUS UKR 046 asserted",
        "Xi received his French counterpart in Beijing. # Xi=CHNGOV;French=FRA # CHNGOV FRA 043 asserted",
        "Trump sat down with Kim in Singapore. # Trump=USAGOV;Kim=PRKGOV # USAGOV PRKGOV 040 asserted",
        // 05 diplomatic cooperation
        "Saudi Arabia restored relations with Iran. # Saudi Arabia=SAU;Iran=IRN # SAU IRN 050 asserted|IRN SAU 050 asserted",
        "India strengthened ties with Japan. # India=IND;Japan=JPN # IND JPN 050 asserted|JPN IND 050 asserted",
        "Russia aligned with Iran. # Russia=RUS;Iran=IRN # RUS IRN 050 asserted",
        "Turkey reconciled with Israel. # Turkey=TUR;Israel=ISR # TUR ISR 050 asserted",
        "Putin embraced Modi at the summit. # Putin=RUSGOV;Modi=INDGOV # RUSGOV INDGOV 051 asserted",
        "Russia has backed Assad. # Russia=RUS;Assad=SYRGOV # RUS SYRGOV 050 asserted",
        "Trump endorsed Netanyahu. # Trump=USAGOV;Netanyahu=ISRGOV # USAGOV ISRGOV 051 asserted",
        "Egypt sided with Saudi Arabia. # Egypt=EGY;Saudi Arabia=SAU # EGY SAU 051 asserted",
        "Sweden recognized Palestine. # Sweden=SWE;Palestine=PSE # SWE PSE 054 asserted",
        "Turkey clinched a deal with Russia. # Turkey=TUR;Russia=RUS # TUR RUS 057 asserted|RUS TUR 057 asserted",
        "Russia ratified the treaty with China. # Russia=RUS;China=CHN # RUS CHN 057 asserted",
        // 06 material cooperation
        "Iran exported oil to China. # Iran=IRN;China=CHN # IRN CHN 061 asserted",
        "Britain provided intelligence to France. # Britain=GBR;France=FRA # GBR FRA 064 asserted",
        // 07 aid
        "Qatar funded Hamas for years. # Qatar=QAT;Hamas=PSEREBHMS # QAT PSEREBHMS 071 asserted",
        "Germany bailed out Greece. # Germany=DEU;Greece=GRC # DEU GRC 071 asserted",
        "China extended a loan to Sri Lanka. # China=CHN;Sri Lanka=LKA # CHN LKA 071 asserted",
        "Iran armed the Houthis. # Iran=IRN;Houthis=YEMREB # IRN YEMREB 072 asserted",
        "Iran trained Houthi fighters. # Iran=IRN;Houthi=YEMREB # IRN YEMREB 072 asserted",
        "Germany delivered howitzers to Ukraine. # Germany=DEU;Ukraine=UKR # DEU UKR 072 asserted",
        "China donated vaccines to Cambodia. # China=CHN;Cambodia=KHM # CHN KHM 073 asserted",
        "Russia escorted Syrian tankers. # Russia=RUS;Syrian=SYR # RUS SYR 074 asserted",
        "Russia granted asylum to Yanukovych. # Russia=RUS;Yanukovych=UKRGOV # RUS UKRGOV 075 asserted",
        "Japan provided aid to Nepal. # Japan=JPN;Nepal=NPL # JPN NPL 070 asserted",
        // 08 yield
        "Washington lifted tariffs on Mexico. # Washington=USAGOV;Mexico=MEX # USAGOV MEX 085 asserted",
        "Washington exempted Canada from tariffs. # Washington=USAGOV;Canada=CAN # USAGOV CAN 085 asserted",
        "Washington granted waivers to India. # Washington=USAGOV;India=IND # USAGOV IND 085 asserted",
        "Russia handed over prisoners to Ukraine. # Russia=RUS;Ukraine=UKR # RUS UKR 0841 asserted",
        "Russia exchanged prisoners with Ukraine. # Russia=RUS;Ukraine=UKR # RUS UKR 0841 asserted|UKR RUS 0841 asserted",
        "Iran released the British tanker. # Iran=IRN;British=GBR # IRN GBR 0842 asserted",
        "Saudi Arabia lifted its blockade of Qatar. # Saudi Arabia=SAU;Qatar=QAT # SAU QAT 0872 asserted",
        "Hamas accepted a truce with Israel. # Hamas=PSEREBHMS;Israel=ISR # PSEREBHMS ISR 0871 asserted",
        "Israel allowed humanitarian convoys into Gaza. # Israel=ISR;Gaza=PSE # ISR PSE 0863 asserted",
        "Iran gave the IAEA access to the site. # Iran=IRN;IAEA=IGOUNOIAEA # IRN IGOUNOIAEA 086 asserted",
        "Washington withdrew personnel from Iraq. # Washington=USAGOV;Iraq=IRQ # USAGOV IRQ 0874 asserted",
        "Russia backed down in its dispute with Ukraine. # Russia=RUS;Ukraine=UKR # RUS UKR 080 asserted",
        "Iran complied with Russia's demands. # Iran=IRN;Russia=RUS # IRN RUS 080 asserted",
        "Iran met the demands of Russia. # Iran=IRN;Russia=RUS # IRN RUS 083 asserted",
        // 09 investigate
        "France opened an investigation into Russia's role. # France=FRA;Russia=RUS # FRA RUS 090 asserted",
        "Britain looked into Russia's involvement. # Britain=GBR;Russia=RUS # GBR RUS 090 asserted",
        "France opened an investigation into the Russian strike. # France=FRA;Russian=RUS # FRA RUS 093 asserted",
        "Ukraine investigated Russian war crimes. # Ukraine=UKR;Russian=RUS # UKR RUS 094 asserted",
        "Ukraine opened an investigation into war crimes by Russia. # Ukraine=UKR;Russia=RUS # UKR RUS 094 asserted",
      })
  void eachLineCodesItsSentence(String sentence, String actorList, String expected) {
    List<String> asserted = events("en", sentence.strip(), actorList(actorList)).stream()
        .filter(e -> e.endsWith(" asserted") && !e.contains(" null ")).toList();
    assertEquals(expectedList(expected), asserted, sentence);
  }
}
