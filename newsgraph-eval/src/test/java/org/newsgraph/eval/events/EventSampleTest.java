package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Corpus;
import org.newsgraph.eval.CorpusArticle;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.testing.SharedData;

class EventSampleTest {
  private static final CountryNames COUNTRIES = new CountryNames(KnowledgeBase.bundled());
  private static List<CorpusArticle> corpus;
  private static List<EventSample.Drawn> candidates;

  @BeforeAll
  static void read() throws IOException {
    // the first 1,000 articles: enough candidates, and a tenth of the time of the whole corpus
    List<CorpusArticle> all = Corpus.read(SharedData.require("data/corpus/world-news-en.jsonl.gz"));
    corpus = all.subList(0, Math.min(1000, all.size()));
    candidates = new EventSample(COUNTRIES).candidates(corpus);
  }

  @Test
  void countriesByNameDemonymAndCapital() {
    assertEquals(Set.of("RUS", "USA"), COUNTRIES.in("Moscow rejected U.S. claims on Tuesday."));
    assertEquals(Set.of("ISR", "RUS"), COUNTRIES.in("Russian jets and Israeli strikes."));
    assertEquals(Set.of("GBR"), COUNTRIES.in("British officials met in London."));
    assertEquals(Set.of(), COUNTRIES.in("Prussian kings and a russian doll")); // whole words, case-sensitive
  }

  @Test
  void germanCountriesByNameGenitiveAdjectiveAndCapital() {
    CountryNames german = new CountryNames(KnowledgeBase.bundled(), "de");
    assertEquals(Set.of("RUS", "USA"), german.in("Moskau wies die Vorwürfe der USA zurück."));
    assertEquals(Set.of("RUS", "UKR"), german.in("Russlands Truppen griffen die Ukraine an."));
    assertEquals(Set.of("ISR", "RUS"), german.in("Russische Jets und israelische Angriffe."));
    assertEquals(Set.of("DEU", "USA"), german.in("Der US-amerikanische Präsident traf den deutschen Minister."));
    assertEquals(Set.of("USA"), german.in("Amerikas Präsident in Washington"));
    assertEquals(Set.of("RUS"), german.in("Russlandreise, Russin und russisch"));
    assertEquals(Set.of(), COUNTRIES.in("Russland und Frankreich")); // English names only
  }

  @Test
  void germanTextsComeFromTheSemEvalCsvAndNifTurtle() throws IOException {
    List<CorpusArticle> semeval = Corpus.readTexts(SharedData.require("data/similarity/semeval2022-task8/training_set.csv"), "de");
    assertTrue(semeval.size() > 300, "German SemEval texts: " + semeval.size());
    assertEquals(semeval.size(), semeval.stream().map(CorpusArticle::id).distinct().count());
    List<CorpusArticle> news100 = Corpus.readTexts(SharedData.require("data/linking/n3/News-100.ttl"), "de");
    assertEquals(100, news100.size());
    List<EventSample.Drawn> drawn = new EventSample(new CountryNames(KnowledgeBase.bundled(), "de"), java.util.Locale.GERMAN, 2).candidates(news100);
    assertTrue(drawn.size() > 30, "News-100 candidates: " + drawn.size());
    assertTrue(drawn.stream().allMatch(d -> d.countries().size() >= 2));
  }

  @Test
  void aSeedAlwaysDrawsTheSameSentences() {
    assertTrue(candidates.size() > 100, "candidates: " + candidates.size());
    List<EventSample.Drawn> a = EventSample.shuffle(candidates, 20261126L, 50);
    List<EventSample.Drawn> b = EventSample.shuffle(new EventSample(COUNTRIES).candidates(corpus), 20261126L, 50);
    List<EventSample.Drawn> other = EventSample.shuffle(candidates, 7L, 50);
    assertEquals(50, a.size());
    assertEquals(a, b);
    assertNotEquals(a, other);
    assertEquals(EventSample.format(a), EventSample.format(b));
  }

  @Test
  void everyDrawnSentenceNamesTwoCountriesAndIsTheArticlesSentence() {
    for (EventSample.Drawn d : EventSample.shuffle(candidates, 3L, 100)) {
      assertTrue(COUNTRIES.in(d.text()).size() >= 2, d.text());
      CorpusArticle article = corpus.stream().filter(x -> x.id().equals(d.articleId())).findFirst().orElseThrow();
      assertTrue(article.text().replaceAll("\\s+", " ").contains(d.text()), d.text());
      int words = d.text().split(" ").length;
      assertTrue(words >= EventSample.MIN_WORDS && words <= EventSample.MAX_WORDS, d.text());
    }
  }

  @Test
  void formatWritesTheGoldBlocksWithoutEvents() {
    String out = EventSample.format(List.of(new EventSample.Drawn("abc", "2016-05-03", 4, "Russia met Iran.", Set.of("RUS", "IRN"))));
    assertEquals("# sample: abc sentence 4\n# date: 2016-05-03\ntext: Russia met Iran.\n\n", out);
  }
}
