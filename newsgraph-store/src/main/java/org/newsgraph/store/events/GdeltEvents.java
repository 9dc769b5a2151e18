package org.newsgraph.store.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Events as rows of GDELT 2.0's event table: 61 tab-separated columns, no header, in GDELT's order.
 * Filled where newsgraph knows the value (day, actors, event code and its base and root, quad
 * class, Goldstein score, counts, source URL); the other columns (actor country, type and
 * geography codes, tone) stay empty, as GDELT leaves unknown fields.
 */
public final class GdeltEvents {
  /** GDELT 2.0 event table columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private GdeltEvents() {}

  /** The rows of one article's events; {@code nextId} numbers them (GLOBALEVENTID). */
  public static List<String> rows(JsonNode article, long[] nextId) {
    List<String> out = new ArrayList<>();
    String published = article.path("published").asText("");
    LocalDate day = published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(published.substring(0, 10)) : null;
    for (StoredEvent e : StoredEvent.of(article)) {
      String[] c = new String[COLUMNS.size()];
      Arrays.fill(c, "");
      c[0] = String.valueOf(nextId[0]++);
      if (day != null) {
        String ymd = day.toString().replace("-", "");
        c[1] = ymd;
        c[2] = ymd.substring(0, 6);
        c[3] = ymd.substring(0, 4);
        c[4] = String.format(java.util.Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0);
        c[59] = ymd + "000000";
      }
      c[5] = nz(e.source());
      c[6] = nz(e.sourceName()).toUpperCase(java.util.Locale.ROOT);
      c[15] = nz(e.target());
      c[16] = nz(e.targetName()).toUpperCase(java.util.Locale.ROOT);
      c[25] = e.root() ? "1" : "0";
      String code = e.code();
      c[26] = code;
      c[27] = code.length() >= 3 ? code.substring(0, 3) : code;
      c[28] = code.length() >= 2 ? code.substring(0, 2) : code;
      c[29] = e.quadClass() == null ? "" : String.valueOf(e.quadClass());
      c[30] = e.goldstein() == null ? "" : String.valueOf(e.goldstein());
      c[31] = "1";
      c[32] = "1";
      c[33] = "1";
      c[60] = article.path("url").asText("");
      out.add(String.join("\t", Arrays.stream(c).map(GdeltEvents::clean).toList()));
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
