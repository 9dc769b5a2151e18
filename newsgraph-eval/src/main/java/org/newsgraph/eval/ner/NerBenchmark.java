package org.newsgraph.eval.ner;

import org.newsgraph.corenlp.CoreNlpRecognizers;
import org.newsgraph.entity.EntityGrouping;
import org.newsgraph.entity.EntityLinking;
import org.newsgraph.entity.EntityRecognition;
import org.newsgraph.kb.KnowledgeBaseLinker;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.newsgraph.corenlp.CoreNlpRecognizers;
import org.newsgraph.entity.LanguageRecognizer;

/**
 * {@code newsgraph bench ner}: tokens per second of entity recognition on one thread, newsgraph's
 * recognizer (CoreNLP's tokenizer and CRF called directly) beside CoreNLP's default NER pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner} for English; the German pipeline's {@code
 * tokenize,ssplit,mwt,pos,ner}) on the same paragraphs in the same process. Each side is loaded
 * (timed, with the heap it adds) and warmed up (passes over the text for at least five seconds); then passes over all the text are timed, the two
 * sides alternating. Tokens are counted by newsgraph's tokenizer for both, so the rates compare.
 * A third side runs recognition as the analysis does, then grouping and linking to the bundled
 * knowledge base, so the cost of linking shows beside recognition alone.
 */
public final class NerBenchmark {
  /** One side's figures. */
  public record Side(String name, double loadSeconds, long heapBytes, long tokens, long ownTokens, double[] seconds) {
    /** The median rate over the timed passes. */
    public double tokensPerSecond() {
      double[] s = seconds.clone();
      Arrays.sort(s);
      return tokens / s[s.length / 2];
    }

    public String line() {
      return String.format(Locale.ROOT, "%-44s load %5.1f s  heap +%5.0f MB  %8.0f tokens/s  (%d passes, %d tokens by its own count)",
          name, loadSeconds, heapBytes / 1e6, tokensPerSecond(), seconds.length, ownTokens);
    }
  }

  private NerBenchmark() {}

  /**
   * Paragraphs of text to run on, at least {@code sentences} sentences as newsgraph splits them:
   * articles of a JSON Lines corpus ({@code .jsonl}, {@code .jsonl.gz}, field {@code text}), or the
   * sentences of a GermEval ({@code .tsv}) or CoNLL column file, each made a line of text.
   */
  public static List<String> paragraphs(Path input, String language, int sentences) throws IOException {
    LanguageRecognizer recognizer = recognizer(language);
    List<String> out = new ArrayList<>();
    int count = 0;
    String name = input.getFileName().toString();
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      ObjectMapper mapper = new ObjectMapper();
      try (InputStream raw = Files.newInputStream(input);
          InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null && count < sentences; line = r.readLine()) {
          JsonNode text = mapper.readTree(line).get("text");
          if (text == null) {
            continue;
          }
          for (String p : text.asText().split("\\n\\s*")) {
            if (count >= sentences) {
              break;
            }
            if (!p.isBlank()) {
              out.add(p.strip());
              count += recognizer.tokenizer().sentences(p, 0, p.length()).size();
            }
          }
        }
      }
    } else {
      ConllFormat format = name.endsWith(".tsv") ? ConllFormat.GERMEVAL : ConllFormat.CONLL;
      for (ConllSentence s : format.read(input)) {
        if (out.size() >= sentences) {
          break;
        }
        out.add(String.join(" ", s.words()));
      }
    }
    return out;
  }

  private static LanguageRecognizer recognizer(String language) {
    return new CoreNlpRecognizers().forLanguage(language)
        .orElseThrow(() -> new IllegalArgumentException("no entity recognizer for language " + language));
  }

  /** One side being measured: how to load it and how to run it on a paragraph. */
  private interface Runner {
    int run(String paragraph);
  }

  /**
   * Loads newsgraph's recognizer and, with {@code baseline}, CoreNLP's pipeline; warms both up; then
   * times {@code runs} passes of each over all paragraphs, alternating, so that both meet the same
   * load on the machine.
   */
  public static List<Side> run(String language, List<String> paragraphs, int runs, boolean baseline) throws IOException {
    long tokens = countTokens(language, paragraphs);
    LanguageRecognizer recognizer = recognizer(language);
    long heap0 = heapUsed();
    long t0 = System.nanoTime();
    NerEvaluation.crf(language).classifier();
    double oursLoad = (System.nanoTime() - t0) / 1e9;
    long oursHeap = heapUsed() - heap0;
    Runner ours = p -> recognizer.recognize(p, 0, p.length()).size();
    // The same recognition as the analysis runs it, then grouping and linking to the bundled
    // knowledge base (its load and heap are this side's); the article date is fixed so that
    // office dates take part.
    heap0 = heapUsed();
    t0 = System.nanoTime();
    KnowledgeBaseLinker linker = new KnowledgeBaseLinker();
    double kbLoad = (System.nanoTime() - t0) / 1e9;
    long kbHeap = heapUsed() - heap0;
    Pipeline linking = Pipeline.builder()
        .add(new EntityRecognition(new CoreNlpRecognizers()))
        .add(new EntityGrouping())
        .add(new EntityLinking(linker))
        .build();
    Runner linked = p -> linking.run(Article.builder(p).language(language).published(LINKING_DATE).build()).entities().size();

    StanfordCoreNLP pipeline = null;
    double pipelineLoad = 0;
    long pipelineHeap = 0;
    String annotators = null;
    if (baseline) {
      Properties props = pipelineProperties(language);
      annotators = props.getProperty("annotators");
      heap0 = heapUsed();
      t0 = System.nanoTime();
      pipeline = new StanfordCoreNLP(props);
      pipelineLoad = (System.nanoTime() - t0) / 1e9;
      pipelineHeap = heapUsed() - heap0;
    }
    StanfordCoreNLP p = pipeline;
    Runner corenlp = paragraph -> {
      Annotation a = new Annotation(paragraph);
      p.annotate(a);
      return a.get(CoreAnnotations.TokensAnnotation.class).size();
    };

    warmUp(paragraphs, ours);
    warmUp(paragraphs, linked);
    long pipelineTokens = baseline ? pass(paragraphs, corenlp) : 0; // its own count
    if (baseline) {
      warmUp(paragraphs, corenlp);
    }
    double[] oursSeconds = new double[runs];
    double[] linkedSeconds = new double[runs];
    double[] pipelineSeconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      oursSeconds[r] = timed(paragraphs, ours);
      linkedSeconds[r] = timed(paragraphs, linked);
      if (baseline) {
        pipelineSeconds[r] = timed(paragraphs, corenlp);
      }
    }
    List<Side> sides = new ArrayList<>();
    sides.add(new Side("newsgraph (tokenizer + CRF)", oursLoad, oursHeap, tokens, tokens, oursSeconds));
    sides.add(new Side("newsgraph + grouping + linking (bundled KB)", kbLoad, kbHeap, tokens, tokens, linkedSeconds));
    if (baseline) {
      sides.add(new Side("CoreNLP pipeline (" + annotators + ")", pipelineLoad, pipelineHeap, tokens, pipelineTokens,
          pipelineSeconds));
    }
    return sides;
  }

  /** CoreNLP's default NER pipeline for the language, on one thread. */
  static Properties pipelineProperties(String language) throws IOException {
    Properties props = new Properties();
    String annotators;
    if (language.equals("de")) {
      try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-german.properties")) {
        props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      annotators = "tokenize,ssplit,mwt,pos,ner";
    } else if (language.equals("en")) {
      annotators = "tokenize,ssplit,pos,lemma,ner";
    } else {
      throw new IllegalArgumentException("no CoreNLP pipeline for language " + language);
    }
    props.setProperty("annotators", annotators);
    props.setProperty("threads", "1");
    return props;
  }

  /** Passes over the text until the JIT had {@value #WARM_UP_SECONDS} s to compile the hot code. */
  private static void warmUp(List<String> paragraphs, Runner runner) {
    long until = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
    do {
      pass(paragraphs, runner);
    } while (System.nanoTime() < until);
  }

  private static final double WARM_UP_SECONDS = 5;
  private static final String LINKING_DATE = "2016-06-01";

  private static long pass(List<String> paragraphs, Runner runner) {
    long n = 0;
    for (String p : paragraphs) {
      n += runner.run(p);
    }
    return n;
  }

  private static double timed(List<String> paragraphs, Runner runner) {
    long t0 = System.nanoTime();
    pass(paragraphs, runner);
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long countTokens(String language, List<String> paragraphs) {
    LanguageRecognizer recognizer = recognizer(language);
    long n = 0;
    for (String p : paragraphs) {
      for (var s : recognizer.tokenizer().sentences(p, 0, p.length())) {
        n += s.size();
      }
    }
    return n;
  }

  /** Heap in use after a full collection. */
  public static long heapUsed() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
