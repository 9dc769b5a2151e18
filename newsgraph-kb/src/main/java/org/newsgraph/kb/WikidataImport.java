package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Turns a Wikidata JSON dump ({@code .json}, {@code .json.gz} or {@code .json.bz2}: an array with
 * one entity a line, as Wikimedia publishes it) into a knowledge-base file. Keeps people,
 * organisations, countries and places that have an English or German label, with their labels,
 * aliases, Wikipedia titles, country (P17, P27), capital (P36) and positions held (P39, with P580
 * start and P582 end). One entity is in memory at a time, so memory stays flat on a dump of any
 * size.
 */
public final class WikidataImport {
  /** Classes (P31 values) kept, and the recognition type and kind their instances get. */
  static final Map<String, Kept> CLASSES =
      Map.ofEntries(
          Map.entry("Q5", new Kept(EntityType.PERSON, "person")), // human
          Map.entry("Q6256", new Kept(EntityType.LOCATION, "country")), // country
          Map.entry("Q3624078", new Kept(EntityType.LOCATION, "country")), // sovereign state
          Map.entry("Q515", new Kept(EntityType.LOCATION, "city")), // city
          Map.entry("Q43229", new Kept(EntityType.ORGANIZATION, "organisation")), // organization
          Map.entry("Q484652", new Kept(EntityType.ORGANIZATION, "igo")), // international organization
          Map.entry("Q4830453", new Kept(EntityType.ORGANIZATION, "organisation")), // business
          Map.entry("Q11032", new Kept(EntityType.ORGANIZATION, "outlet")), // newspaper
          Map.entry("Q192283", new Kept(EntityType.ORGANIZATION, "outlet")), // news agency
          Map.entry("Q1616075", new Kept(EntityType.ORGANIZATION, "outlet"))); // television station

  record Kept(EntityType type, String kind) {}

  /** What an import did. */
  public record Counts(long read, long kept) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private WikidataImport() {}

  /** Reads the dump at {@code dump} and writes the kept entities to {@code out}. */
  public static Counts run(Path dump, Writer out) throws IOException {
    try (InputStream in = open(dump)) {
      return run(in, out);
    }
  }

  static InputStream open(Path dump) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(dump), 1 << 16);
    String name = dump.getFileName().toString();
    if (name.endsWith(".gz")) {
      return new GZIPInputStream(raw, 1 << 16);
    }
    if (name.endsWith(".bz2")) {
      // Wikimedia's bz2 dumps are written in parallel as concatenated streams.
      return new BZip2CompressorInputStream(raw, true);
    }
    return raw;
  }

  public static Counts run(InputStream in, Writer out) throws IOException {
    KbFile.writeHeader(out);
    long read = 0;
    long kept = 0;
    try (JsonParser p = new JsonFactory().setCodec(JSON).createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          continue; // the enclosing [ ] and nothing else
        }
        JsonNode entity = p.readValueAsTree();
        read++;
        KbEntry e = entry(entity);
        if (e != null) {
          KbFile.write(out, e);
          kept++;
        }
      }
    }
    out.flush();
    return new Counts(read, kept);
  }

  static KbEntry entry(JsonNode entity) {
    String id = entity.path("id").asText();
    if (!WikidataId.isItem(id)) {
      return null;
    }
    Kept kept = null;
    for (String cls : itemValues(entity, "P31")) {
      Kept k = CLASSES.get(cls);
      if (k != null && (kept == null || k.kind().equals("country") || k.kind().equals("igo"))) {
        kept = k;
      }
    }
    List<String> en = names(entity, "en");
    List<String> de = names(entity, "de");
    if (kept == null || (en.isEmpty() && de.isEmpty())) {
      return null;
    }
    List<String> countries = itemValues(entity, kept.type() == EntityType.PERSON ? "P27" : "P17");
    List<String> capitals = itemValues(entity, "P36");
    return new KbEntry(
        id,
        kept.type(),
        kept.kind(),
        "",
        countries.isEmpty() ? "" : countries.get(0),
        en,
        de,
        List.of(),
        List.of(),
        sitelink(entity, "enwiki"),
        sitelink(entity, "dewiki"),
        capitals.isEmpty() ? "" : capitals.get(0),
        positions(entity),
        "https://www.wikidata.org/wiki/" + id);
  }

  private static List<String> names(JsonNode entity, String lang) {
    Set<String> names = new LinkedHashSet<>();
    String label = entity.path("labels").path(lang).path("value").asText("");
    if (!label.isBlank()) {
      names.add(clean(label));
    }
    for (JsonNode a : entity.path("aliases").path(lang)) {
      String v = a.path("value").asText("");
      if (!v.isBlank()) {
        names.add(clean(v));
      }
    }
    return new ArrayList<>(names);
  }

  /** The separator of the knowledge-base format must not appear inside a value. */
  private static String clean(String s) {
    return s.replace('|', '/').strip();
  }

  private static String sitelink(JsonNode entity, String site) {
    return clean(entity.path("sitelinks").path(site).path("title").asText(""));
  }

  private static List<String> itemValues(JsonNode entity, String property) {
    List<String> ids = new ArrayList<>();
    for (JsonNode claim : entity.path("claims").path(property)) {
      String v = itemId(claim.path("mainsnak"));
      if (v != null && !claim.path("rank").asText().equals("deprecated")) {
        ids.add(v);
      }
    }
    return ids;
  }

  private static String itemId(JsonNode snak) {
    JsonNode value = snak.path("datavalue").path("value");
    String id = value.path("id").asText(null);
    if (id == null && value.has("numeric-id")) {
      id = "Q" + value.path("numeric-id").asText();
    }
    return WikidataId.isItem(id) ? id : null;
  }

  private static List<Office> positions(JsonNode entity) {
    List<Office> offices = new ArrayList<>();
    for (JsonNode claim : entity.path("claims").path("P39")) {
      String position = itemId(claim.path("mainsnak"));
      if (position == null) {
        continue;
      }
      JsonNode q = claim.path("qualifiers");
      // Wikidata states no last-listed day; the position's id stands for its title
      offices.add(new Office(position, "", time(q.path("P580")), time(q.path("P582")), null, null));
    }
    return offices;
  }

  /** A date qualifier, as Wikidata writes it: "+2012-05-07T00:00:00Z", precision may be a year. */
  private static LocalDate time(JsonNode qualifiers) {
    for (JsonNode snak : qualifiers) {
      String t = snak.path("datavalue").path("value").path("time").asText("");
      if (t.length() >= 11 && (t.charAt(0) == '+')) {
        String ymd = t.substring(1, 11).replace("-00", "-01");
        try {
          return LocalDate.parse(ymd);
        } catch (RuntimeException e) {
          return null; // a date Java cannot hold (years beyond 9999) is no office date
        }
      }
    }
    return null;
  }
}
