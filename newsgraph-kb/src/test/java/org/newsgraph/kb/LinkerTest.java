package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTest {
  private final Linker linker = new Linker(KnowledgeBase.bundled());

  /** Links the first occurrence of {@code mention} in {@code text}. */
  private Link link(String text, String mention, EntityType type, LocalDate date, String lang, String... others) {
    int start = text.indexOf(mention);
    List<String> mentions = new java.util.ArrayList<>(List.of(others));
    mentions.add(mention);
    return linker.link(
        new MentionQuery(mention, type, start, start + mention.length()),
        new ArticleContext(text, mentions, date, lang));
  }

  private Link link(String text, String mention, EntityType type) {
    return link(text, mention, type, null, "en");
  }

  @Test
  void countriesByNameAliasAndGermanName() {
    assertEquals(new Link("Q30", "USA"), link("The U.S. said no.", "U.S.", EntityType.LOCATION));
    assertEquals("Q159", link("Sanktionen gegen Russland.", "Russland", EntityType.LOCATION, null, "de").id());
    assertEquals("Q145", link("Talks in Britain.", "Britain", EntityType.LOCATION).id());
    assertEquals("Q148", link("Beijing and China.", "People's Republic of China", EntityType.LOCATION).id());
  }

  @Test
  void germanInflectionOnlyInGermanText() {
    assertEquals("Q159", link("Die Politik Russlands bleibt hart.", "Russlands", EntityType.LOCATION, null, "de").id());
    assertEquals("Q458", link("Die Kommission der Europäischen Union tagt.", "Europäischen Union", EntityType.ORGANIZATION, null, "de").id());
    // In English text "Chiles" is a surname, not Chile's genitive.
    assertNull(link("Governor Chiles said.", "Chiles", null).id());
  }

  @Test
  void transliterationsAndSpellings() {
    assertEquals("Q3874799", link("Wolodymyr Selenskyj sagte.", "Wolodymyr Selenskyj", EntityType.PERSON, null, "de").id());
    assertEquals("Q3874799", link("Volodymyr Zelensky said.", "Volodymyr Zelensky", EntityType.PERSON).id());
    assertEquals("Q3874799", link("Vladimir Zelenskiy said.", "Vladimir Zelenskiy", EntityType.PERSON).id());
    assertEquals("Q23530", link("Dmitrij Medwedew sagte.", "Dmitrij Medwedew", EntityType.PERSON, null, "de").id());
    assertEquals("Q7747", link("Wladimir Putin sagte.", "Wladimir Putin", EntityType.PERSON, null, "de").id());
    assertEquals("Q39259", link("Recep Tayyip Erdogan said.", "Recep Tayyip Erdogan", EntityType.PERSON).id());
    // Letters Unicode does not decompose (the dotless ı of Yıldırım) get a spelling without them.
    assertEquals("Q863496", link("Binali Yildirim said.", "Binali Yildirim", EntityType.PERSON).id());
  }

  @Test
  void germanTransliterationOfPersianNames() {
    LocalDate y2015 = LocalDate.of(2015, 6, 1);
    assertEquals(new Link("Q57336", "IRNGOV"), link("Ajatollah Ali Chamenei warnte.", "Ajatollah Ali Chamenei", EntityType.PERSON, y2015, "de"));
    assertEquals("Q57336", link("Chamenei warnte.", "Chamenei", EntityType.PERSON, y2015, "de").id());
    assertEquals("Q57336", link("Iran's Supreme Leader spoke.", "Iran's Supreme Leader", EntityType.PERSON, y2015, "en").id());
    assertEquals("Q5933752", link("The Iranian president spoke.", "Iranian president", EntityType.PERSON, LocalDate.of(2025, 1, 1), "en").id());
  }

  @Test
  void brusselsActsForTheEuWhenTheContextIsTheEu() {
    assertEquals(new Link("Q239", "IGOEUREEC"),
        link("The EU is split on sanctions. Brussels wants a deal by June.", "Brussels", EntityType.LOCATION));
    assertEquals(new Link("Q239", "IGOEUREEC"),
        link("Brüssel droht mit Strafzöllen, sagte die EU-Kommission.", "Brüssel", EntityType.LOCATION, null, "de"));
    assertEquals(new Link("Q239", "BELGOV"),
        link("Belgian police raided flats in Brussels on Monday.", "Brussels", EntityType.LOCATION));
    assertEquals(new Link("Q239", "BELGOV"),
        link("Brussels said the terror alert stays in place.", "Brussels", EntityType.LOCATION));
    // the euro's ministers and the Eurogroup meet for the EU
    assertEquals(new Link("Q239", "IGOEUREEC"),
        link("Euro ministers in Brussels threatened to cut off aid to Cyprus.", "Brussels", EntityType.LOCATION));
    assertEquals(new Link("Q239", "IGOEUREEC"),
        link("Die Eurogruppe tagte in Brüssel.", "Brüssel", EntityType.LOCATION, null, "de"));
  }

  @Test
  void aLeadersNameBeforeAdministrationStandsForTheGovernment() {
    LocalDate y2018 = LocalDate.of(2018, 6, 1);
    assertEquals(new Link(null, "USAGOV"),
        link("The Obama administration imposed sanctions on Iran.", "Obama", EntityType.ORGANIZATION, y2018, "en"));
    assertEquals(new Link(null, "RUSGOV"),
        link("Critics of the Putin regime were arrested.", "Putin", EntityType.MISC, y2018, "en"));
    assertEquals(new Link(null, null), link("Guests gathered at Obama Tower.", "Obama", EntityType.ORGANIZATION, y2018, "en"),
        "without administration, government or regime an organisation is no leader");
  }

  @Test
  void leadersByDateOfOfficeAndTransliteration() {
    LocalDate y2016 = LocalDate.of(2016, 6, 1);
    // Sergey Lavrov and Hassan Rouhani come from the generated leaders.tsv (Wikidata exports).
    assertEquals("Q58217", link("Sergej Lawrow sagte.", "Sergej Lawrow", EntityType.PERSON, y2016, "de").id());
    assertEquals(new Link("Q58217", "RUSGOV"),
        link("Russia's foreign minister said.", "Russia's foreign minister", EntityType.PERSON, y2016, "en"));
    assertEquals("Q348144", link("Rouhani said.", "Rouhani", EntityType.PERSON, y2016, "en", "Iran").id());
    assertEquals("Q348144", link("Der iranische Präsident sagte.", "iranische Präsident", EntityType.PERSON, y2016, "de").id());
    // The cabinet export gives the days: Ahmadinejad until 3 August 2013, Rouhani until 3 August 2021.
    assertEquals("Q34448", link("The Iranian president said.", "Iranian president", EntityType.PERSON, LocalDate.of(2013, 6, 1), "en").id());
    assertEquals("Q348144", link("The Iranian president said.", "Iranian president", EntityType.PERSON, LocalDate.of(2013, 9, 1), "en").id());
    assertEquals("Q348144", link("The Iranian president said.", "Iranian president", EntityType.PERSON, LocalDate.of(2021, 3, 1), "en").id());
  }

  @Test
  void aSecretaryOfStateWhoLeftOfficeIsTheHolderOnlyWithinTheTerm() {
    // John Kerry, 2013-02-01 to 2017-01-20, and Mike Pompeo, 2018-04-26 to 2021-01-20, in the
    // cabinet export of every-politician-scrapers/us-cabinet.
    String text = "The U.S. Secretary of State said.";
    assertEquals("Q22316", link(text, "U.S. Secretary of State", EntityType.PERSON, LocalDate.of(2014, 5, 1), "en").id());
    assertEquals("Q473239", link(text, "U.S. Secretary of State", EntityType.PERSON, LocalDate.of(2019, 5, 1), "en").id());
    assertEquals("Q22316", link("John Kerry said.", "John Kerry", EntityType.PERSON, LocalDate.of(2019, 5, 1), "en").id());
    // Antony Blinken from the foreign-minister export of every-politician-scrapers/world (listed up
    // to 2022-12-11), his term ended at the start of Marco Rubio's (src/kb/leader-terms.tsv).
    assertEquals("Q7821917", link(text, "U.S. Secretary of State", EntityType.PERSON, LocalDate.of(2023, 5, 1), "en").id());
    assertEquals("Q324546", link(text, "U.S. Secretary of State", EntityType.PERSON, LocalDate.of(2025, 5, 1), "en").id());
  }

  @Test
  void metonymKeepsTheCityWhileTheActorIsTheGovernment() {
    assertEquals(new Link("Q3616", "IRNGOV"), link("Tehran rejected the offer.", "Tehran", EntityType.LOCATION));
    assertEquals(new Link("Q649", "RUSGOV"), link("Moskau wies das zurück.", "Moskau", EntityType.LOCATION, null, "de"));
    // Pyongyang's id from the line of src/kb/capitals.raw that names its own source.
    assertEquals(new Link("Q18808", "PRKGOV"), link("Pyongyang fired a missile.", "Pyongyang", EntityType.LOCATION));
  }

  @Test
  void titleWordsNextToTheMentionGiveTheRole() {
    assertEquals(new Link("Q794", "IRNGOV"), link("Iran's foreign ministry said.", "Iran", EntityType.LOCATION));
    assertEquals(new Link("Q159", "RUSMIL"), link("Russia's army moved in.", "Russia", EntityType.ORGANIZATION));
    assertEquals(new Link("Q159", "RUS"), link("Snow fell in Russia.", "Russia", EntityType.LOCATION));
    // A demonym names no entity, but says who acts.
    assertEquals(new Link(null, "RUSMIL"), link("The Russian army moved in.", "Russian", EntityType.MISC));
    assertEquals(new Link(null, "DEUGOV"), link("Die deutsche Regierung lehnt ab.", "deutsche", EntityType.MISC, null, "de"));
    // A title word in the next sentence is not read.
    assertEquals("UKR", link("It happened in Ukraine. The minister spoke.", "Ukraine", EntityType.LOCATION).actor());
  }

  @Test
  void germanNounsForNationalsGiveTheirState() {
    // a demonym noun names no entity, but says who acts, in its plural and case forms
    assertEquals(new Link(null, "PSE"), link("Die Palästinenser warfen Israel Kriegsverbrechen vor.", "Palästinenser", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "RUS"), link("Die Russen griffen die Ukraine an.", "Russen", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "SYR"), link("Hilfe für die Syrer.", "Syrer", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "TUR"), link("Die Türken lehnten ab.", "Türken", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "UKR"), link("Den Ukrainern wurde geholfen.", "Ukrainern", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "USA"), link("Die Amerikaner verhängten Sanktionen.", "Amerikaner", EntityType.MISC, null, "de"));
  }

  @Test
  void moreGermanNounsForNationalsGiveTheirState() {
    // the nouns of the seventh German round (events-de7), in plural and case forms
    assertEquals(new Link(null, "FRA"), link("Die Franzosen verhängten Sanktionen.", "Franzosen", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "GBR"), link("Die Briten lehnten ab.", "Briten", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "IRQ"), link("Den Irakern wurde geholfen.", "Irakern", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "AFG"), link("Die Afghanen protestierten.", "Afghanen", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "SAU"), link("Die Saudi-Araber griffen an.", "Saudi-Araber", EntityType.MISC, null, "de"));
    assertEquals(new Link(null, "JPN"), link("Die Japaner sagten Hilfe zu.", "Japaner", EntityType.MISC, null, "de"));
  }

  @Test
  void officeTitlesResolveByDate() {
    LocalDate y2010 = LocalDate.of(2010, 6, 1);
    LocalDate y2013 = LocalDate.of(2013, 6, 1);
    assertEquals("Q23530", link("The President of Russia spoke.", "President of Russia", EntityType.PERSON, y2010, "en").id());
    assertEquals("Q7747", link("The President of Russia spoke.", "President of Russia", EntityType.PERSON, y2013, "en").id());
    assertEquals("Q7747", link("Der russische Präsident sprach.", "russische Präsident", EntityType.PERSON, y2013, "de").id());
    assertEquals("Q567", link("Die Bundeskanzlerin sprach.", "Bundeskanzlerin", EntityType.PERSON, y2013, "de").id());
    // Merz from the Germany snapshots of open-data-archive/world-leaders-current; Scholz from people.tsv.
    assertEquals("Q566257", link("Der Bundeskanzler sprach.", "Bundeskanzler", EntityType.PERSON, LocalDate.of(2025, 8, 14), "de").id());
    assertEquals("Q61053", link("Der Bundeskanzler sprach.", "Bundeskanzler", EntityType.PERSON, LocalDate.of(2023, 3, 1), "de").id());
    assertNull(link("The President of Russia spoke.", "President of Russia", EntityType.PERSON, null, "en").id());
  }

  @Test
  void officeHoldersActForTheGovernmentTheyServedOnTheDate() {
    assertEquals(new Link("Q7747", "RUSGOV"), link("Vladimir Putin said.", "Vladimir Putin", EntityType.PERSON, LocalDate.of(2010, 1, 1), "en"));
    assertEquals(new Link("Q22686", "USAGOV"), link("Donald Trump said.", "Donald Trump", EntityType.PERSON, LocalDate.of(2018, 1, 1), "en"));
    // Out of office: a citizen of his country.
    assertEquals(new Link("Q22686", "USA"), link("Donald Trump said.", "Donald Trump", EntityType.PERSON, LocalDate.of(2022, 1, 1), "en"));
  }

  @Test
  void aBareSurnameNeedsTheArticleOrTheDateToBackIt() {
    assertNull(link("Merkel said.", "Merkel", EntityType.PERSON).id());
    assertEquals("Q567", link("Merkel said.", "Merkel", EntityType.PERSON, LocalDate.of(2015, 1, 1), "en").id());
    assertEquals("Q7747", link("Putin said.", "Putin", EntityType.PERSON, LocalDate.of(2015, 1, 1), "en").id());
    assertEquals("Q7747", link("Vladimir Putin came. Putin said.", "Putin", EntityType.PERSON, null, "en", "Vladimir Putin").id());
    assertEquals("Q3874799", link("Selenskyj sagte.", "Selenskyj", EntityType.PERSON, LocalDate.of(2022, 3, 1), "de").id());
    // An office holder of a country the article names.
    assertEquals("Q39259", link("Ankara waits. Erdogan said.", "Erdogan", EntityType.PERSON, null, "en", "Ankara").id());
    assertNull(link("Ankara waits. Merkel said.", "Merkel", EntityType.PERSON, null, "en", "Ankara").id());
  }

  @Test
  void aSurnameTakenForAnOrganisationOrPlaceIsTheOneHolderOfOfficeOnTheDate() {
    LocalDate y2019 = LocalDate.of(2019, 6, 1);
    assertEquals(new Link("Q22686", "USAGOV"),
        link("Trump signaled that the U.S. would respond.", "Trump", EntityType.ORGANIZATION, y2019, "en"));
    assertEquals(new Link("Q7747", "RUSGOV"), link("Putin met Erdogan.", "Putin", EntityType.LOCATION, y2019, "en"));
    // Out of office on the date: no link.
    assertEquals(Link.NONE, link("Trump signaled that the U.S. would respond.", "Trump", EntityType.ORGANIZATION, LocalDate.of(2010, 1, 1), "en"));
  }

  @Test
  void anUndatedSurnameIsTheLeaderTheSourcesShowInOfficeNow() {
    // an undated text is read as of today: Trump holds an office the sources show open to the present
    assertEquals(new Link("Q22686", "USAGOV"), link("Trump imposed tariffs on China.", "Trump", EntityType.LOCATION, null, "en"));
    assertEquals(new Link("Q22686", "USAGOV"), link("Trump said China would pay.", "Trump", EntityType.PERSON, null, "en"));
    // out of office now: a surname alone is nobody in particular
    assertEquals(Link.NONE, link("Merkel said Europe would respond.", "Merkel", EntityType.PERSON, null, "en"));
    // and never after a preposition of place or before a name that goes on
    assertEquals(Link.NONE, link("Guests met at Trump Tower.", "Trump", EntityType.LOCATION, null, "en"));
  }

  @Test
  void aSurnameTakenForAPlaceIsThePersonWhenTheArticleBacksIt() {
    LocalDate y2016 = LocalDate.of(2016, 9, 8);
    // Trump held no office in 2016; the article names his country: a citizen of it (as a candidate)
    String text = "Trump has traded praise with Putin, while critics say Russia meddles in the US vote.";
    assertEquals(new Link("Q22686", "USA"), link(text, "Trump", EntityType.LOCATION, y2016, "en", "Putin", "Russia", "US"));
    assertEquals(new Link("Q22686", "USA"), link("Trump sagte, die USA würden antworten.", "Trump", EntityType.LOCATION, y2016, "de", "USA"));
    // nothing in the article backs him: no link
    assertEquals(Link.NONE, link("Trump has traded praise with Putin.", "Trump", EntityType.LOCATION, y2016, "en", "Putin"));
    // a name goes on after it, or a preposition of place comes before it: a place
    assertEquals(Link.NONE, link("Guests met at Trump Tower in the US.", "Trump", EntityType.LOCATION, y2016, "en", "US"));
    assertEquals(Link.NONE, link("Farmers in Kerry said the US tariffs hurt.", "Kerry", EntityType.LOCATION, LocalDate.of(2014, 5, 1), "en", "US"));
    // a name that the knowledge base also has for a place stays the place
    assertEquals("Q61", link("Washington said the US would respond.", "Washington", EntityType.LOCATION, y2016, "en", "US").id());
  }

  @Test
  void aTitleBeforeASurnameBacksTheOneWhoHeldThatOffice() {
    assertEquals("Q22686", link("A US diplomat says President Trump made aid conditional.", "Trump", EntityType.PERSON).id());
    assertEquals("Q7747", link("Talks with President Putin began.", "Putin", EntityType.PERSON).id());
    assertEquals("Q76", link("Talks with President Obama began.", "Obama", EntityType.PERSON).id());
    // A title that the person never held, or none at all: no link without a date (Obama is out of office now).
    assertNull(link("Talks with Foreign Minister Obama began.", "Obama", EntityType.PERSON).id());
    assertNull(link("Talks with Obama began.", "Obama", EntityType.PERSON).id());
    // The title must stand right before the name.
    assertNull(link("The president said Obama lied.", "Obama", EntityType.PERSON).id());
    // A title the person never held outweighs being in office now.
    assertNull(link("Talks with Foreign Minister Putin began.", "Putin", EntityType.PERSON).id());
  }

  @Test
  void unknownNamesAndWrongTypesGiveNoLink() {
    assertEquals(Link.NONE, link("Fyodor Smirnovsky said.", "Fyodor Smirnovsky", EntityType.PERSON));
    assertEquals(Link.NONE, link("Paris Hilton came.", "Paris", EntityType.PERSON));
    assertEquals(Link.NONE, link("Nothing.", "", EntityType.LOCATION));
  }

  @Test
  void organisationsWithTheirCodes() {
    assertEquals(new Link("Q41984", "IGOUNOIAE"), link("The IAEA said.", "IAEA", EntityType.ORGANIZATION));
    assertEquals(new Link("Q7184", "IGOWSTNAT"), link("Die Nato warnt.", "Nato", EntityType.ORGANIZATION, null, "de"));
    assertEquals("Q37470", link("The UN Security Council met.", "UN Security Council", EntityType.ORGANIZATION).id());
  }

  @Test
  void aFullNameSpelledWithOtherVowelsIsThePersonOfThatSurname() {
    assertEquals("Q10296812", link("Mohammed Javad Zarif accused Pompeo.", "Mohammed Javad Zarif", EntityType.PERSON).id());
    // the consonants must agree: another first name is another person
    assertNull(link("Hassan Zarif said.", "Hassan Zarif", EntityType.PERSON).id());
  }

  @Test
  void mrBeforeAShortSurnameIsTheOneHolderOfOfficeOnTheDate() {
    LocalDate y2018 = LocalDate.of(2018, 6, 12);
    assertEquals("Q132345", link("Mr. Abe thanked Trump.", "Abe", EntityType.PERSON, y2018, "en").id());
    assertEquals("Q132345", link("Mr. Abe thanked Trump.", "Mr. Abe", EntityType.PERSON, y2018, "en").id());
    assertEquals("Q132345", link("Herr Abe dankte Trump.", "Abe", EntityType.PERSON, y2018, "de").id());
    // without the address, or out of office on the date: no link
    assertNull(link("Abe thanked Trump.", "Abe", EntityType.PERSON, y2018, "en").id());
    assertNull(link("Mr. Abe thanked Trump.", "Abe", EntityType.PERSON, LocalDate.of(2022, 1, 1), "en").id());
  }

  @Test
  void aKoreanIsNamedByTheFamilyNameThatComesFirst() {
    LocalDate y2019 = LocalDate.of(2019, 3, 4);
    // Moon Jae-in, President of South Korea 2017-05-10 to 2022-05-09
    assertEquals(new Link("Q21001", "KORGOV"), link("Moon criticized Japan on Monday.", "Moon", EntityType.PERSON, y2019, "en"));
    // taken for an organisation, the one holder of office on the date by that surname
    assertEquals(new Link("Q21001", "KORGOV"),
        link("Pyongyang urged Moon's government to stay out.", "Moon", EntityType.ORGANIZATION, y2019, "en", "Pyongyang"));
    // out of office and no Korea in the article: a surname alone is nobody in particular, and not
    // Ban Ki-moon, UN Secretary-General then, whose family name is Ban
    assertEquals(Link.NONE, link("Moon criticized Japan on Monday.", "Moon", EntityType.PERSON, LocalDate.of(2010, 3, 4), "en"));
  }

  @Test
  void stateMediaWarshipsAndTroopsTakeTheirRole() {
    assertEquals("IRNMED", link("Iranian state TV said the tanker was seized.", "Iranian", EntityType.MISC).actor());
    assertEquals("RUSMIL", link("A Russian warship entered the strait.", "Russian", EntityType.MISC).actor());
    assertEquals("TURMIL", link("Turkish troops crossed the border.", "Turkish", EntityType.MISC).actor());
    assertEquals("RUSMED", link("Die russischen Staatsmedien berichteten.", "russischen", EntityType.MISC, null, "de").actor());
    // German nationality adjective and group noun, as "Iranian officials" and "Turkish warplanes"
    assertEquals("IRNGOV", link("Iranische Regierungsvertreter kritisierten die USA.", "Iranische", EntityType.MISC, null, "de").actor());
    assertEquals("TURMIL", link("Türkische Kampfflugzeuge griffen Stellungen im Irak an.", "Türkische", EntityType.MISC, null, "de").actor());
  }

  @Test
  void pluralDemonymsNameTheirStateAsTheSingularDoes() {
    assertEquals(new Link(null, "RUS"), link("The Russians vetoed the resolution.", "Russians", EntityType.MISC));
    assertEquals(new Link(null, "SAU"), link("The Saudis rejected the offer.", "Saudis", EntityType.MISC));
    assertEquals(new Link(null, "ISR"), link("Two Israelis were detained.", "Israelis", EntityType.MISC));
    // an adjective whose plural is itself has no plural of its own
    assertEquals(new Link(null, null), link("The Chineses arrived.", "Chineses", EntityType.MISC));
  }

  @Test
  void aStateBodyNamedWithTheStateActsForIt() {
    assertEquals(new Link(null, "RUSGOV"),
        link("The Russian Defense Ministry said its jets struck.", "Russian Defense Ministry", EntityType.ORGANIZATION));
    assertEquals(new Link(null, "USAGOV"), link("Protesters gathered at the US Embassy.", "US Embassy", EntityType.ORGANIZATION));
    assertEquals(new Link(null, "RUSGOVBUS"),
        link("An official of the Russian Central Bank was sanctioned.", "Russian Central Bank", EntityType.ORGANIZATION));
    assertEquals(new Link(null, "IRNMIL"),
        link("The Iranian Revolutionary Guard Corps seized a tanker.", "Iranian Revolutionary Guard Corps", EntityType.ORGANIZATION));
    // other groups named with a state are not its bodies
    assertEquals(Link.NONE, link("The Syrian Democratic Forces took the town.", "Syrian Democratic Forces", EntityType.ORGANIZATION));
    assertEquals(Link.NONE, link("The Russian Orthodox Church objected.", "Russian Orthodox Church", EntityType.ORGANIZATION));
    assertEquals(Link.NONE, link("Turkish Airlines cancelled flights.", "Turkish Airlines", EntityType.ORGANIZATION));
  }
}
