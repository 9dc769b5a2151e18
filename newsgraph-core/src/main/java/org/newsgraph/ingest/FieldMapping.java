package org.newsgraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which JSON field of a JSON Lines record holds what. The defaults read records such as {@code
 * {"text": ..., "title": ..., "date": ..., "url": ..., "source": ..., "authors": ...}}; {@code
 * source} is the outlet.
 */
public record FieldMapping(String text, String title, String date, String url, String source, String authors) {
  public static final FieldMapping DEFAULT = new FieldMapping("text", "title", "date", "url", "source", "authors");

  /** The names a mapping can set, as {@code --field NAME=JSONFIELD} takes them. */
  public static final String NAMES = "text, title, date, url, source, authors";

  /** This mapping with some names changed, e.g. {@code {"text": "body", "date": "published_at"}}. */
  public FieldMapping with(Map<String, String> changes) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("text", text);
    m.put("title", title);
    m.put("date", date);
    m.put("url", url);
    m.put("source", source);
    m.put("authors", authors);
    for (Map.Entry<String, String> e : changes.entrySet()) {
      if (!m.containsKey(e.getKey())) {
        throw new IllegalArgumentException("unknown field '" + e.getKey() + "' (one of " + NAMES + ")");
      }
      m.put(e.getKey(), e.getValue());
    }
    return new FieldMapping(m.get("text"), m.get("title"), m.get("date"), m.get("url"), m.get("source"), m.get("authors"));
  }
}
