package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Shapes found on PolNeAR's train split in the sixth round, written anew. */
class SixthRoundShapesTest {
  private static final String ARTICLE =
      "A count of the delegates\n\n"
          + "The harbour union has previously called for strikes at the northern docks, according to a report by the port authority.\n\n"
          + "In the end, nine members of the mayor's slate won, and the other two delegates pledged to back the treasurer, according to Alvarez.\n\n"
          + "Pike leads Ortiz by 40 pledged delegates, according to a count by the city paper.\n\n"
          + "The Harbour Front has previously called for strikes at the docks, according to the Dock Research Group, which monitors union statements.\n\n"
          + "In the end, 9 members of Pike's official slate prevailed, and the remaining two delegates separately pledged to support the mayor, according to Alvarez.\n\n"
          + "In Eastport, there are still small groups of voters who backed Ortiz and won't get behind Pike, according to the party chairs from Eastport and Westport, two of the largest towns in the county.\n\n"
          + "The Dock Workers Union endorsed Quinlan.\n\n"
          + "The council met on Monday and the chairman called Tuesday.\n\n"
          + "Paul Rand, a former county treasurer, became a delegate and said he is leaning toward backing the mayor.\n\n"
          + "Nine in ten residents dislike the new tax, the survey found. Two in three said the council should repeal it.\n\n"
          + "The governor seemed to be shrinking in political stature.\n";

  @Test
  void accordingToAtTheEndGovernsTheWholeSentenceBeforeIt() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    a.assertQuote("The Harbour Front has previously called for strikes at the docks", false, "the Dock Research Group", "according to");
    a.assertQuote("In the end, 9 members of Pike's official slate prevailed", false, "Alvarez", "according to");
    a.assertQuote("In Eastport, there are still small groups of voters", false, "the party chairs from Eastport and Westport", "according to");
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).contains("which monitors")), a.describe());
  }


  @Test
  void aNameAloneIsTheObjectOfAStanceVerb() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    Quote endorsed = a.assertQuote("Quinlan", false, "The Dock Workers Union", "endorsed");
    assertEquals("Quinlan", a.text(endorsed), a.describe(endorsed));
    assertTrue(a.quotes().stream().noneMatch(q -> a.text(q).equals("Tuesday")), a.describe());
  }

  @Test
  void aNameWithAnAppositionSpeaksForASecondVerb() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    a.assertQuote("he is leaning toward backing the mayor", false, "Paul Rand", "said");
  }

  @Test
  void aShareOfPeopleSpeaks() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    a.assertQuote("the council should repeal it", false, "Two in three", "said");
  }

  @Test
  void aPollHeadingALineSpeaksButAnEditorsNoteDoesNot() {
    Analyzed poll = Analyzed.allParagraphs("A poll\n\nPoll: Pike and Ortiz are tied in the harbour districts\n\nThe race for mayor has tightened since the spring.\n");
    poll.assertQuote("Pike and Ortiz are tied in the harbour districts", false, "Poll", ":");
    Analyzed note = Analyzed.allParagraphs("A column\n\nEditor's note: Pike is a regular columnist for this paper.\n\nThe race for mayor has tightened since the spring.\n");
    assertTrue(note.quotes().stream().noneMatch(q -> note.text(q).contains("regular columnist")), note.describe());
  }

  @Test
  void whatSeemsIsTheSubjectWithItsComplement() {
    Analyzed a = Analyzed.allParagraphs(ARTICLE);
    Quote seems = a.assertQuote("to be shrinking in political stature", false, "The governor", "seemed");
    assertEquals(2, seems.parts().size(), a.describe(seems));
    assertTrue(a.text(seems).startsWith("The governor"), a.describe(seems));
  }
}
