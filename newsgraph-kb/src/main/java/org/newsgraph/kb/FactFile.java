package org.newsgraph.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.enrich.KnownFact;

/**
 * Reads {@code facts.tsv}: statements between states and organisations (memberships, treaties,
 * wars, ruptures, what an organisation is), one a line, each with the public page it was checked
 * against. Memberships get their sentence from the row; the others carry their own.
 */
final class FactFile {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  /** Words an article uses to state each relation, lower case. */
  static final Map<String, List<String>> CUES =
      Map.ofEntries(
          Map.entry("member_of", List.of("member", "joined", "ally", "allies", "mitglied", "beigetreten", "verbündet")),
          Map.entry("permanent_member_of", List.of("permanent member", "veto", "ständiges mitglied", "vetomacht")),
          Map.entry("treaty", List.of("treaty", "pact", "charter", "alliance", "vertrag", "pakt", "charta", "bündnis")),
          Map.entry("agreement", List.of("deal", "initiative", "agreement", "summit", "abkommen", "initiative", "gipfel")),
          Map.entry("war", List.of("invasion", "invaded", "war ", "krieg", "einmarsch", "angriff")),
          Map.entry("annexation", List.of("annex", "crimea", "krim")),
          Map.entry("intervention", List.of("interven", "air strike", "airstrike", "air campaign", "luftangriff", "militäreinsatz")),
          Map.entry("sanctions", List.of("sanction", "sanktion")),
          Map.entry("rupture", List.of("diplomatic", "ties", "beziehungen")),
          Map.entry("withdrawal", List.of("withdr", "pulled out", "abzug", "abgezogen", "ausstieg", "ausgestiegen")),
          Map.entry("describes", List.of()));

  private FactFile() {}

  /** The statements of the file; {@code name} names it in errors. */
  static List<KnownFact> read(BufferedReader in, String name) throws IOException {
    List<KnownFact> facts = new ArrayList<>();
    Map<String, Integer> col = null;
    int lineNo = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (col == null) {
        col = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
          col.put(cells[i], i);
        }
        continue;
      }
      try {
        facts.add(fact(cells, col));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return facts;
  }

  private static KnownFact fact(String[] c, Map<String, Integer> col) {
    String subject = cell(c, col, "subject");
    String relation = cell(c, col, "relation");
    String object = cell(c, col, "object");
    String start = cell(c, col, "start");
    String end = cell(c, col, "end");
    if (!WikidataId.isItem(subject) || (!object.isEmpty() && !WikidataId.isItem(object))) {
      throw new IllegalArgumentException("not a Wikidata item id: " + subject + " / " + object);
    }
    List<String> cues = CUES.get(relation);
    if (cues == null) {
      throw new IllegalArgumentException("unknown relation " + relation);
    }
    List<String> about = new ArrayList<>(List.of(subject));
    if (!object.isEmpty()) {
      about.add(object);
    }
    for (String also : cell(c, col, "also").split("\\s+")) {
      if (!also.isEmpty()) {
        about.add(also);
      }
    }
    String text = cell(c, col, "text");
    if (text.isEmpty()) {
      text = sentence(relation, cell(c, col, "subject_label"), cell(c, col, "object_label"), start, end,
          "yes".equals(cell(c, col, "mutual_defence")));
    }
    String asOf = cell(c, col, "asOf");
    return new KnownFact(text, about, url(cell(c, col, "source")), asOf.isEmpty() ? null : asOf, relation,
        startDate(start), endDate(end), cues);
  }

  private static String sentence(String relation, String s, String o, String start, String end, boolean mutualDefence) {
    if (relation.equals("permanent_member_of")) {
      return s + " is a permanent member of the " + o + ", with a veto over its resolutions.";
    }
    if (!relation.equals("member_of")) {
      throw new IllegalArgumentException(relation + " needs its text");
    }
    String defence = mutualDefence ? "; its members are bound to defend each other" : "";
    if (!end.isEmpty()) {
      return s + " was a member of " + o + " from " + words(start) + " to " + words(end) + ".";
    }
    return s + (start.isEmpty() ? " is a member of " + o : " has been a member of " + o + " since " + words(start)) + defence + ".";
  }

  /** A date as a reader writes it: "19 June 2024", "January 2016", "1949". */
  static String words(String date) {
    return switch (date.length()) {
      case 10 -> LocalDate.parse(date).format(DAY);
      case 7 -> YearMonth.parse(date).format(MONTH);
      default -> date;
    };
  }

  static LocalDate startDate(String date) {
    return switch (date.length()) {
      case 0 -> null;
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> YearMonth.parse(date).atDay(1);
      default -> LocalDate.parse(date);
    };
  }

  static LocalDate endDate(String date) {
    return switch (date.length()) {
      case 0 -> null;
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }

  /** The first URL of a source note. */
  static String url(String source) {
    int space = source.indexOf(' ');
    String first = space < 0 ? source : source.substring(0, space);
    if (!first.startsWith("http")) {
      throw new IllegalArgumentException("source is not a URL: " + source);
    }
    return first.endsWith(";") ? first.substring(0, first.length() - 1) : first;
  }

  private static String cell(String[] cells, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no column " + name);
    }
    return i < cells.length ? cells[i].strip() : "";
  }
}
