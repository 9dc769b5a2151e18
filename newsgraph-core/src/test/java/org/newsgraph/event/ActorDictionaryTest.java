package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled institutions: a name that must stand alone is no part of a longer name (invented sentences). */
class ActorDictionaryTest {
  private static List<String> codes(String text) {
    return ActorDictionary.institutions().find(Word.tokenize(text, 0, text.length())).stream().map(ActorMention::code).toList();
  }

  @Test
  void congressStandingAloneIsTheUsCongress() {
    assertEquals(List.of("USALEG"), codes("Congress imposed sanctions on Russia on Monday."));
    assertEquals(List.of("USALEG"), codes("Members of Congress criticized China."));
    assertEquals(List.of("USALEG"), codes("The U.S. Congress imposed sanctions on Russia."));
  }

  @Test
  void congressInsideAnotherNameIsNot() {
    assertEquals(List.of(), codes("Brazil's Congress criticized China."));
    assertEquals(List.of(), codes("The Venezuelan Congress criticized Colombia."));
    assertEquals(List.of(), codes("China's National People's Congress approved the law."));
    assertEquals(List.of(), codes("India's opposition Congress party criticized Pakistan."));
    assertEquals(List.of(), codes("The World Jewish Congress criticized Iran."));
    assertEquals(List.of(), codes("After the Congress of Vienna, Russia grew stronger."));
    // an ordinary phrase matches case-insensitively wherever it stands
    assertEquals(List.of("CHNGOV"), codes("the chinese communist party said"));
  }
}
