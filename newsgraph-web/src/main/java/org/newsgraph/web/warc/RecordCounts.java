package org.newsgraph.web.warc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** What became of the records of one archive, for the summary line at its end. */
final class RecordCounts {
  private int records;
  private int articles;
  private int unreadable;
  private int corrupt;
  private final Map<String, Integer> skipped = new LinkedHashMap<>();

  void record() {
    records++;
  }

  void article() {
    articles++;
  }

  /** A record that holds no article, e.g. "request", "non-HTML response". */
  void skipped(String why) {
    skipped.merge(why, 1, Integer::sum);
  }

  /** An HTML response whose payload could not be read as an article (already warned about). */
  void unreadable() {
    unreadable++;
  }

  /** A place where the archive itself is broken (already warned about). */
  void corrupt() {
    corrupt++;
  }

  int records() {
    return records;
  }

  int articles() {
    return articles;
  }

  /** E.g. "7 records: 3 articles; skipped 1 warcinfo, 2 request, 1 non-HTML response; 1 corrupt". */
  String summary() {
    StringBuilder s = new StringBuilder();
    s.append(records).append(records == 1 ? " record: " : " records: ");
    s.append(articles).append(articles == 1 ? " article" : " articles");
    if (!skipped.isEmpty()) {
      StringJoiner j = new StringJoiner(", ", "; skipped ", "");
      skipped.forEach((why, n) -> j.add(n + " " + why));
      s.append(j);
    }
    if (unreadable > 0) {
      s.append("; ").append(unreadable).append(" unreadable");
    }
    if (corrupt > 0) {
      s.append("; ").append(corrupt).append(" corrupt");
    }
    return s.toString();
  }
}
