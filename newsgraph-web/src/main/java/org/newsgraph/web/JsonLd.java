package org.newsgraph.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened: top-level arrays, {@code @graph}
 * arrays and a web page's {@code mainEntity} are opened. Scripts that do not parse (pages write
 * raw line breaks in strings, trailing commas, comments) are read leniently or skipped.
 */
final class JsonLd {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();

  /** schema.org types of a news article or something written like one. */
  static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
          "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
          "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle",
          "Report", "Review", "CreativeWork");

  private JsonLd() {}

  /** Every object found, in the page's order. */
  static List<JsonNode> objects(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      if (json.startsWith("<!--")) {
        json = json.substring(4).replaceFirst("-->\\s*$", "");
      }
      try {
        collect(MAPPER.readTree(json), objects, 0);
      } catch (Exception e) {
        // a broken script says nothing; the other sources still do
      }
    }
    return objects;
  }

  private static void collect(JsonNode node, List<JsonNode> into, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, into, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    into.add(node);
    collect(node.get("@graph"), into, depth + 1);
    JsonNode main = node.get("mainEntity");
    if (main != null && main.isObject() && main.has("@type")) {
      collect(main, into, depth + 1);
    }
  }

  /** Whether the object's {@code @type} (a string or an array) names one of the types. */
  static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (types.contains(strip(t.asText()))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(strip(type.asText()));
  }

  private static String strip(String type) {
    int slash = type.lastIndexOf('/');
    return slash >= 0 ? type.substring(slash + 1) : type;
  }

  /** A text value: the string itself, or an object's {@code name}, or the first of an array. */
  static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual() || node.isNumber()) {
      String s = node.asText().strip();
      return s.isEmpty() ? null : s;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        String s = text(n);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    return null;
  }

  /** All names of a value that may be a string, an object with a name, or an array of those. */
  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node == null || node.isNull()) {
      return names;
    }
    if (node.isArray()) {
      node.forEach(n -> names.addAll(names(n)));
    } else if (node.isObject()) {
      String name = text(node.get("name"));
      if (name != null) {
        names.add(name);
      }
    } else if (node.isTextual()) {
      names.add(node.asText().strip());
    }
    return names;
  }
}
