package org.newsgraph.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.relevance.TextEmbedder;

/**
 * all-MiniLM-L6-v2 (Apache-2.0; 384 dimensions, mean pooling, trained on English sentence pairs)
 * as packaged by LangChain4j: the ONNX model and its tokenizer inside a Maven Central jar, run
 * in-process with ONNX Runtime. Nothing is downloaded at run time. The model loads on the first
 * call, once per process, and is thread-safe. Recent embeddings are kept by text ({@link
 * EmbeddingCache}), so a text asked for again (the article's paragraphs by relevance and then by
 * fact selection, the same candidate facts in article after article) is not embedded again.
 */
public final class MiniLmEmbedder implements TextEmbedder {
  /**
   * Characters of a text that are embedded: about 256 word pieces, the sequence length the model
   * is used with in sentence-transformers; the rest of a longer paragraph adds cost, not meaning.
   */
  static final int MAX_CHARS = 1_000;
  /** Texts whose embeddings are kept: a few articles' paragraphs and the facts they draw on. */
  static final int CACHED_TEXTS = 8_192;

  private static final EmbeddingCache CACHE = new EmbeddingCache(CACHED_TEXTS);
  private static volatile AllMiniLmL6V2EmbeddingModel model;
  private static volatile long loadMillis = -1;

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<String> heads = new ArrayList<>(texts.size());
    for (String t : texts) {
      heads.add(head(t));
    }
    return CACHE.get(heads, MiniLmEmbedder::embedNow);
  }

  /** The text up to {@link #MAX_CHARS}, cut at a space where there is one; "." for a blank text. */
  static String head(String text) {
    if (text.isBlank()) {
      return ".";
    }
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_CHARS);
    return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }

  private static List<float[]> embedNow(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t));
    }
    List<Embedding> embeddings = model().embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      vectors.add(unit(e.vector()));
    }
    return vectors;
  }

  /** Milliseconds the model took to load, or -1 before it has. */
  public static long loadMillis() {
    return loadMillis;
  }

  private static AllMiniLmL6V2EmbeddingModel model() {
    AllMiniLmL6V2EmbeddingModel m = model;
    if (m == null) {
      synchronized (MiniLmEmbedder.class) {
        m = model;
        if (m == null) {
          long t0 = System.nanoTime();
          m = new AllMiniLmL6V2EmbeddingModel();
          loadMillis = (System.nanoTime() - t0) / 1_000_000;
          model = m;
        }
      }
    }
    return m;
  }

  private static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    float norm = (float) Math.sqrt(sum);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= norm;
      }
    }
    return v;
  }
}
