package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.ner.SpanScore.Chunk;

class SpanScoreTest {
  private static List<String> tags(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void chunksFollowConllevalsBoundaries() {
    assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC")), SpanScore.chunks(tags("B-PER I-PER O B-LOC")));
    // B- starts a new chunk of the same type
    assertEquals(List.of(new Chunk(0, 1, "PER"), new Chunk(1, 2, "PER")), SpanScore.chunks(tags("B-PER B-PER")));
    // IOB1: I- after O or after another type starts a chunk
    assertEquals(List.of(new Chunk(1, 3, "ORG"), new Chunk(3, 4, "LOC")), SpanScore.chunks(tags("O I-ORG I-ORG I-LOC")));
    // a bare class is I-class (IO tags): adjacent ones of one type make one chunk
    assertEquals(List.of(new Chunk(0, 2, "PERSON"), new Chunk(2, 3, "LOCATION")),
        SpanScore.chunks(tags("PERSON PERSON LOCATION")));
    // a chunk ending at the end of the sentence
    assertEquals(List.of(new Chunk(2, 4, "MISC")), SpanScore.chunks(tags("O O B-MISC I-MISC")));
    assertEquals(List.of(), SpanScore.chunks(List.of()));
  }

  @Test
  void exactSpansOnlyCount() {
    SpanScore s = new SpanScore()
        .add(tags("B-PER I-PER O B-LOC O B-ORG"), tags("B-PER I-PER O B-LOC I-LOC B-LOC"))
        .add(tags("B-MISC O O"), tags("B-MISC O B-PER"));
    // gold: PER, LOC, ORG, MISC = 4; predicted: PER, LOC(3..5), LOC, MISC, PER = 5; correct: PER, MISC = 2
    assertEquals(4, s.gold(null));
    assertEquals(5, s.predicted(null));
    assertEquals(2, s.correct(null));
    assertEquals(0.4, s.precision(null), 1e-12);
    assertEquals(0.5, s.recall(null), 1e-12);
    assertEquals(2 * 0.4 * 0.5 / 0.9, s.f1(null), 1e-12);
    assertEquals(1.0, s.recall("PER"), 1e-12);
    assertEquals(0.5, s.precision("PER"), 1e-12);
    assertEquals(0, s.recall("ORG"), 1e-12);
    assertEquals(0, s.f1("ORG"), 1e-12);
    assertEquals(0, s.precision("LOC"), 1e-12);
    assertEquals(List.of("LOC", "MISC", "ORG", "PER"), s.types());
    assertEquals(6.0 / 9, s.tokenAccuracy(), 1e-12);
  }

  @Test
  void aWrongTypeIsBothAMissAndAFalseAlarm() {
    SpanScore s = new SpanScore().add(tags("B-PER I-PER"), tags("B-ORG I-ORG"));
    assertEquals(1, s.gold("PER"));
    assertEquals(1, s.predicted("ORG"));
    assertEquals(0, s.correct(null));
  }

  @Test
  void scoresAdd() {
    SpanScore a = new SpanScore().add(tags("B-PER"), tags("B-PER"));
    SpanScore b = new SpanScore().add(tags("B-LOC"), tags("O"));
    a.addAll(b);
    assertEquals(2, a.gold(null));
    assertEquals(1, a.correct(null));
    assertEquals(2, a.tokens());
  }

  @Test
  void reportHasOneLinePerTypeAndOverall() {
    String report = new SpanScore().add(tags("B-PER O B-LOC"), tags("B-PER O O")).report();
    assertEquals(4, report.lines().count(), report);
    assertEquals(true, report.contains("overall"));
  }
}
