package org.newsgraph.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.segment.Segmenter;

class CueLexiconTest {
  @TempDir Path dir;

  @Test
  void longestFormWinsAndCaseDoesNotMatterAtTheSentenceStart() {
    CueLexicon en = CueLexicon.bundled("en");
    List<Words.Token> t = Words.tokenize("According to the police, he warned of floods.", 0, 45);
    CueLexicon.Match m = en.match(t, 0);
    assertNotNull(m);
    assertEquals(CueLexicon.Kind.PREP, m.kind());
    assertEquals(2, m.to() - m.from());
    CueLexicon.Match w = en.match(t, 6);
    assertEquals(2, w.to() - w.from(), "warned of");
  }

  @Test
  void capitalisedWordsInsideASentenceAreNoCues() {
    CueLexicon en = CueLexicon.bundled("en");
    List<Words.Token> t = Words.tokenize("The United States said no.", 0, 26);
    assertNull(en.match(t, 2), "States");
    assertNotNull(en.match(t, 3), "said");
  }

  @Test
  void rolesAndTitlesIncludingEndings() {
    CueLexicon de = CueLexicon.bundled("de");
    assertTrue(de.is(CueLexicon.Kind.ROLE, "regierungssprecherin"));
    assertTrue(de.is(CueLexicon.Kind.KONJUNKTIV, "seien"));
    assertTrue(CueLexicon.bundled("en").is(CueLexicon.Kind.TITLE, "sen."));
  }

  @Test
  void usersAddCuesFromAFile() throws IOException {
    Path extra = dir.resolve("my-cues.txt");
    Files.writeString(extra, "# newsroom slang\nverb\topined|opines\n", StandardCharsets.UTF_8);
    String text = "Harbour plans\n\nThe new quay is far too small for modern ships, the harbour master opined on Monday.\n";
    Pipeline plain = Pipeline.builder().add(new LanguageIdentifier()).add(new Segmenter()).add(new QuoteStage()).build();
    Pipeline extended = Pipeline.builder().add(new LanguageIdentifier()).add(new Segmenter()).add(new QuoteStage(extra, null)).build();
    assertTrue(plain.run(Article.builder(text).build()).quotes().isEmpty());
    List<Quote> quotes = extended.run(Article.builder(text).build()).quotes();
    assertEquals(1, quotes.size());
    assertEquals("the harbour master", quotes.get(0).speaker().span().of(text));
  }
}
