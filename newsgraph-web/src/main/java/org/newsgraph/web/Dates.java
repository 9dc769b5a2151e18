package org.newsgraph.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates that pages write into ISO 8601: a date-time with its offset where the page
 * gives one, else a local date-time, else a date. Understands ISO forms (also "+0000" offsets and
 * a space for the "T"), RFC 1123 ("Mon, 18 Nov 2019 15:31:00 GMT"), "November 18, 2019", "18
 * November 2019", German "18. November 2019" and "18.11.2019", and Unix seconds.
 */
final class Dates {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
  private static final Pattern NUMERIC_DMY = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern WORDS_MDY =
      Pattern.compile("\\b(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern WORDS_DMY =
      Pattern.compile("\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final DateTimeFormatter OFFSET =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffsetId()
          .toFormatter(Locale.ROOT);
  private static final Map<String, Integer> MONTHS = months();

  private Dates() {}

  /** The date in ISO 8601, or null when the text holds no date this class understands. */
  static String iso(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return fromIso(m);
    }
    try {
      return ZonedDateTime.parse(s, RFC_1123).toOffsetDateTime().format(OFFSET);
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    if (EPOCH.matcher(s).matches()) {
      long seconds = s.length() == 13 ? Long.parseLong(s) / 1000 : Long.parseLong(s);
      return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), java.time.ZoneOffset.UTC).format(OFFSET);
    }
    m = NUMERIC_DMY.matcher(s);
    if (m.find()) {
      return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
    }
    m = WORDS_MDY.matcher(s);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(m.group(3), month, m.group(2));
      }
    }
    m = WORDS_DMY.matcher(s);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(m.group(3), month, m.group(1));
      }
    }
    return null;
  }

  private static String fromIso(Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return date.toString();
      }
      LocalDateTime time =
          date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String zone = m.group(7);
      if (zone == null) {
        return time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
      if (zone.equals("Z")) {
        return time.atOffset(java.time.ZoneOffset.UTC).format(OFFSET);
      }
      String digits = zone.substring(1).replace(":", "");
      int hours = Integer.parseInt(digits.substring(0, 2));
      int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
      int sign = zone.charAt(0) == '-' ? -1 : 1;
      return time.atOffset(java.time.ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes)).format(OFFSET);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String date(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new java.util.HashMap<>();
    List<List<String>> names =
        List.of(
            List.of("january", "jan", "januar", "jänner", "janvier", "enero"),
            List.of("february", "feb", "februar", "février", "febrero"),
            List.of("march", "mar", "märz", "maerz", "mars", "marzo", "mrz"),
            List.of("april", "apr", "avril", "abril"),
            List.of("may", "mai", "mayo"),
            List.of("june", "jun", "juni", "juin", "junio"),
            List.of("july", "jul", "juli", "juillet", "julio"),
            List.of("august", "aug", "août", "agosto"),
            List.of("september", "sep", "sept", "septembre", "septiembre"),
            List.of("october", "oct", "oktober", "okt", "octobre", "octubre"),
            List.of("november", "nov", "novembre", "noviembre"),
            List.of("december", "dec", "dezember", "dez", "décembre", "diciembre"));
    for (int i = 0; i < names.size(); i++) {
      for (String n : names.get(i)) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
