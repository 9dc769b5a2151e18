package org.newsgraph.web;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about it: whether it is hidden, whether it holds
 * page furniture (navigation, sharing, related links, comments, adverts, captions) or the
 * article. Class names are split into words ("article-body", "relatedLinks", "share_bar"), so
 * that "related" is found in "story-related" but not in "unrelated" text.
 */
final class ElementHints {
  /** Elements whose content is never article text. */
  static final Set<String> SKIPPED_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
          "video", "audio", "source", "track", "map", "button", "select", "input", "textarea", "option",
          "head", "link", "meta", "dialog", "datalist", "progress", "meter", "frameset", "frame", "nobr");

  /** Elements that hold furniture when they are inside the article. */
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "aside", "footer", "header", "figure", "figcaption", "menu", "form", "fieldset", "legend", "caption", "address");

  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "tablist", "alert");

  /** Words of class names and ids that mark furniture wherever they appear. */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "comment", "comments", "commentlist", "disqus", "sidebar", "widget", "widgets", "related", "relatedlinks",
          "recommended", "recommendations", "recommendation", "recirc", "recirculation", "promo", "promos", "promotion",
          "sponsor", "sponsored", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "banner",
          "social", "share", "sharing", "sharebar", "sharetools", "newsletter", "subscribe", "subscription", "signup",
          "cookie", "cookies", "consent", "gdpr", "footer", "masthead", "navbar", "nav", "navigation", "menu", "breadcrumb",
          "breadcrumbs", "pagination", "pager", "popup", "modal", "overlay", "outbrain", "taboola", "zergnet", "trending",
          "mostread", "mostpopular", "mostviewed", "popular", "paywall", "teaser", "teasers", "morestories", "readmore",
          "alsoread", "readnext", "relatedposts", "relatedarticles", "relatedstories", "sharebuttons", "socialshare", "tooltip",
          "popover", "hovercard", "keypoints",
          // German class names
          "kommentar", "kommentare", "anzeige", "anzeigen", "werbung", "teilen", "empfehlung", "empfehlungen",
          "zumthema", "mehrzumthema", "navi", "teaserliste", "leserkommentare");

  /**
   * Words that mark furniture only on an element that does not also call itself the article
   * (WordPress gives a post's element classes such as "tag-review" and "author-jane").
   */
  private static final Set<String> WEAK_FURNITURE_WORDS =
      Set.of(
          "adv", "shares", "tags", "tag", "taglist", "keywords", "topics", "bio", "byline", "bylines",
          "timestamp", "caption", "credit", "credits", "figcaption", "gallery", "slideshow", "carousel", "toolbar", "print",
          "rating", "skip", "sronly", "jump", "toc", "author", "authors", "login", "readmore", "moreon",
          "morefrom", "alsoread", "rail", "survey", "poll", "reactions", "donate", "donation", "metered", "meta",
          "metadata", "postmeta", "entrymeta", "articlemeta", "infobox", "factbox", "follow", "hidden", "hide",
          "offscreen", "screenreader", "autor", "autoren", "bildunterschrift", "bildnachweis", "quelle", "infokasten",
          "zurperson", "schlagworte");

  /** Words of class names and ids that mark the article's text. */
  private static final Set<String> ARTICLE_WORDS =
      Set.of("article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody", "text", "prose", "richtext", "blog", "column", "hentry");

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private ElementHints() {}

  /** Skipped outright: scripts, forms controls, hidden elements. */
  static boolean isSkipped(Element e) {
    String tag = e.normalName();
    if (SKIPPED_TAGS.contains(tag)) {
      return true;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    String cls = e.className();
    if (!cls.isEmpty()) {
      String c = cls.toLowerCase(Locale.ROOT);
      if (c.contains("sr-only") || c.contains("visually-hidden") || c.contains("screen-reader") || c.contains("visuallyhidden")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element, by its tag, role, class or id, holds furniture rather than article text. */
  static boolean isFurniture(Element e) {
    if (FURNITURE_TAGS.contains(e.normalName())) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String cls = e.className();
    String id = e.id();
    if (furnitureName(cls, FURNITURE_WORDS) || furnitureName(id, FURNITURE_WORDS)) {
      return true;
    }
    if (e.normalName().equals("article")) {
      return false;
    }
    return weakFurniture(cls, id) || weakFurniture(id, cls);
  }

  /** Whether the element says it holds the article: itemprop articleBody, role main, or its class. */
  static boolean isArticle(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || e.attr("role").equalsIgnoreCase("main")) {
      return true;
    }
    return articleName(e.className()) || articleName(e.id());
  }

  /**
   * A class attribute or id marks furniture when one of its names has a furniture word, unless
   * that name is a state ("has-sidebar", "with-comments", "no-ads") or a layout helper ("hidden-xs").
   */
  static boolean furnitureName(String attr, Set<String> furnitureWords) {
    if (attr.isEmpty()) {
      return false;
    }
    for (String name : SPACES.split(attr)) {
      if (name.isEmpty()) {
        continue;
      }
      String[] words = words(name);
      if (words.length == 0 || isModifier(words) || isEmbed(words)) {
        continue;
      }
      for (int i = 0; i < words.length; i++) {
        if (furnitureWords.contains(words[i])) {
          return true;
        }
        if (i > 0 && furnitureWords.contains(words[i - 1] + words[i])) {
          return true; // "most-popular", "read-more", "share-bar"
        }
      }
    }
    return false;
  }

  /**
   * A weak furniture word in one of the names of {@code attr}, and no article word in the other
   * names or in {@code other}: "post tag-review" is a post, "caption-text" a caption.
   */
  private static boolean weakFurniture(String attr, String other) {
    if (attr.isEmpty()) {
      return false;
    }
    String[] names = SPACES.split(attr);
    for (int i = 0; i < names.length; i++) {
      if (!furnitureName(names[i], WEAK_FURNITURE_WORDS)) {
        continue;
      }
      boolean article = articleName(other);
      for (int j = 0; j < names.length && !article; j++) {
        article = j != i && articleName(names[j]);
      }
      if (!article) {
        return true;
      }
    }
    return false;
  }

  static boolean articleName(String attr) {
    if (attr.isEmpty()) {
      return false;
    }
    for (String name : SPACES.split(attr)) {
      for (String w : words(name)) {
        if (ARTICLE_WORDS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An embedded post (a tweet, an Instagram post) is part of the article, whatever wraps it. */
  private static boolean isEmbed(String[] words) {
    boolean embed = false;
    boolean post = false;
    for (String w : words) {
      embed |= w.equals("embed") || w.equals("embedded");
      post |= w.equals("social") || w.equals("twitter") || w.equals("instagram") || w.equals("facebook") || w.equals("tiktok") || w.equals("youtube");
      if (w.equals("tweet")) {
        return true;
      }
    }
    return embed && post;
  }

  private static boolean isModifier(String[] words) {
    String first = words[0];
    if (first.equals("has") || first.equals("with") || first.equals("no") || first.equals("is") || first.equals("show")) {
      return true;
    }
    // Bootstrap-style responsive helpers: hidden-xs, hidden-print, visible-lg
    return (first.equals("hidden") || first.equals("visible") || first.equals("hide")) && words.length == 2;
  }

  /** "storyBody__inner-text" becomes story, body, inner, text (lower case). */
  static String[] words(String name) {
    java.util.List<String> words = new java.util.ArrayList<>(4);
    StringBuilder word = new StringBuilder(16);
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev) && word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      prev = c;
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words.toArray(new String[0]);
  }
}
