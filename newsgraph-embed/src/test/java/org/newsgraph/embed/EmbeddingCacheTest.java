package org.newsgraph.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {
  private final List<List<String>> calls = new ArrayList<>();

  /** A stand-in model: the text's length and first character, and a record of what it was asked. */
  private List<float[]> embed(List<String> texts) {
    calls.add(List.copyOf(texts));
    return texts.stream().map(t -> new float[] {t.length(), t.charAt(0)}).toList();
  }

  @Test
  void embedsEachTextOnceAndOnlyWhatItLacks() {
    EmbeddingCache cache = new EmbeddingCache(10);
    List<float[]> first = cache.get(List.of("alpha", "beta", "alpha"), this::embed);
    List<float[]> second = cache.get(List.of("beta", "gamma", "alpha"), this::embed);
    assertEquals(List.of(List.of("alpha", "beta"), List.of("gamma")), calls);
    assertArrayEquals(new float[] {5, 'a'}, first.get(0));
    assertArrayEquals(first.get(0), first.get(2));
    assertArrayEquals(new float[] {4, 'b'}, second.get(0));
    assertArrayEquals(new float[] {5, 'g'}, second.get(1));
    assertArrayEquals(first.get(0), second.get(2));
    assertNotSame(first.get(0), second.get(2)); // a caller changing its vector changes no one else's
  }

  @Test
  void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
    EmbeddingCache cache = new EmbeddingCache(2);
    cache.get(List.of("a1", "b1"), this::embed);
    cache.get(List.of("a1"), this::embed); // a1 now more recent than b1
    cache.get(List.of("c1"), this::embed); // b1 goes
    cache.get(List.of("a1", "b1"), this::embed);
    assertEquals(List.of(List.of("a1", "b1"), List.of("c1"), List.of("b1")), calls);
  }
}
