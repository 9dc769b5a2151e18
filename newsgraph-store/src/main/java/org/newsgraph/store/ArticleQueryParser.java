package org.newsgraph.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic query syntax over the store's fields. {@code title:} and {@code body:} (and
 * bare words, which search both, the title weighing double) expand to the English, German and
 * standard analysed variants of the field; {@code id, lang, outlet, entity, actor, event, agency,
 * url} are exact keywords; {@code date:2016}, {@code date:2016-03}, {@code date:2016-03-01} and
 * {@code date:[2016-01-01 TO 2016-06-30]} select by publication date.
 */
final class ArticleQueryParser extends QueryParser {
  static final String ALL = "text";
  static final List<String> SUFFIXES = List.of("en", "de", "xx");
  static final Set<String> KEYWORDS = Set.of("id", "lang", "outlet", "entity", "actor", "event", "agency", "url");

  ArticleQueryParser(Analyzer analyzer) {
    super(ALL, analyzer);
    setDefaultOperator(AND_OPERATOR);
    setAllowLeadingWildcard(false);
  }

  @FunctionalInterface
  private interface Build {
    Query on(String field) throws ParseException;
  }

  private Query expand(String field, Build build) throws ParseException {
    List<String> bases =
        switch (field) {
          case ALL -> List.of("title", "body");
          case "title", "body" -> List.of(field);
          default -> null;
        };
    if (bases == null) {
      return build.on(field);
    }
    List<Query> parts = new ArrayList<>();
    for (String base : bases) {
      for (String suffix : SUFFIXES) {
        Query q = build.on(base + "." + suffix);
        if (q != null) {
          parts.add(base.equals("title") && field.equals(ALL) ? new BoostQuery(q, 2f) : q);
        }
      }
    }
    return parts.isEmpty() ? null : new DisjunctionMaxQuery(parts, 0.1f);
  }

  static String keyword(String field, String value) {
    return switch (field) {
      case "lang", "outlet", "url", "id" -> value.toLowerCase(Locale.ROOT);
      case "actor" -> value.toUpperCase(Locale.ROOT);
      default -> value;
    };
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (KEYWORDS.contains(field)) {
      return new TermQuery(new Term(field, keyword(field, queryText)));
    }
    if (field.equals("date")) {
      return dateQuery(queryText, queryText);
    }
    return expand(field, f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (KEYWORDS.contains(field) || field.equals("date")) {
      return getFieldQuery(field, queryText, true);
    }
    return expand(field, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (field.equals("date")) {
      return dateQuery(part1, part2);
    }
    return expand(field, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return expand(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getRegexpQuery(f, termStr));
  }

  private Query dateQuery(String from, String to) throws ParseException {
    Long lo = from == null || from.equals("*") ? Long.MIN_VALUE : bound(from, true);
    Long hi = to == null || to.equals("*") ? Long.MAX_VALUE : bound(to, false);
    return lo > hi ? new MatchNoDocsQuery() : LongPoint.newRangeQuery(LuceneArticleStore.DAY, lo, hi);
  }

  /** The first (or last) day of a year, month or day written as 2016, 2016-03 or 2016-03-01. */
  static long bound(String s, boolean first) throws ParseException {
    try {
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return (first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31)).toEpochDay();
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(s);
        return (first ? m.atDay(1) : m.atEndOfMonth()).toEpochDay();
      }
      return LocalDate.parse(s).toEpochDay();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new ParseException("not a date: " + s + " (write 2016, 2016-03 or 2016-03-01)");
    }
  }
}
