package org.newsgraph.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups articles into stories. In order of publication (then id), each article that has no story
 * yet:
 *
 * <ol>
 *   <li>is a <b>near-copy</b> ({@code duplicateOf}) of the earliest earlier article whose MinHash
 *       signature estimates a Jaccard similarity of at least {@link Options#copyJaccard} or a
 *       containment of at least {@link Options#copyContainment}, within {@link
 *       Options#copyWindowDays}; it joins that article's story;
 *   <li>else, if it has a date, it joins the story of the most similar earlier article published within {@link
 *       Options#windowDays} days ({@link TextSimilarity}, mixed with the overlap of linked
 *       entities where both articles have them), if that similarity reaches {@link
 *       Options#threshold};
 *   <li>else it starts a story of its own, whose id is its own id.
 * </ol>
 *
 * Articles that already have a story keep it: a later ingest only places the new articles. An
 * article without a date can be a copy of any article, but joins no story as a rewrite.
 */
public final class StoryGrouper {
  public record Options(double copyJaccard, double copyContainment, int copyWindowDays, int windowDays, double threshold) {
    public static final Options DEFAULT = new Options(0.5, 0.85, 30, 3, 0.4);
  }

  /** An article as the grouper sees it. {@code epochDay} may be null; {@code story} is null when not yet placed. */
  public record Item(
      String id, Long epochDay, TextFeatures features, MinHash.Signature signature, Set<String> entities,
      String story, String duplicateOf) {
    public Item {
      Objects.requireNonNull(id);
      entities = entities == null ? Set.of() : entities;
    }
  }

  /** Where an article goes. */
  public record Assignment(String id, String story, String duplicateOf, double similarity) {}

  private final Options options;

  public StoryGrouper(Options options) {
    this.options = options;
  }

  /** Places every item without a story; returns their assignments in order. */
  public List<Assignment> group(List<Item> items) {
    DocumentFrequencies df = new DocumentFrequencies();
    items.forEach(i -> df.add(i.features()));
    TextSimilarity similarity = new TextSimilarity(df);
    Map<String, TextSimilarity.Prepared> prepared = new HashMap<>();
    items.forEach(i -> prepared.put(i.id(), similarity.prepare(i.features())));
    List<Item> ordered = new ArrayList<>(items);
    ordered.sort(
        Comparator.comparing((Item i) -> i.epochDay() == null ? Long.MIN_VALUE : i.epochDay())
            .thenComparing(Item::id));
    Map<String, String> story = new HashMap<>();
    Map<String, String> copyOf = new HashMap<>();
    Map<Long, List<Item>> buckets = new HashMap<>();
    java.util.TreeMap<Long, List<Item>> placed = new java.util.TreeMap<>();
    List<Assignment> out = new ArrayList<>();
    for (Item item : ordered) {
      if (item.story() != null) {
        story.put(item.id(), item.story());
        if (item.duplicateOf() != null) {
          copyOf.put(item.id(), item.duplicateOf());
        }
      }
    }
    // Placed articles first, so that new ones can join them whatever their dates.
    for (Item item : ordered) {
      if (item.story() != null) {
        index(item, buckets);
        place(item, placed);
      }
    }
    for (Item item : ordered) {
      if (item.story() != null) {
        continue;
      }
      Item original = nearestCopy(item, buckets);
      if (original != null) {
        String root = copyOf.getOrDefault(original.id(), original.id());
        copyOf.put(item.id(), root);
        String s = story.get(original.id());
        story.put(item.id(), s);
        out.add(new Assignment(item.id(), s, root, 1.0));
      } else {
        Item best = null;
        double bestSim = 0;
        // an undated article is only checked for copies: a rewrite needs a date to be near in time
        for (Item other : item.epochDay() == null ? List.<Item>of() : window(item, placed, options.windowDays())) {
          double sim = combined(similarity.similarity(prepared.get(item.id()), prepared.get(other.id())), item, other);
          if (sim > bestSim) {
            bestSim = sim;
            best = other;
          }
        }
        String s = best != null && bestSim >= options.threshold() ? story.get(best.id()) : item.id();
        story.put(item.id(), s);
        out.add(new Assignment(item.id(), s, null, bestSim));
      }
      index(item, buckets);
      place(item, placed);
    }
    return out;
  }

  private static final long UNDATED = Long.MIN_VALUE;

  private static void place(Item item, java.util.TreeMap<Long, List<Item>> placed) {
    placed.computeIfAbsent(item.epochDay() == null ? UNDATED : item.epochDay(), k -> new ArrayList<>()).add(item);
  }

  /** The dated placed items within the window of a dated item's date. */
  private static List<Item> window(Item item, java.util.TreeMap<Long, List<Item>> placed, int days) {
    List<Item> out = new ArrayList<>();
    placed.subMap(item.epochDay() - days, true, item.epochDay() + days, true).values().forEach(out::addAll);
    return out;
  }

  private Item nearestCopy(Item item, Map<Long, List<Item>> buckets) {
    if (item.signature() == null || item.signature().shingles() == 0) {
      return null;
    }
    Set<String> seen = new HashSet<>();
    Item best = null;
    for (long band : item.signature().bands()) {
      for (Item other : buckets.getOrDefault(band, List.of())) {
        if (!seen.add(other.id()) || !withinDays(item, other, options.copyWindowDays())) {
          continue;
        }
        MinHash.Signature a = item.signature();
        MinHash.Signature b = other.signature();
        boolean copy =
            a.jaccard(b) >= options.copyJaccard()
                || (Math.min(a.shingles(), b.shingles()) >= 20 && a.containment(b) >= options.copyContainment());
        if (copy && (best == null || earlier(other, best))) {
          best = other;
        }
      }
    }
    return best;
  }

  private static boolean earlier(Item a, Item b) {
    long da = a.epochDay() == null ? Long.MIN_VALUE : a.epochDay();
    long db = b.epochDay() == null ? Long.MIN_VALUE : b.epochDay();
    return da != db ? da < db : a.id().compareTo(b.id()) < 0;
  }

  private static void index(Item item, Map<Long, List<Item>> buckets) {
    if (item.signature() != null && item.signature().shingles() > 0) {
      for (long band : item.signature().bands()) {
        buckets.computeIfAbsent(band, k -> new ArrayList<>()).add(item);
      }
    }
  }

  private static boolean withinDays(Item a, Item b, int days) {
    return a.epochDay() == null || b.epochDay() == null || Math.abs(a.epochDay() - b.epochDay()) <= days;
  }

  /** Text similarity, mixed 70/30 with the Jaccard overlap of linked entities where both have some. */
  static double combined(double text, Item a, Item b) {
    if (a.entities().isEmpty() || b.entities().isEmpty()) {
      return text;
    }
    Set<String> union = new HashSet<>(a.entities());
    union.addAll(b.entities());
    long shared = a.entities().stream().filter(b.entities()::contains).count();
    return 0.7 * text + 0.3 * shared / union.size();
  }

  /** Stories and their sizes, largest first, for reports. */
  public static Map<String, Integer> sizes(List<Assignment> assignments) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    assignments.forEach(a -> sizes.merge(a.story(), 1, Integer::sum));
    return sizes;
  }
}
