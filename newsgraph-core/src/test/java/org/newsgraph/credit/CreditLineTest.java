package org.newsgraph.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.model.Credit;

class CreditLineTest {
  private static final CreditLine CREDIT = CreditLine.bundled();

  /** A credit line, then what it says: outlet, authors and agencies, each list "|"-separated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      nullValues = "-",
      value = {
        "Source: example-news.de, Jonas Keller, Lea Brandt, AFP # example-news.de # Jonas Keller|Lea Brandt # AFP",
        "Quelle: beispiel-nachrichten.de, Anna Roth, Felix Wagner, dpa # beispiel-nachrichten.de # Anna Roth|Felix Wagner # dpa",
        "Source: The Northern Ledger, Priya Natarajan # The Northern Ledger # Priya Natarajan # -",
        "Source: Highland Courier, Callum Reid # Highland Courier # Callum Reid # -",
        "Quelle: Tagesblatt Nord, Maria Hoffmann, Jan Petersen, epd # Tagesblatt Nord # Maria Hoffmann|Jan Petersen # epd",
        "Source: https://www.harbourpost.co.uk/, Tom Fielding # harbourpost.co.uk # Tom Fielding # -",
        "Source: EFE/ANSA # - # - # EFE|ANSA",
        "Quelle: AFP, Reuters # - # - # AFP|Reuters",
        "Sources: AP, Kyodo News # - # - # AP|Kyodo",
        "(dpa) # - # - # dpa",
        "(AFP) # - # - # AFP",
        "AFP/Reuters # - # - # AFP|Reuters",
        "KNA/epd # - # - # KNA|epd",
        "dpa/lno # - # - # dpa",
        "dpa-AFX # - # - # dpa",
        "PA Media # - # - # PA",
        "SID # - # - # SID",
        "epd # - # - # epd",
        "© 2024 AFP # - # - # AFP",
        "(c) 2023 The Associated Press # - # - # AP",
        "Copyright 2024 Thomson Reuters # - # - # Reuters",
        "By Maria Santos and Daniel Okafor # - # Maria Santos|Daniel Okafor # -",
        "By ZEKE MILLER and AAMER MADHANI Associated Press # - # Zeke Miller|Aamer Madhani # AP",
        "By Jane Doe, Associated Press # - # Jane Doe # AP",
        "Von Katrin Berger und Ole Hansen # - # Katrin Berger|Ole Hansen # -",
        "Von Anna-Lena Schmidt, dpa # - # Anna-Lena Schmidt # dpa",
        "Von Ursula von der Brügge # - # Ursula von der Brügge # -",
        "Written by Helen Marsh # - # Helen Marsh # -",
        "Autorin: Jana Petersen # - # Jana Petersen # -",
        "Autoren: Jana Petersen und Tim Krause # - # Jana Petersen|Tim Krause # -",
        "Text: Maria Hoffmann # - # Maria Hoffmann # -",
        "Mit Material von dpa und AFP # - # - # dpa|AFP",
        "Reporting by Sarah Whitlock and James Osei; Editing by Mark Pennington # - # Sarah Whitlock|James Osei # -",
        "Reporting by Sarah Whitlock; Additional reporting by Omar Haddad; Writing by Lena Ruiz; Editing by Mark Pennington # - # Sarah Whitlock|Omar Haddad|Lena Ruiz # -",
        "Jonas Keller, Lea Brandt, AFP # - # Jonas Keller|Lea Brandt # AFP",
        "Quelle: Anna Roth, Felix Wagner, dpa # - # Anna Roth|Felix Wagner # dpa",
        "Source: Politico, Jane Doe # Politico # Jane Doe # -",
        "Von Jan Petersen, Brüssel # - # Jan Petersen # -",
        "example-news.de # example-news.de # - # -",
        "Copyright © 2024 The Harbour Gazette, LLC. Click here for reprint permission. # The Harbour Gazette # - # -",
        "Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. # - # - # AP",
        "© 2022 Northfield Post. All rights reserved. # Northfield Post # - # -",
        "The Associated Press contributed to this report. # - # - # AP",
        "Reuters contributed reporting. # - # - # Reuters",
        "Tom Fielding contributed. # - # Tom Fielding # -",
        "Highland Courier's Callum Reid and The Associated Press contributed to this report. # - # Callum Reid # AP",
        "Harbour Post' Priya Natarajan, Omar Haddad and Lena Ruiz contributed to this story # - # Priya Natarajan|Omar Haddad|Lena Ruiz # -",
        "Associated Press writers Sarah Whitlock and James Osei contributed to this report. # - # Sarah Whitlock|James Osei # AP",
        "• Staff writer Helen Marsh contributed to this article. # - # Helen Marsh # -",
        "—Daniel Okafor and the Associated Press contributed to this article. # - # Daniel Okafor # AP",
        "Harbour Post' Tom Fielding, Lena Ruiz, and Omar Haddad contributed to this report. # - # Tom Fielding|Lena Ruiz|Omar Haddad # -",
        "Staff writers Jane Doe in Boston and John Roe in Paris contributed reporting. # - # Jane Doe|John Roe # -",
        "—Maria Santos in Quito, Ecuador, and Ann Lee in Washington, D.C., contributed to this article. # - # Maria Santos|Ann Lee # -",
        "NPR justice correspondent Carrie Doe and AP researcher Yu Bing contributed to this report. # - # Carrie Doe|Yu Bing # -",
        "Tom Fielding contributed to this report. The Associated Press also contributed to this report. # - # Tom Fielding # AP",
        "⦁ Ann Lee and John Roe Jr. contributed to this report. # - # Ann Lee|John Roe Jr # -",
        "Okafor reported from Nairobi, Kenya. Associated Press Writer Ann Lee at the United Nations contributed to this report. # - # Ann Lee # AP",
        "Additional reporting by Omar Haddad in Quetta, Pakistan. # - # Omar Haddad # -",
      })
  void readsTheCredit(String line, String outlet, String authors, String agencies) {
    assertTrue(CREDIT.matches(line), () -> "a credit line: " + line);
    Credit credit = CREDIT.read(line);
    assertEquals(outlet, credit.outlet(), "outlet");
    assertEquals(list(authors), credit.authors(), "authors");
    assertEquals(list(agencies), credit.agencies(), "agencies");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Von der Leyen sagte am Montag in Brüssel, die Kommission werde den Vorschlag prüfen.",
        "Von der Leyen widersprach.",
        "Von den Mitgliedstaaten kam überwiegend Zustimmung.",
        "Von Montag an gilt das Verbot.",
        "Von Berlin nach Hamburg",
        "By contrast, the ministry said most projects were delayed by objections.",
        "By the end of the year, 41 of the 60 schemes will be under construction.",
        "By Monday",
        "Source of the dispute",
        "Sources say the deal is close.",
        "Quellen zufolge ist die Einigung nahe, sagte ein Diplomat am Montag in Brüssel.",
        "Reuters reported that the talks had failed.",
        "Angela Merkel und Emmanuel Macron",
        "Berlin, Paris und Rom",
        "Trade first, alliance second?",
        "Was will Moskau im Sahel?",
        "Text messages show the minister knew of the plan.",
        "Retailers warn of empty shelves",
        "Written by hand, the letter reached the mayor a week later.",
        "Low oil prices contributed.",
        "Smith contributed.",
        "He said the drought contributed to this report's grim findings.",
        "Russia's economy contributed.",
        "The ministry said Germany and France contributed to the report.",
        "All rights reserved.",
        "Click here for reprint permission.",
        "The photo agency holds the copyright. All rights reserved.",
        "Prices rose three percent in March. Reuters contributed reporting.",
        "Okafor reported from Nairobi. Prices rose three percent in March.",
      })
  void sentencesAndLinesThatAreNoCredit(String line) {
    assertFalse(CREDIT.matches(line), () -> "not a credit line: " + line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {"dpa # dpa", "dpa/lno # dpa", "dpa-AFX # dpa", "AP # AP", "Reuters # Reuters", "AFP/dpa # AFP|dpa"})
  void agenciesOfADateline(String bracket, String agencies) {
    assertEquals(list(agencies), CREDIT.readAgencies(bracket).agencies());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Reuters Institute", "Maria Hoffmann", "example.com", "Foto"})
  void noAgencyInABracketThatIsNone(String bracket) {
    assertNull(CREDIT.readAgencies(bracket));
  }

  private static List<String> list(String s) {
    return s == null ? List.of() : List.of(s.split("\\|"));
  }
}
