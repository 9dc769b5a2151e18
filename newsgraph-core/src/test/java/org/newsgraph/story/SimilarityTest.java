package org.newsgraph.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MinHash and the story similarity on pairs written for the purpose. */
class SimilarityTest {
  static final String WIRE =
      "BERLIN (dpa) - The German government agreed on Wednesday to extend the army's mission in Mali by another year, "
          + "a spokesman said after the cabinet meeting. Up to 1,100 soldiers will take part in the United Nations "
          + "mission, which parliament still has to approve. The opposition criticised the decision and called for a "
          + "clear exit strategy, saying the security situation in the north of the country had worsened. The defence "
          + "minister is to visit the troops in Gao next month.";
  static final String EDITED =
      WIRE.replace("on Wednesday", "on Wednesday morning").replace("criticised", "sharply criticised")
          + " Further reporting by the regional desk.";
  static final String HALF = WIRE.substring(0, WIRE.indexOf("The opposition"));
  static final String REWRITE =
      "Germany's cabinet has approved a one-year extension of the Bundeswehr deployment in Mali. As many as 1,100 "
          + "troops can serve with the UN mission under the plan, which still needs the approval of parliament. Critics "
          + "in the opposition demanded an exit strategy, pointing to worsening security in northern Mali.";
  static final String GERMAN =
      "Die Bundesregierung hat am Mittwoch beschlossen, den Einsatz der Bundeswehr in Mali um ein weiteres Jahr zu "
          + "verlängern. Bis zu 1.100 Soldaten sollen sich an der Mission der Vereinten Nationen beteiligen; der Bundestag "
          + "muss noch zustimmen. Die Opposition fordert eine Exit-Strategie für Mali.";
  static final String OTHER =
      "The city council approved a new budget for public libraries on Tuesday after a long debate about opening hours, "
          + "the mayor said. Branches in the suburbs will open on Sundays from next spring, and the central library will "
          + "get a new reading room for children.";

  @Test
  void minHashEstimatesJaccardOfNearCopies() {
    MinHash.Signature wire = MinHash.of(WIRE);
    assertEquals(1.0, wire.jaccard(MinHash.of(WIRE)));
    assertEquals(1.0, wire.jaccard(MinHash.of(WIRE.toUpperCase().replace("\n", " "))), "case and layout do not matter");
    double edited = wire.jaccard(MinHash.of(EDITED));
    assertTrue(edited > 0.6, "small edits keep most shingles: " + edited);
    assertTrue(wire.jaccard(MinHash.of(OTHER)) < 0.1);
    assertTrue(wire.jaccard(MinHash.of(REWRITE)) < 0.2, "a rewrite is not a copy");
    MinHash.Signature half = MinHash.of(HALF);
    assertTrue(half.jaccard(wire) < 0.7);
    assertTrue(half.containment(wire) > 0.8, "a cut copy is contained: " + half.containment(wire));
    long shared = java.util.Arrays.stream(wire.bands()).filter(b -> java.util.Arrays.stream(MinHash.of(EDITED).bands()).anyMatch(x -> x == b)).count();
    assertTrue(shared > 0, "near-copies share an LSH band");
  }

  @Test
  void storySimilarityRanksCopyRewriteTranslationAboveUnrelated() {
    List<String> texts = List.of(WIRE, EDITED, REWRITE, GERMAN, OTHER);
    DocumentFrequencies df = new DocumentFrequencies();
    texts.forEach(t -> df.add(TextFeatures.of(t, t == GERMAN ? "de" : "en")));
    TextSimilarity sim = new TextSimilarity(df);
    TextFeatures wire = TextFeatures.of(WIRE, "en");
    double copy = sim.similarity(wire, TextFeatures.of(EDITED, "en"));
    double rewrite = sim.similarity(wire, TextFeatures.of(REWRITE, "en"));
    double german = sim.similarity(wire, TextFeatures.of(GERMAN, "de"));
    double other = sim.similarity(wire, TextFeatures.of(OTHER, "en"));
    assertTrue(copy > rewrite && rewrite > other, copy + " " + rewrite + " " + other);
    assertTrue(german > other, "the German report meets the English one on names and numbers: " + german + " vs " + other);
    assertTrue(other < 0.15, "unrelated: " + other);
  }

  @Test
  void grouperMarksCopiesJoinsRewritesAndRespectsTheWindow() {
    StoryGrouper.Item a = item("a", 100L, WIRE);
    StoryGrouper.Item b = item("b", 101L, EDITED);
    StoryGrouper.Item c = item("c", 101L, HALF);
    StoryGrouper.Item d = item("d", 102L, OTHER);
    StoryGrouper.Item e = item("e", 300L, EDITED);
    List<StoryGrouper.Assignment> out = new StoryGrouper(StoryGrouper.Options.DEFAULT).group(List.of(e, d, c, b, a));
    assertEquals(List.of("a", "b", "c", "d", "e"), out.stream().map(StoryGrouper.Assignment::id).toList(), "in date order");
    assertEquals(new StoryGrouper.Assignment("a", "a", null, 0).story(), out.get(0).story());
    assertEquals("a", out.get(1).duplicateOf());
    assertEquals("a", out.get(2).duplicateOf(), "a cut copy");
    assertEquals("d", out.get(3).story());
    assertEquals("e", out.get(4).story(), "out of the window: a story of its own");
    assertEquals(null, out.get(4).duplicateOf());
  }

  private static StoryGrouper.Item item(String id, Long day, String text) {
    return new StoryGrouper.Item(id, day, TextFeatures.of(text, "en"), MinHash.of(text), null, null, null);
  }
}
