package org.newsgraph.store.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event as the store reads it from an article's {@code events[]}. The event stage is not part
 * of newsgraph yet; this reads the fields leniently, by the names such a stage is likely to use:
 * actors {@code source|actor1} and {@code target|actor2} (a code, or an object with {@code code}
 * and {@code name}), {@code code|cameo|eventCode}, {@code goldstein|goldsteinScale}, {@code
 * quadClass}, {@code rootEvent|isRootEvent}, and a {@code text|sentence} or a {@code start/end} span.
 * Only events whose {@code factuality} is {@code asserted} (or missing, as in older documents) are
 * read: a negated, hypothetical or reported event must not count in relations or exports.
 */
public record StoredEvent(
    String source, String sourceName, String target, String targetName, String code, Double goldstein,
    Integer quadClass, boolean root, String text) {

  public static List<StoredEvent> of(JsonNode article) {
    List<StoredEvent> out = new ArrayList<>();
    JsonNode events = article.get("events");
    if (events == null || !events.isArray()) {
      return out;
    }
    String fullText = article.path("text").asText("");
    for (JsonNode e : events) {
      if (!asserted(e)) {
        continue;
      }
      JsonNode s = first(e, "source", "actor1");
      JsonNode t = first(e, "target", "actor2");
      JsonNode c = first(e, "code", "cameo", "eventCode");
      if (c == null || c.isNull()) {
        continue;
      }
      JsonNode g = first(e, "goldstein", "goldsteinScale");
      JsonNode q = first(e, "quadClass");
      JsonNode r = first(e, "rootEvent", "isRootEvent");
      String text = null;
      JsonNode tx = first(e, "text", "sentence");
      if (tx != null && tx.isTextual()) {
        text = tx.asText();
      } else if (e.has("start") && e.has("end")) {
        int a = e.get("start").asInt();
        int b = e.get("end").asInt();
        if (a >= 0 && b <= fullText.length() && a <= b) {
          text = fullText.substring(a, b);
        }
      }
      out.add(
          new StoredEvent(
              code(s), name(s), code(t), name(t), c.asText().strip(),
              g != null && g.isNumber() ? g.asDouble() : null, q != null && q.isNumber() ? q.asInt() : null,
              r == null || r.asBoolean(true) || r.asInt(0) == 1, text));
    }
    return out;
  }

  /** Whether an event of {@code events[]} is reported as having happened; no factuality means it is. */
  public static boolean asserted(JsonNode event) {
    JsonNode f = event.get("factuality");
    return f == null || f.isNull() || "asserted".equals(f.asText());
  }

  private static JsonNode first(JsonNode o, String... names) {
    for (String n : names) {
      JsonNode v = o.get(n);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return null;
  }

  private static String code(JsonNode actor) {
    if (actor == null) {
      return null;
    }
    String c = actor.isObject() ? actor.path("code").asText(null) : actor.asText();
    return c == null || c.isBlank() ? null : c.strip().toUpperCase(Locale.ROOT);
  }

  private static String name(JsonNode actor) {
    return actor != null && actor.isObject() ? actor.path("name").asText(null) : null;
  }

  /** Cooperation (quad classes 1, 2; else a positive Goldstein score), conflict (3, 4; negative), or neither. */
  public int tone() {
    if (quadClass != null) {
      return quadClass <= 2 ? 1 : -1;
    }
    if (goldstein != null && goldstein != 0) {
      return goldstein > 0 ? 1 : -1;
    }
    return 0;
  }
}
