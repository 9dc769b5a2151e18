package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GermEvalTextsTest {
  @Test
  void eachSentenceIsATextWithItsSourceLineAndGermanSpacing(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("mini.tsv");
    Files.writeString(tsv, String.join("\n",
        "#\thttp://www.example.de/politik/1.html\t[2010-01-16]\t",
        "1\tFrankreich\tB-LOC\tO",
        "2\tverurteilt\tO\tO",
        "3\t(\tO\tO",
        "4\tlaut\tO\tO",
        "5\t\"\tO\tO",
        "6\tLe\tB-ORG\tO",
        "7\tMonde\tI-ORG\tO",
        "8\t\"\tO\tO",
        "9\t)\tO\tO",
        "10\tden\tO\tO",
        "11\t„\tO\tO",
        "12\tAngriff\tO\tO",
        "13\t“\tO\tO",
        "14\t,\tO\tO",
        "15\tsagt\tO\tO",
        "16\tParis\tB-LOC\tO",
        "17\t.\tO\tO",
        "",
        "#\twelt.de vom 07.05.2005\t[2005-05-07]\t",
        "1\tJa\tO\tO",
        "2\t!\tO\tO",
        ""));
    List<CorpusArticle> texts = GermEvalTexts.read(tsv);
    assertEquals(2, texts.size());
    assertEquals("mini.tsv:1 http://www.example.de/politik/1.html", texts.get(0).id());
    assertEquals("2010-01-16", texts.get(0).date());
    assertEquals("Frankreich verurteilt (laut \"Le Monde\") den „Angriff“, sagt Paris.", texts.get(0).text());
    assertEquals("mini.tsv:2 welt.de vom 07.05.2005", texts.get(1).id());
    assertEquals("2005-05-07", texts.get(1).date());
    assertEquals("Ja!", texts.get(1).text());
  }

  @Test
  void corpusReadsTsvAsGermEval(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("dev.tsv");
    Files.writeString(tsv, "#\thttp://de.wikipedia.org/wiki/X\t[2009-08-13]\t\n1\tRussland\tB-LOC\tO\n2\tdroht\tO\tO\n3\t.\tO\tO\n\n");
    List<CorpusArticle> texts = Corpus.readTexts(tsv, "de");
    assertEquals(List.of("Russland droht."), texts.stream().map(CorpusArticle::text).toList());
  }
}
