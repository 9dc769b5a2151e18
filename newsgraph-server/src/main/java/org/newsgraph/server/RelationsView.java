package org.newsgraph.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.newsgraph.store.events.Relations;

/** The relation between two actors as JSON: per period, each way, with the days the period spans. */
final class RelationsView {
  private RelationsView() {}

  static ObjectNode json(String a, String b, Relations.Period by, List<Relations.Row> rows) {
    String ab = a + "->" + b;
    String ba = b + "->" + a;
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("a", a).put("b", b).put("by", by.name()).put("ab", ab).put("ba", ba);
    var array = out.putArray("rows");
    for (Relations.Row r : rows) {
      ObjectNode row = array.addObject();
      LocalDate[] range = range(r.period, by);
      row.put("period", r.period).put("from", range[0].toString()).put("to", range[1].toString());
      way(row.putObject("ab"), r.ab);
      way(row.putObject("ba"), r.ba);
      double share = r.cooperationShare();
      if (Double.isNaN(share)) {
        row.putNull("cooperationShare");
      } else {
        row.put("cooperationShare", share);
      }
      var top = row.putArray("top");
      for (Relations.Top t : r.topEvents(5)) {
        top.addObject().put("direction", t.direction()).put("code", t.code()).put("count", t.count())
            .put("articleId", t.articleId()).put("title", t.title());
      }
    }
    return out;
  }

  private static void way(ObjectNode o, Relations.Way w) {
    o.put("events", w.events).put("cooperation", w.cooperation).put("conflict", w.conflict);
    Double g = w.meanGoldstein();
    if (g == null) {
      o.putNull("goldstein");
    } else {
      o.put("goldstein", Math.round(g * 100) / 100.0);
    }
  }

  /** The first and last day of a period as {@link Relations} names it. */
  static LocalDate[] range(String period, Relations.Period by) {
    return switch (by) {
      case day -> new LocalDate[] {LocalDate.parse(period), LocalDate.parse(period)};
      case week -> {
        String[] p = period.split("-W");
        LocalDate monday =
            LocalDate.of(Integer.parseInt(p[0]), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(p[1]))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new LocalDate[] {monday, monday.plusDays(6)};
      }
      case month -> {
        LocalDate first = LocalDate.parse(period + "-01");
        yield new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
      }
      case year -> {
        int y = Integer.parseInt(period);
        yield new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
    };
  }

  static Relations.Period period(String by) {
    try {
      return Relations.Period.valueOf(by.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "by: day, week, month or year, not " + by);
    }
  }
}
