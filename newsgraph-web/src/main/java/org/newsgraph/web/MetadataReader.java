package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads {@link PageMetadata} from a page, each field from the first source that has it: the
 * article's JSON-LD object, then Open Graph and {@code article:*} properties, then other {@code
 * meta} tags (Dublin Core, Parse.ly, Sailthru, citation), then the visible page (the byline, a
 * {@code time} element, the {@code lang} attribute, the {@code title}).
 */
final class MetadataReader {
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•:-]\\s+");
  private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");

  private MetadataReader() {}

  private static final Authors AUTHORS = new Authors();
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DATE_NAME = Pattern.compile("(?i).*(?:pub|post|creat|releas|issue).*date.*|.*date.*(?:pub|post|creat).*");

  static PageMetadata read(Document page) {
    Meta meta = new Meta(page);
    JsonNode article = null;
    String ldSite = null;
    for (JsonNode node : JsonLd.objects(page)) {
      if (article == null && JsonLd.hasType(node, JsonLd.ARTICLE_TYPES) && (node.has("headline") || node.has("articleBody"))) {
        article = node;
      }
      if (ldSite == null && JsonLd.hasType(node, java.util.Set.of("WebSite", "NewsMediaOrganization", "Organization"))) {
        ldSite = JsonLd.text(node.get("name"));
      }
    }
    String siteName = siteName(first(
        meta.property("og:site_name"),
        article == null ? null : JsonLd.text(article.get("publisher")),
        ldSite,
        meta.name("application-name"),
        meta.name("publisher"),
        meta.name("dc.publisher")));
    String title = title(first(
        article == null ? null : JsonLd.text(article.get("headline")),
        meta.property("og:title"),
        meta.name("twitter:title"),
        meta.name("title"),
        meta.name("dc.title"),
        headline(page)), siteName, page);
    List<String> rawAuthors = new ArrayList<>();
    if (article != null) {
      addAuthors(rawAuthors, personNames(article.get("author")));
      if (rawAuthors.isEmpty()) {
        addAuthors(rawAuthors, personNames(article.get("creator")));
      }
    }
    for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author")) {
      if (!rawAuthors.isEmpty()) {
        break;
      }
      addAuthors(rawAuthors, meta.all(key));
    }
    if (rawAuthors.isEmpty()) {
      addAuthors(rawAuthors, visibleByline(page));
    }
    Authors.Names names = AUTHORS.clean(rawAuthors, siteName);
    String published = published(page, meta, article);
    String language = language(first(
        article == null ? null : JsonLd.text(article.get("inLanguage")),
        page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
        meta.httpEquiv("content-language"),
        meta.name("language"),
        meta.name("dc.language"),
        meta.property("og:locale")));
    Element canonical = page.selectFirst("link[rel~=(?i)^canonical$][href]");
    String url = first(
        canonical == null ? null : canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"),
        meta.property("og:url"),
        article == null ? null : JsonLd.text(article.get("url")),
        article == null ? null : mainEntityId(article));
    String description = first(
        article == null ? null : JsonLd.text(article.get("description")),
        meta.property("og:description"),
        meta.name("description"));
    String body = article == null ? null : JsonLd.text(article.get("articleBody"));
    return new PageMetadata(
        title, names.authors(), names.agencies(), published, siteName, language, blankToNull(url), clean(description), body);
  }

  private static String published(Document page, Meta meta, JsonNode article) {
    List<String> candidates = new ArrayList<>();
    if (article != null) {
      candidates.add(JsonLd.text(article.get("datePublished")));
      candidates.add(JsonLd.text(article.get("dateCreated")));
    }
    for (String key : List.of(
        "article:published_time", "og:published_time", "article.published", "pubdate", "publishdate", "publish-date",
        "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued",
        "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date")) {
      candidates.add(meta.property(key));
    }
    candidates.add(meta.itemprop("datePublished"));
    candidates.add(meta.anyName(DATE_NAME));
    candidates.add(timeElement(page));
    for (String c : candidates) {
      String iso = Dates.iso(c);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** The outlet's name as such: "Autoracing | F1 | Indy" is Autoracing, "@politifact" PolitiFact. */
  private static String siteName(String raw) {
    String s = clean(raw);
    if (s == null) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(s);
    String name = parts[0].strip();
    if (name.startsWith("@") && name.length() > 1) {
      name = name.substring(1);
    }
    return name.isEmpty() ? null : name;
  }

  /**
   * The headline without the outlet's name that titles add ("... | TheHill", "... - IGN"); the
   * page's own first-level heading where the title is that heading plus such an addition.
   */
  static String title(String raw, String siteName, Document page) {
    String t = clean(raw);
    if (t == null) {
      return null;
    }
    String key = BlockClassifier.normal(t);
    for (Element h1 : page.select("h1")) {
      String h = clean(h1.text());
      if (h != null && h.length() >= 8 && h.length() < t.length() && key.startsWith(BlockClassifier.normal(h))) {
        return h;
      }
    }
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length > 1 && siteName != null) {
      String site = BlockClassifier.normal(siteName);
      String last = BlockClassifier.normal(parts[parts.length - 1]);
      if (!site.isEmpty() && (site.contains(last) || last.contains(site))) {
        int cut = t.length() - parts[parts.length - 1].length();
        String head = t.substring(0, cut).replaceFirst("\\s+[|–—·•:-]\\s*$", "").strip();
        if (!head.isEmpty()) {
          return head;
        }
      }
    }
    return t;
  }

  private static String mainEntityId(JsonNode article) {
    JsonNode main = article.get("mainEntityOfPage");
    if (main == null) {
      return null;
    }
    return main.isObject() ? JsonLd.text(main.get("@id")) : JsonLd.text(main);
  }

  /** Names of persons; organisations are the outlet or an agency, not an author. */
  private static List<String> personNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node == null) {
      return names;
    }
    if (node.isArray()) {
      node.forEach(n -> names.addAll(personNames(n)));
    } else if (node.isObject()) {
      if (!JsonLd.hasType(node, java.util.Set.of("Organization", "NewsMediaOrganization", "Corporation"))) {
        names.addAll(JsonLd.names(node));
      }
    } else {
      names.addAll(JsonLd.names(node));
    }
    return names;
  }

  private static void addAuthors(List<String> authors, List<String> values) {
    for (String value : values) {
      if (value != null && !value.isBlank() && !value.contains("://")) {
        authors.add(clean(value));
      }
    }
  }

  private static List<String> visibleByline(Document page) {
    List<String> names = new ArrayList<>();
    for (Element e : page.select("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author]")) {
      String text = e.hasAttr("content") ? e.attr("content") : e.text();
      if (!text.isBlank()) {
        names.add(text);
        return names;
      }
    }
    for (Element e : page.getAllElements()) {
      String cls = e.className();
      if (cls.isEmpty() || !(cls.contains("byline") || cls.contains("author"))) {
        continue; // the cheap test first
      }
      for (String w : ElementHints.words(cls)) {
        if (w.equals("byline") || w.equals("author") || w.equals("authors")) {
          String text = e.text().strip();
          if (!text.isEmpty() && text.length() < 100) {
            names.add(text);
            return names;
          }
        }
      }
    }
    return names;
  }

  private static String timeElement(Document page) {
    Element time = page.selectFirst("article time[datetime], time[datetime][pubdate], time[datetime]");
    return time == null ? null : time.attr("datetime");
  }

  private static String headline(Document page) {
    Element h1 = page.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text();
    }
    return page.title().isBlank() ? null : page.title();
  }

  static String language(String value) {
    if (value == null) {
      return null;
    }
    var m = LANGUAGE.matcher(value.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s; // pages escape twice
    t = SPACES.matcher(t.replace('\u00a0', ' ')).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The page's {@code meta} tags by name, property, itemprop and http-equiv, keys lower-cased. */
  private static final class Meta {
    private final Map<String, List<String>> byName = new LinkedHashMap<>();
    private final Map<String, List<String>> byProperty = new LinkedHashMap<>();
    private final Map<String, List<String>> byItemprop = new LinkedHashMap<>();
    private final Map<String, List<String>> byHttpEquiv = new LinkedHashMap<>();

    Meta(Document page) {
      Elements metas = page.select("meta[content]");
      for (Element m : metas) {
        String content = m.attr("content");
        put(byName, m.attr("name"), content);
        put(byProperty, m.attr("property"), content);
        put(byItemprop, m.attr("itemprop"), content);
        put(byHttpEquiv, m.attr("http-equiv"), content);
      }
      for (Element e : page.select("[itemprop=datePublished]:not(meta)")) {
        put(byItemprop, "datepublished", e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
      }
    }

    private static void put(Map<String, List<String>> map, String key, String value) {
      if (!key.isEmpty() && !value.isBlank()) {
        map.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value.strip());
      }
    }

    String name(String key) {
      List<String> v = byName.get(key);
      if (v == null) {
        v = byProperty.get(key);
      }
      return v == null ? null : v.get(0);
    }

    String property(String key) {
      List<String> v = byProperty.get(key);
      if (v == null) {
        v = byName.get(key);
      }
      return v == null ? null : v.get(0);
    }

    String itemprop(String key) {
      List<String> v = byItemprop.get(key.toLowerCase(Locale.ROOT));
      return v == null ? null : v.get(0);
    }

    String httpEquiv(String key) {
      List<String> v = byHttpEquiv.get(key);
      return v == null ? null : v.get(0);
    }

    /** The first value of a meta tag whose name matches. */
    String anyName(Pattern pattern) {
      for (Map.Entry<String, List<String>> e : byName.entrySet()) {
        if (pattern.matcher(e.getKey()).matches()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    List<String> all(String key) {
      List<String> out = new ArrayList<>(byName.getOrDefault(key, List.of()));
      out.addAll(byProperty.getOrDefault(key, List.of()));
      return out;
    }
  }
}
