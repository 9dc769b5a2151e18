package org.newsgraph.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class LanguageIdentifierTest {
  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

  private static String language(String text) {
    return IDENTIFIER.apply(Article.builder(text).build()).language();
  }

  @Test
  void aShortTextFullOfNamesIsReadByItsWordsNotItsTrigramsAlone() {
    // low-accuracy trigrams alone call this Dutch
    assertEquals("en", language("EU foreign policy chief Federica Mogherini met Iran's foreign minister in Brussels on Monday."));
    assertEquals("de", language("Merkel traf Macron am Montag in Berlin."));
    assertEquals("nl", language("De minister sprak met de pers in Den Haag over het plan."));
  }

  @Test
  void aLongTextAndAKnownLanguageKeepTheirReading() {
    String english = "The foreign ministers met in Geneva on Tuesday to discuss the ceasefire. ".repeat(4);
    assertEquals("en", language(english));
    assertEquals("de", IDENTIFIER.apply(Article.builder("Short text.").language("de").build()).language());
  }
}
