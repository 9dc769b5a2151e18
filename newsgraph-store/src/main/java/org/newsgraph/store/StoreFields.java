package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.store.events.StoredEvent;

/**
 * What the store indexes of a newsgraph/1 document. Entities, actors and events are read where the
 * JSON has them (fields that later stages add); their exact shape is read leniently:
 *
 * <ul>
 *   <li>entity ids: {@code entities[].id}, {@code .wikidata}, {@code .qid} or {@code .kb}, when it
 *       looks like a Wikidata id ({@code Q123});
 *   <li>actor codes: {@code events[].source|target|actor1|actor2} (a code string, or an object
 *       with {@code code}), and {@code actors[].code};
 *   <li>event codes: {@code events[].code}, {@code .cameo} or {@code .eventCode}.
 * </ul>
 *
 * Actor and event codes come only from asserted events (see {@link
 * org.newsgraph.store.events.StoredEvent#asserted}): a denied or hypothetical attack is no attack.
 */
final class StoreFields {
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private StoreFields() {}

  static String text(JsonNode doc, String field) {
    JsonNode v = doc.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String outlet(JsonNode doc) {
    JsonNode credit = doc.get("credit");
    return credit == null ? null : text(credit, "outlet");
  }

  static Set<String> agencies(JsonNode doc) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode credit = doc.get("credit");
    if (credit != null && credit.get("agencies") != null) {
      credit.get("agencies").forEach(a -> addNonBlank(out, a.asText()));
    }
    return out;
  }

  /** Days since 1970-01-01 of {@code published}, or null when it has no date. */
  static Long epochDay(JsonNode doc) {
    return epochDay(text(doc, "published"));
  }

  static Long epochDay(String published) {
    if (published == null || !DAY.matcher(published).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Set<String> entities(JsonNode doc) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode entities = doc.get("entities");
    if (entities != null && entities.isArray()) {
      for (JsonNode e : entities) {
        for (String f : new String[] {"id", "wikidata", "qid", "kb"}) {
          String v = text(e, f);
          if (v != null) {
            String q = v.substring(v.lastIndexOf('/') + 1);
            if (QID.matcher(q).matches()) {
              out.add(q);
              break;
            }
          }
        }
      }
    }
    return out;
  }

  static Set<String> actors(JsonNode doc) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode events = doc.get("events");
    if (events != null && events.isArray()) {
      for (JsonNode e : events) {
        if (!StoredEvent.asserted(e)) {
          continue;
        }
        for (String f : new String[] {"source", "target", "actor1", "actor2"}) {
          JsonNode a = e.get(f);
          if (a == null || a.isNull()) {
            continue;
          }
          addCode(out, a.isObject() ? text(a, "code") : a.asText());
        }
      }
    }
    JsonNode actors = doc.get("actors");
    if (actors != null && actors.isArray()) {
      actors.forEach(a -> addCode(out, a.isObject() ? text(a, "code") : a.asText()));
    }
    return out;
  }

  static Set<String> events(JsonNode doc) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode events = doc.get("events");
    if (events != null && events.isArray()) {
      for (JsonNode e : events) {
        if (!StoredEvent.asserted(e)) {
          continue;
        }
        for (String f : new String[] {"code", "cameo", "eventCode"}) {
          String v = text(e, f);
          if (v != null && !v.isBlank()) {
            out.add(v.strip());
            break;
          }
        }
      }
    }
    return out;
  }

  private static void addCode(Set<String> out, String code) {
    if (code != null && !code.isBlank()) {
      out.add(code.strip().toUpperCase(Locale.ROOT));
    }
  }

  private static void addNonBlank(Set<String> out, String v) {
    if (v != null && !v.isBlank()) {
      out.add(v.strip());
    }
  }

  /** The analysis suffix of a language: en, de, or xx (standard analysis) for the others. */
  static String analysis(String language) {
    return "en".equals(language) ? "en" : "de".equals(language) ? "de" : "xx";
  }
}
