package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.actors;
import static org.newsgraph.corenlp.CoreNlpEventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pronouns and bare titles that stand for a person named in an earlier sentence (Antecedents). */
class CoreNlpEventAntecedentsTest {

  @Test
  void anOpeningPronounIsTheOnePersonOfThePreviousSentence() {
    List<String> e = events("en", "Putin spoke to reporters in Sochi on Monday. He accused Turkey of supporting terrorists in Idlib.",
        actors("Putin", "RUSGOV", "Turkey", "TUR"), "Putin");
    assertTrue(e.stream().anyMatch(x -> x.startsWith("RUSGOV TUR 112")), e.toString());
    List<String> chained = events("en",
        "Putin spoke to reporters in Sochi on Monday. He said the talks had gone well. But he accused Turkey of supporting terrorists.",
        actors("Putin", "RUSGOV", "Turkey", "TUR"), "Putin");
    assertTrue(chained.stream().anyMatch(x -> x.startsWith("RUSGOV TUR 112")), chained.toString());
  }

  @Test
  void anOpeningPronounAfterTwoPeopleOrAnotherParagraphIsNobody() {
    List<String> two = events("en", "Putin met Erdogan in Sochi on Monday. He accused Ukraine of supporting terrorists.",
        actors("Putin", "RUSGOV", "Erdogan", "TURGOV", "Ukraine", "UKR"), "Putin", "Erdogan");
    assertTrue(two.stream().noneMatch(x -> x.contains(" UKR 112")), two.toString());
    List<String> apart = events("en", "Putin spoke to reporters in Sochi on Monday.\n\nHe accused Turkey of supporting terrorists.",
        actors("Putin", "RUSGOV", "Turkey", "TUR"), "Putin");
    assertTrue(apart.stream().noneMatch(x -> x.contains(" TUR 112")), apart.toString());
    // the one person named is someone without an actor: nobody's actor either
    List<String> unknown = events("en", "Smith spoke to reporters in Sochi on Monday. He accused Turkey of supporting terrorists.",
        actors("Smith", null, "Turkey", "TUR"), "Smith");
    assertTrue(unknown.stream().noneMatch(x -> x.contains(" TUR 112")), unknown.toString());
    // a title that stood for one person, and a name: two people before the pronoun
    List<String> titled = events("en", "President Obama spoke in Miami on Monday. The president met Raul Castro in Havana on Tuesday. "
        + "He criticised Venezuela for the arrests.",
        actors("Obama", "USAGOV", "Raul Castro", "CUBGOV", "Venezuela", "VEN"), "Obama", "Raul Castro");
    assertTrue(titled.stream().noneMatch(x -> x.contains(" VEN 111")), titled.toString());
    // a pronoun after one that stood for nobody known goes on with that one, not with the name between
    List<String> unknownBefore = events("en", "Sanders met Trump in Ohio on Monday. He can expose Trump on trade. "
        + "He accused Turkey of supporting terrorists.", actors("Sanders", null, "Trump", "USAGOV", "Turkey", "TUR"), "Sanders", "Trump");
    assertTrue(unknownBefore.stream().noneMatch(x -> x.contains(" TUR 112")), unknownBefore.toString());
    // a pronoun that opens a quote is the speaker's
    List<String> quoted = events("en", "Putin spoke to reporters in Sochi on Monday. \"He accused Turkey of supporting terrorists,\" Peskov said.",
        actors("Putin", "RUSGOV", "Turkey", "TUR"), "Putin");
    assertTrue(quoted.stream().noneMatch(x -> x.startsWith("RUSGOV TUR 112")), quoted.toString());
  }

  @Test
  void anOpeningItIsTheOneStateOfThePreviousSentence() {
    List<String> e = events("en", "Russia's foreign ministry issued a statement on Monday. It accused Ukraine of shelling the plant.",
        actors("Russia", "RUSGOV", "Ukraine", "UKR"));
    assertTrue(e.stream().anyMatch(x -> x.startsWith("RUSGOV UKR 112")), e.toString());
    // two states, or a state and a place or organisation without an actor, before it: which one is not clear
    List<String> two = events("en", "Russia met Turkey in Sochi on Monday. It accused Ukraine of shelling the plant.",
        actors("Russia", "RUSGOV", "Turkey", "TUR", "Ukraine", "UKR"));
    assertTrue(two.stream().noneMatch(x -> x.contains(" UKR 112")), two.toString());
    List<String> other = events("en", "Russia sued Gazprom on Monday. It accused Ukraine of stealing gas.",
        actors("Russia", "RUSGOV", "Gazprom", null, "Ukraine", "UKR"));
    assertTrue(other.stream().noneMatch(x -> x.contains(" UKR 112")), other.toString());
    // a news outlet named as a source: "It" is what the outlet obtained
    List<String> outlet = events("en", "A draft was obtained by the Associated Press on Monday. It accused Ukraine of shelling the plant.",
        actors("Associated Press", "USAMED", "Ukraine", "UKR"));
    assertTrue(outlet.stream().noneMatch(x -> x.contains(" UKR 112")), outlet.toString());
  }

  @Test
  void aCountedPairIsTheTwoActorsOfThePreviousSentence() {
    List<String> e = events("en", "Trump spoke with Putin by phone on Monday. The two leaders met in Hamburg on Friday.",
        actors("Trump", "USAGOV", "Putin", "RUSGOV"), "Trump", "Putin");
    assertTrue(e.contains("USAGOV RUSGOV 044 asserted") && e.contains("RUSGOV USAGOV 044 asserted"), e.toString());
    List<String> three = events("en", "Trump spoke with Putin and Erdogan by phone on Monday. The two leaders met in Hamburg on Friday.",
        actors("Trump", "USAGOV", "Putin", "RUSGOV", "Erdogan", "TURGOV"), "Trump", "Putin", "Erdogan");
    assertTrue(three.stream().noneMatch(x -> x.contains(" 044 ")), three.toString());
    // two leaders are two people, not a seat of government and a country
    List<String> places = events("en", "The White House sold jets to Taiwan on Monday. The two leaders met in Hamburg on Friday.",
        actors("White House", "USAGOV", "Taiwan", "TWN"));
    assertTrue(places.stream().noneMatch(x -> x.contains(" 044 ")), places.toString());
  }

  @Test
  void aBareTitleIsTheOnePersonNamedWithItBefore() {
    List<String> e = events("en", "Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday.\n\n"
        + "The president criticised Russia for the strikes.", actors("Recep Tayyip Erdogan", "TURGOV", "Russia", "RUS"), "Recep Tayyip Erdogan");
    assertTrue(e.stream().anyMatch(x -> x.startsWith("TURGOV RUS 111")), e.toString());
    List<String> minister = events("en", "Prime Minister Shinzo Abe arrived in Delhi on Monday. On Tuesday the prime minister criticised China.",
        actors("Shinzo Abe", "JPNGOV", "China", "CHN"), "Shinzo Abe");
    assertTrue(minister.stream().anyMatch(x -> x.startsWith("JPNGOV CHN 111")), minister.toString());
  }

  @Test
  void aBareTitleWithTwoHoldersOrAnotherOfficeIsNobody() {
    List<String> two = events("en", "President Erdogan met President Putin in Sochi. The president criticised Ukraine.",
        actors("Erdogan", "TURGOV", "Putin", "RUSGOV", "Ukraine", "UKR"), "Erdogan", "Putin");
    assertTrue(two.stream().noneMatch(x -> x.contains(" UKR 111")), two.toString());
    List<String> vice = events("en", "Vice President Pence arrived in Ankara. The president criticised Russia.",
        actors("Pence", "USAGOV", "Russia", "RUS"), "Pence");
    assertTrue(vice.stream().noneMatch(x -> x.contains(" RUS 111")), vice.toString());
  }
}
