package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/** People the knowledge base does not know (invented names) get the actor their title gives, and no link. */
class TitledActorsTest {
  private final Linker linker = new Linker(KnowledgeBase.bundled());

  private Link person(String text, String name) {
    int start = text.indexOf(name);
    return linker.link(
        new MentionQuery(name, EntityType.PERSON, start, start + name.length()),
        new ArticleContext(text, List.of(name), LocalDate.of(2019, 6, 1), "en"));
  }

  @Test
  void countryAndOfficeBeforeTheName() {
    assertEquals(new Link(null, "IRNGOV"), person("Iranian Foreign Minister Darius Velmani warned Riyadh.", "Darius Velmani"));
    assertEquals(new Link(null, "SAUGOV"), person("Saudi Crown Prince Faisal Orranto met them.", "Faisal Orranto"));
    assertEquals(new Link(null, "ISRGOV"), person("They summoned the Israeli ambassador Dov Kelmar on Monday.", "Dov Kelmar"));
    assertEquals(new Link(null, "RUSLEG"), person("Russian lawmaker Ivan Petrashov criticised Kiev.", "Ivan Petrashov"));
    assertEquals(new Link(null, "IRNMIL"), person("Iran's army commander Reza Tavalli threatened Israel.", "Reza Tavalli"));
    // A former official is his country's.
    assertEquals(new Link(null, "IRN"), person("They met the former Iranian ambassador Mara Volk.", "Mara Volk"));
  }

  @Test
  void aTitleInAppositionBeforeTheName() {
    assertEquals(new Link(null, "RUSGOV"), person("Moscow refused. A Kremlin spokesman, Arkady Velin, called it a provocation.", "Arkady Velin"));
    assertEquals(new Link(null, "RUSGOV"), person("Kremlin spokesman Arkady Velin called it a provocation.", "Arkady Velin"));
    assertEquals(new Link(null, "ISRGOV"), person("The Israeli ambassador, Dov Kelmar, was summoned.", "Dov Kelmar"));
    assertEquals(new Link(null, "IRN"), person("They met the former Iranian ambassador, Mara Volk, in Paris.", "Mara Volk"));
    // without its article the comma ends a clause: the name is not the title's
    assertEquals(Link.NONE, person("Officials met Israel's ambassador, Dov Kelmar said.", "Dov Kelmar"));
  }

  @Test
  void usLegislatorsWhereTheTextTiesThemToTheUs() {
    assertEquals(new Link(null, "USALEG"), person("Sen. Rob Talmidge (D-N.J.) criticised Turkey.", "Rob Talmidge"));
    assertEquals(new Link(null, "USALEG"), person("Republican Senator Ann Corvell urged sanctions on Turkey.", "Ann Corvell"));
    assertEquals(new Link(null, "USALEG"), person("Congress voted after Rep. Lee Harnby spoke against China.", "Lee Harnby"));
    assertEquals(new Link(null, "USALEG"), person("Senate Majority Leader Tom Brackell said the U.S. will act.", "Tom Brackell"));
    // A US state's name is no country; a state legislator is the country's only; so is a former one.
    assertEquals(new Link(null, "USALEG"), person("New Mexico Sen. Tom Brackell (D-N.M.) criticised Iran.", "Tom Brackell"));
    assertEquals(new Link(null, "USALEG"), person("Georgia Rep. Tom Brackell criticised Iran in Congress.", "Tom Brackell"));
    assertEquals(new Link(null, "USA"), person("The U.S. ally, state Sen. Tom Brackell, criticised Iran.", "Tom Brackell"));
    assertEquals(new Link(null, "USA"), person("said former Rep. Tom Brackell (R-Ohio).", "Tom Brackell"));
    // A sentence that ends with a country's name does not put it before the next sentence's title.
    assertEquals(new Link(null, "USALEG"), person("Congress may approve a war with Iran. Rep. Tom Brackell said no.", "Tom Brackell"));
    // A senator the text does not tie to the US may be Australia's or the Philippines'.
    assertEquals(Link.NONE, person("Senator Ann Corvell urged sanctions on Turkey.", "Ann Corvell"));
  }

  @Test
  void noTitleOrNoCountryGivesNothing() {
    assertEquals(Link.NONE, person("Darius Velmani warned Riyadh.", "Darius Velmani"));
    assertEquals(Link.NONE, person("Hezbollah leader Darius Velmani warned Israel.", "Darius Velmani"));
    assertEquals(Link.NONE, person("The Russian opposition leader Ivan Petrashov spoke.", "Ivan Petrashov"));
    assertEquals(Link.NONE, person("Officials met Iran, minister Darius Velmani said.", "Darius Velmani"));
  }

  /** The government's people are one list, read in both places: as a title before a name and as a role word after a country. */
  @Test
  void theGovernmentsPeopleAreGovBeforeANameAndAfterACountry() {
    for (String word : ActorCoder.GOVERNMENT_PEOPLE) {
      String text = "Iran's " + word + " said talks would go on.";
      assertEquals("GOV", ActorCoder.role(text, 0, "Iran".length()), word);
      if (!word.equals("leader")) { // "leader" alone leads what the title does not say (noTitleOrNoCountryGivesNothing)
        assertEquals(new Link(null, "IRNGOV"), person("Iranian " + word + " Darius Velmani warned Riyadh.", "Darius Velmani"), word);
      }
    }
  }
}
