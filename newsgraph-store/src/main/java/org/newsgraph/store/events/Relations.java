package org.newsgraph.store.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.store.LuceneArticleStore;

/**
 * How the relation between two actors evolves: per period, the events each way, their mean
 * Goldstein score, the share of cooperation and conflict, and the most frequent events with an
 * article each. An event is counted once per story (the same event reported by copies and
 * rewrites of one story counts once), keyed by story, direction and event code. An actor asked for covers the codes it begins (RUS: RUSGOV, RUSMIL).
 */
public final class Relations {
  public enum Period { day, week, month, year }

  /** One direction in one period. */
  public static final class Way {
    public int events;
    public double goldsteinSum;
    public int goldsteinCount;
    public int cooperation;
    public int conflict;

    public Double meanGoldstein() {
      return goldsteinCount == 0 ? null : goldsteinSum / goldsteinCount;
    }
  }

  /** An event code with its count and one article that reports it. */
  public record Top(String direction, String code, int count, String articleId, String title) {}

  public static final class Row {
    public final String period;
    public final Way ab = new Way();
    public final Way ba = new Way();
    public final Map<String, Top> top = new LinkedHashMap<>();

    Row(String period) {
      this.period = period;
    }

    public double cooperationShare() {
      int c = ab.cooperation + ba.cooperation;
      int k = ab.conflict + ba.conflict;
      return c + k == 0 ? Double.NaN : c / (double) (c + k);
    }

    public List<Top> topEvents(int n) {
      return top.values().stream().sorted((x, y) -> Integer.compare(y.count(), x.count())).limit(n).toList();
    }
  }

  private Relations() {}

  public static List<Row> compute(LuceneArticleStore store, String a, String b, Period by) throws IOException {
    String actorA = a.toUpperCase(Locale.ROOT);
    String actorB = b.toUpperCase(Locale.ROOT);
    TreeMap<String, Row> rows = new TreeMap<>();
    Set<String> counted = new HashSet<>();
    List<ObjectNode> articles = new ArrayList<>();
    store.forEachMatching("actor:" + actorA + "* AND actor:" + actorB + "*", articles::add);
    for (ObjectNode o : articles) {
      String published = o.path("published").asText("");
      if (!published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        continue;
      }
      String period = period(LocalDate.parse(published.substring(0, 10)), by);
      String story = o.path("story").asText(o.path("id").asText());
      for (StoredEvent e : StoredEvent.of(o)) {
        boolean ab = covers(actorA, e.source()) && covers(actorB, e.target());
        boolean ba = covers(actorB, e.source()) && covers(actorA, e.target());
        if (!ab && !ba) {
          continue;
        }
        String direction = ab ? actorA + "->" + actorB : actorB + "->" + actorA;
        if (!counted.add(story + "|" + direction + "|" + e.code())) {
          continue;
        }
        Row row = rows.computeIfAbsent(period, Row::new);
        Way way = ab ? row.ab : row.ba;
        way.events++;
        if (e.goldstein() != null) {
          way.goldsteinSum += e.goldstein();
          way.goldsteinCount++;
        }
        if (e.tone() > 0) {
          way.cooperation++;
        } else if (e.tone() < 0) {
          way.conflict++;
        }
        String key = direction + " " + e.code();
        Top t = row.top.get(key);
        row.top.put(
            key,
            t == null
                ? new Top(direction, e.code(), 1, o.path("id").asText(), o.path("title").asText(null))
                : new Top(direction, e.code(), t.count() + 1, t.articleId(), t.title()));
      }
    }
    return new ArrayList<>(rows.values());
  }

  /**
   * Whether an actor code falls under the code asked for: CAMEO codes add roles to the country
   * (RUS covers RUSGOV and RUSMIL; RUSGOV only RUSGOV and its sub-roles), as GDELT users count a
   * country's actors together.
   */
  static boolean covers(String asked, String code) {
    return code != null && code.startsWith(asked);
  }

  static String period(LocalDate d, Period by) {
    return switch (by) {
      case day -> d.toString();
      case week -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case month -> d.toString().substring(0, 7);
      case year -> String.valueOf(d.getYear());
    };
  }
}
