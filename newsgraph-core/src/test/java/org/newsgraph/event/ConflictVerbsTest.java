package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verbs, phrasal verbs and light-verb frames of CAMEO roots 10-20 in {@code verbs-en.txt}: each
 * row an invented sentence, its verb and the code the bundled lexicon gives it ("none" where a frame
 * keeps a look-alike out).
 */
class ConflictVerbsTest {
  private static final VerbLexicon EN = VerbLexicon.bundled("en");

  private static String code(String sentence, String verb) {
    List<Word> words = Word.tokenize(sentence, 0, sentence.length());
    int v = 0;
    while (!words.get(v).lower().equals(verb)) {
      v++;
    }
    VerbLexicon.Entry m = EN.match(words, v, v, words.size());
    return m == null ? "none" : m.code();
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # 10 demand: what is demanded
      Oslo demanded the lifting of sanctions on Norway                | demanded     | 1054
      Lima demanded an immediate end to the shelling of its towns      | demanded     | 1056
      Quito demanded reparations from Peru                             | demanded     | 103
      Berlin demanded an explanation from Minsk                        | demanded     | 101
      # 11 disapprove
      Canberra bashed Beijing over its trade policy                    | bashed       | 111
      State media maligned the Lithuanian government                   | maligned     | 111
      Moscow contradicted Washington's account                         | contradicted | 110
      Moscow disputed the American account of the incident             | disputed     | 110
      The minister took aim at Tokyo on Tuesday                        | took         | 111
      Ankara rounded on Athens after the vote                          | rounded      | 111
      The president laid into Caracas in his speech                    | laid         | 111
      Havana railed against Washington                                 | railed       | 111
      Seoul spoke out against Pyongyang's tests                        | spoke        | 111
      Tehran described the drills as acts of hostility                 | described    | 111
      Moscow branded the exercise a provocation                        | branded      | 111
      Paris held Damascus responsible for the attack                   | held         | 112
      Washington rallied allies against Tehran                         | rallied      | 113
      The ministry summoned the Dutch ambassador                       | summoned     | 114
      Mexico took the United States to the WTO                         | took         | 115
      A court in Minsk found the Lithuanian citizen guilty             | found        | 116
      Prosecutors charged two Russians with hacking                    | charged      | 173
      # 12 reject
      The chancellor shunned Ankara                                    | shunned      | 120
      Russia voted against the American draft                          | voted        | 120
      Nairobi declined an invitation from Kampala                      | declined     | 120
      Washington blocked the resolution on Gaza                        | blocked      | 120
      Pretoria resisted pressure from London                           | resisted     | 124
      Moscow refused to extradite the suspect to Kyiv                  | refused      | 124
      Tehran ruled out talks with Washington                           | ruled        | 125
      Manila boycotted the summit in Beijing                           | boycotted    | 125
      Pyongyang defied the United Nations again                        | defied       | 128
      Pyongyang ignored the sanctions of the Security Council          | ignored      | 128
      # 13 threaten
      Trump threatened Iran on Sunday                                  | threatened   | 130
      Beijing made threats against Taipei                              | made         | 130
      Washington threatened to cut off aid to Cairo                    | threatened   | 1311
      Riyadh threatened to sever ties with Doha                        | threatened   | 1313
      Cairo threatened a naval blockade                                | threatened   | 1381
      Trump threatened North Korea with fire and fury                  | threatened   | 138
      Tehran vowed revenge on Washington                               | vowed        | 138
      Trump vowed to impose tariffs on Mexico                          | vowed        | 1312
      # 14 protest
      Students staged a protest outside the French embassy             | staged       | 141
      Protesters burned American flags in Tehran                       | burned       | 140
      Protesters took down the Saudi flag                              | took         | 140
      The crowd chanted slogans against Israel                         | chanted      | 140
      Protesters stormed the embassy in Baghdad                        | stormed      | 145
      # 15 force posture
      Moscow amassed troops on the border with Ukraine                 | amassed      | 154
      Beijing built up forces along the coast                          | built        | 154
      Washington reinforced its troops in Poland                       | reinforced   | 154
      Seoul heightened its alert after the launch                      | heightened   | 152
      Russia flexed its muscles in the Baltic                          | flexed       | 150
      Chinese ships patrolled near the islands                         | patrolled    | 150
      # 16 reduce relations
      Rabat suspended relations with Berlin                            | suspended    | 161
      Moscow froze cooperation with NATO                               | froze        | 160
      Washington withheld aid from Kyiv                                | withheld     | 1621
      Trump increased tariffs on Chinese goods                         | increased    | 163
      Brussels imposed penalties on the firms                          | imposed      | 163
      Beijing banned imports from Australia                            | banned       | 163
      The council renewed sanctions on Libya                           | renewed      | 163
      Washington reimposed sanctions on Tehran                         | reimposed    | 163
      London ordered 23 Russian diplomats to leave                     | ordered      | 166
      Washington targeted Moscow with new sanctions                    | targeted     | 163
      Warsaw declared the Russian diplomat persona non grata           | declared     | 166
      # 17 coerce
      Beijing forced Manila to withdraw its ships                      | forced       | 170
      Iranian boats harassed the British tanker                        | harassed     | 170
      Tehran seized two boats of the Emirates                          | seized       | 171
      Caracas expropriated the American firm                           | expropriated | 171
      Police apprehended the Syrian national                           | apprehended  | 173
      Moscow indicted the American journalist                          | indicted     | 173
      Beijing locked up the Canadian                                   | locked       | 173
      Police took the Briton into custody                              | took         | 173
      Washington deported the Guatemalan                               | deported     | 174
      Cairo outlawed the Brotherhood                                   | outlawed     | 1722
      # 18 assault
      The militia terrorized villages in Mali                          | terrorized   | 180
      Militants held the Japanese tourists hostage                     | held         | 181
      A man stabbed the Israeli consul                                 | stabbed      | 182
      The group beheaded the American reporter                         | beheaded     | 1823
      The attackers detonated a bomb near the embassy                  | detonated    | 183
      Agents tried to assassinate the Saudi ambassador                 | tried        | 185
      Agents assassinated the Saudi ambassador                         | assassinated | 186
      # 19 fight
      Rebels ambushed the Malian convoy                                | ambushed     | 190
      Gunmen gunned down the Iraqi officer                             | gunned       | 190
      Soldiers shot dead the Palestinian                               | shot         | 190
      The coalition waged war on the Houthis                           | waged        | 190
      The strikes wiped out the militia                                | wiped        | 190
      The navy sank the Georgian vessel                                | sank         | 190
      Riyadh imposed a blockade on Doha                                | imposed      | 191
      The Islamic State overran Mosul                                  | overran      | 192
      The group took control of the city                               | took         | 192
      The militants took over parts of Syria                           | took         | 192
      Indian troops opened fire on Pakistani posts                     | opened       | 193
      Indian troops exchanged fire with Pakistani troops               | exchanged    | 193
      Jets strafed the Libyan column                                   | strafed      | 195
      Planes dropped bombs on the Yemeni port                          | dropped      | 195
      The army dropped its largest non-nuclear bomb on the caves        | dropped      | 195
      Turkey launched air strikes on Iraq                              | launched     | 195
      # 20 mass violence
      The army committed genocide against the minority                 | committed    | 202
      The regime gassed the town                                       | gassed       | 2041
      The state detonated a nuclear device                             | detonated    | 2042
      # look-alikes the frames keep out
      Beijing pledged to eliminate tariffs on Canadian goods           | pledged      | 030
      Trump threatened to fire the special counsel                     | threatened   | 130
      Ankara built up its economy                                      | built        | none
      The State Department issued a travel warning for Mexico          | issued       | none
      The minister took part in the summit                             | took         | 040
      Moscow held talks with Ankara                                    | held         | 040
      Rome declined to comment                                         | declined     | none
      The government forces opened a school                           | opened       | none
      Trump blocked his own plan to sanction Russia                    | blocked      | none
      """)
  void conflictVerbsAndFrames(String sentence, String verb, String expected) {
    assertEquals(expected, code(sentence, verb));
  }
}
