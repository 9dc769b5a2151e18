package org.newsgraph.relevance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;

/**
 * A model of what an article is about, built once per article, that scores any text (a segment of
 * the article, a candidate fact) for how well it belongs. Three signals, mixed into one score:
 *
 * <ul>
 *   <li>meaning: the sentence embedding of the text against those of the article's own paragraphs
 *       (headline, subtitle, lead, body, subheadings): the cosines with their centroid, with the three
 *       closest, and with the headline and lead; all embeddings with what every news text of the
 *       language shares ({@link NeutralText}) taken away;
 *   <li>actors: the article's entities, weighted by salience, that the text names (by the names the
 *       article uses for them, or, for a fact, by Wikidata id). Names carry across languages where
 *       the English-trained embedding does not;
 *   <li>events: pairs of entities that act on each other in the article (from {@code events[]})
 *       weigh most; without events, entities that share a sentence stand in for them.
 * </ul>
 */
public final class ArticleTopic {
  /** Weight of the actors signal against the meaning signal. */
  static final double ACTOR_WEIGHT = 0.25;
  /** Characters of the article's own text, and of the rest, that are embedded. */
  static final int BUDGET = 60_000;
  /** How many of the closest paragraphs the meaning signal averages. */
  static final int CLOSEST = 3;
  /** Cosines below this are noise between unrelated texts of the embedding model. */
  static final double COSINE_FLOOR = 0.05;

  private static final Pattern WORD_EDGE = Pattern.compile("[\\p{L}\\p{N}]");

  private final Article article;
  private final TextEmbedder embedder;
  /** Embeddings of the article's own text units, and the units' segment indices. */
  private final List<float[]> own = new ArrayList<>();
  private final List<Integer> ownSegment = new ArrayList<>();
  private final float[] sum;
  /** The headline and lead (segment indices), and the sum of their embeddings. */
  private final Set<Integer> front = new HashSet<>();
  private final float[] frontSum;
  /** Weight of each entity (by id), and the names the article calls it by. */
  private final Map<String, Double> weight = new HashMap<>();
  private final Map<String, Set<String>> names = new HashMap<>();
  /** Wikidata id to entity id. */
  private final Map<String, String> byKb = new HashMap<>();
  /** Entity pairs that act on each other ("e1|e2", ordered). */
  private final Set<String> pairs = new HashSet<>();
  /** Embeddings of all segments, in order, shifted away from the language's neutral text. */
  private final List<float[]> segmentVectors;
  private final float[] neutral;

  private ArticleTopic(Article article, TextEmbedder embedder, List<float[]> segmentVectors) {
    this.article = article;
    this.embedder = embedder;
    this.neutral = NeutralText.of(embedder, article.language());
    this.segmentVectors = new ArrayList<>(segmentVectors.size());
    for (float[] v : segmentVectors) {
      this.segmentVectors.add(v == null ? null : shift(v));
    }
    List<Segment> segments = article.segments();
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).kind().isOwnText() && this.segmentVectors.get(i) != null) {
        ownSegment.add(i);
        own.add(this.segmentVectors.get(i));
      }
    }
    this.sum = own.isEmpty() ? null : new float[own.get(0).length];
    for (float[] v : own) {
      for (int d = 0; d < v.length; d++) {
        sum[d] += v[d];
      }
    }
    this.frontSum = sum == null ? null : new float[sum.length];
    for (int k = 0; k < own.size(); k++) {
      SegmentKind kind = segments.get(ownSegment.get(k)).kind();
      if (kind == SegmentKind.HEADLINE || kind == SegmentKind.LEAD) {
        front.add(ownSegment.get(k));
        for (int d = 0; d < frontSum.length; d++) {
          frontSum[d] += own.get(k)[d];
        }
      }
    }
    readEntities();
  }

  /**
   * The model of the article, its segments embedded in one batch: the article's own text up to
   * {@link #BUDGET} characters, and as much again of the rest, so that a huge input costs no more
   * than a long article. Segments beyond the budget are not {@linkplain #covers covered}.
   */
  public static ArticleTopic of(Article article, TextEmbedder embedder) {
    List<Segment> segments = article.segments();
    List<Integer> chosen = new ArrayList<>();
    int own = 0;
    int other = 0;
    for (int i = 0; i < segments.size(); i++) {
      int length = segments.get(i).span().length();
      if (segments.get(i).kind().isOwnText() ? (own += length) <= BUDGET : (other += length) <= BUDGET) {
        chosen.add(i);
      }
    }
    List<String> texts = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      texts.add(article.textOf(segments.get(i)));
    }
    List<float[]> embedded = embedder.embed(texts);
    List<float[]> vectors = new ArrayList<>(java.util.Collections.nCopies(segments.size(), (float[]) null));
    for (int k = 0; k < chosen.size(); k++) {
      vectors.set(chosen.get(k), embedded.get(k));
    }
    return new ArticleTopic(article, embedder, vectors);
  }

  /** Whether segment {@code index} is within the budget, and so can be scored. */
  public boolean covers(int index) {
    return segmentVectors.get(index) != null;
  }

  /** How well the article's segment {@code index} belongs to the rest of the article, 0..1. */
  public double scoreSegment(int index) {
    Segment segment = article.segments().get(index);
    int self = ownSegment.indexOf(index);
    double meaning = meaning(segmentVectors.get(index), self);
    return mix(meaning, actors(article.textOf(segment), Set.of(), self >= 0 ? segment : null));
  }

  /**
   * How well a text that is not in the article (a candidate fact) fits it.
   *
   * @param meaning the meaning signal alone, 0..1: how close the text's embedding is to the article's
   * @param score meaning and actors mixed, 0..1, as segments are scored
   */
  public record Fit(double meaning, double score) {}

  /**
   * How well texts that are not in the article (candidate facts) fit it, embedded in one batch;
   * {@code about[i]} are the Wikidata ids text {@code i} is about.
   */
  public Fit[] fit(List<String> texts, List<? extends Collection<String>> about) {
    List<float[]> vectors = embedder.embed(texts);
    Fit[] fits = new Fit[texts.size()];
    for (int i = 0; i < fits.length; i++) {
      double meaning = meaning(shift(vectors.get(i)), -1);
      fits[i] = new Fit(Math.round(meaning * 1000) / 1000.0, mix(meaning, actors(texts.get(i), about.get(i), null)));
    }
    return fits;
  }

  /** The vector less the neutral text's, at unit length. */
  private float[] shift(float[] v) {
    float[] s = new float[v.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      s[i] = v[i] - neutral[i];
      norm += s[i] * s[i];
    }
    for (int i = 0; i < s.length && norm > 0; i++) {
      s[i] /= (float) Math.sqrt(norm);
    }
    return s;
  }

  /**
   * The mean of three cosines, {@code self} left out: with the centroid of the article's own
   * paragraphs (what the whole article is about), with the mean of the three closest paragraphs (a
   * turn of the story is not lost in the average, and one paragraph that happens to be close is not
   * enough), and with the centroid of the headline and lead (what the article says it is about).
   * On the tuning draw ({@code eval offtopic --seed 7}) this mean separates appended paragraphs
   * better than the centroid and the closest paragraph did.
   */
  private double meaning(float[] v, int self) {
    if (sum == null || (self >= 0 && own.size() == 1)) {
      return 0;
    }
    double centroid = cosineWithSum(v, sum, self >= 0 ? own.get(self) : null);
    double[] closest = new double[Math.min(CLOSEST, own.size() - (self >= 0 ? 1 : 0))];
    Arrays.fill(closest, -1);
    for (int i = 0; i < own.size(); i++) {
      if (i != self) {
        double c = TextEmbedder.cosine(v, own.get(i));
        for (int k = 0; k < closest.length; k++) {
          if (c > closest[k]) {
            System.arraycopy(closest, k, closest, k + 1, closest.length - k - 1);
            closest[k] = c;
            break;
          }
        }
      }
    }
    double near = 0;
    for (double c : closest) {
      near += c / closest.length;
    }
    boolean selfInFront = self >= 0 && front.contains(ownSegment.get(self));
    double announced = front.size() - (selfInFront ? 1 : 0) > 0
        ? cosineWithSum(v, frontSum, selfInFront ? own.get(self) : null)
        : centroid;
    double mean = (centroid + near + announced) / 3;
    return Math.max(0, (mean - COSINE_FLOOR) / (1 - COSINE_FLOOR));
  }

  /** The cosine of {@code v} with the direction of {@code sum} less {@code minus} (when not null). */
  private static double cosineWithSum(float[] v, float[] sum, float[] minus) {
    double dot = 0;
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      double c = sum[d] - (minus == null ? 0 : minus[d]);
      dot += v[d] * c;
      norm += c * c;
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  /**
   * The weight of the article's entities that the text names or is about, as a share of the weight
   * of all of them; a pair that acts on each other in the article doubles the share. A segment of
   * the article does not count its own mentions.
   */
  private double actors(String text, Collection<String> about, Segment self) {
    if (weight.isEmpty()) {
      return 0;
    }
    Set<String> named = new HashSet<>();
    for (String kb : about) {
      String id = byKb.get(kb);
      if (id != null) {
        named.add(id);
      }
    }
    for (Map.Entry<String, Set<String>> e : names.entrySet()) {
      if (!named.contains(e.getKey()) && namesAny(text, e.getValue()) && elsewhere(e.getKey(), self)) {
        named.add(e.getKey());
      }
    }
    double total = 0;
    double hit = 0;
    for (Map.Entry<String, Double> e : weight.entrySet()) {
      total += e.getValue();
      if (named.contains(e.getKey())) {
        hit += e.getValue();
      }
    }
    double share = hit / total;
    for (String a : named) {
      for (String b : named) {
        if (pairs.contains(a + "|" + b)) {
          return Math.min(1, 2 * share);
        }
      }
    }
    return Math.min(1, share);
  }

  /** Whether the entity is mentioned outside {@code self}. */
  private boolean elsewhere(String id, Segment self) {
    if (self == null) {
      return true;
    }
    for (Entity e : article.entities()) {
      if (e.id().equals(id)) {
        for (Mention m : e.mentions()) {
          if (m.start() < self.start() || m.start() >= self.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static double mix(double meaning, double actors) {
    return Math.round(Math.min(1, (1 - ACTOR_WEIGHT) * meaning + ACTOR_WEIGHT * actors) * 1000) / 1000.0;
  }

  private void readEntities() {
    List<Entity> entities = article.entities() == null ? List.of() : article.entities();
    for (Entity e : entities) {
      weight.put(e.id(), e.salience());
      Set<String> ns = new HashSet<>();
      for (Mention m : e.mentions()) {
        String n = article.textOf(m.span()).strip();
        if (n.length() >= 3) {
          ns.add(n);
        }
      }
      names.put(e.id(), ns);
      if (e.kb() != null) {
        byKb.put(e.kb(), e.id());
      }
    }
    if (article.events() != null && !article.events().isEmpty()) {
      for (Event ev : article.events()) {
        if (ev.sourceEntity() != null && ev.targetEntity() != null) {
          pairs.add(ev.sourceEntity() + "|" + ev.targetEntity());
          pairs.add(ev.targetEntity() + "|" + ev.sourceEntity());
        }
      }
    } else {
      coMentioned(entities);
    }
  }

  /** Without events: entities named in the same paragraph of the article's own text. */
  private void coMentioned(List<Entity> entities) {
    for (Segment s : article.segments()) {
      if (!s.kind().isOwnText()) {
        continue;
      }
      List<String> in = new ArrayList<>();
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          if (m.start() >= s.start() && m.end() <= s.end()) {
            in.add(e.id());
            break;
          }
        }
      }
      for (String a : in) {
        for (String b : in) {
          if (!a.equals(b)) {
            pairs.add(a + "|" + b);
          }
        }
      }
    }
  }

  /** Whether the text contains one of the names as a whole word. */
  static boolean namesAny(String text, Set<String> names) {
    for (String n : names) {
      int from = 0;
      for (int i; (i = text.indexOf(n, from)) >= 0; from = i + 1) {
        boolean before = i == 0 || !WORD_EDGE.matcher(text.substring(i - 1, i)).matches();
        int end = i + n.length();
        boolean after = end >= text.length() || !WORD_EDGE.matcher(text.substring(end, end + 1)).matches();
        if (before && after) {
          return true;
        }
      }
    }
    return false;
  }
}
