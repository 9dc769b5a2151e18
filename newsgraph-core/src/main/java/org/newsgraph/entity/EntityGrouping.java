package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Stage;

/**
 * Stage: gathers the mentions of one entity within the article ("Putin", "Vladimir Putin",
 * "Putin's"; "Lukjanow", "Fjodor Lukjanow", "Lukjanows"; "IAEA", "International Atomic Energy
 * Agency"), names each entity by its fullest form and scores its salience. Rules, in order:
 *
 * <ol>
 *   <li>the same name, ignoring case, a possessive ('s), a leading article and a title (Mr, Dr,
 *       Frau), is one entity
 *       whatever types the recognizer gave its mentions;
 *   <li>in German, a name and its genitive in -s are one entity (Putin, Putins);
 *   <li>a person's surname or first names alone belong to the full name they end or start ("Putin"
 *       to "Vladimir Putin"); a single word tagged as something else that is the surname of a
 *       person named in full joins that person (taggers often take a lone surname for an
 *       organisation); where two people share it, the nearer full name before it wins;
 *   <li>an acronym belongs to the organisation or place whose initials it spells ("EU", "European
 *       Union"), and a company's name to the same name with a legal suffix ("Siemens", "Siemens AG").
 * </ol>
 *
 * <p>The entity's type is the majority type of the mentions of its fullest form. Salience (0..1)
 * weighs how often the entity is mentioned relative to the most mentioned one (half), how early it
 * first appears (a fifth), and whether the headline (a fifth) and the lead (a tenth) mention it.
 * Entities come out most salient first, with ids e1, e2, ...
 */
public final class EntityGrouping implements Stage {
  private static final Set<String> ARTICLES =
      Set.of("the", "der", "die", "das", "den", "dem", "des");
  /** Titles before a name that taggers sometimes include ("Mr Coats"); the name is the rest. */
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "herr", "frau");
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "for", "and", "on", "in", "at", "to", "&", "de", "du", "des", "la", "le", "für", "der", "die",
          "das", "und", "von", "zur", "zum", "vom", "im", "am");
  private static final Set<String> LEGAL_SUFFIXES =
      Set.of("inc", "corp", "corporation", "co", "ltd", "plc", "ag", "gmbh", "se", "sa", "s.a", "nv", "llc", "kg", "kgaa");

  @Override
  public Article apply(Article article) {
    if (article.entities() == null) {
      return article;
    }
    boolean german = "de".equals(article.language());
    List<Mention> mentions = new ArrayList<>();
    article.entities().forEach(e -> mentions.addAll(e.mentions()));
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    List<Group> groups = group(article.text(), dedupe(mentions), german);
    return article.toBuilder().entities(entities(article, groups, german)).build();
  }

  // ---- grouping

  /** The mentions of one entity, with their normalised forms. */
  private static final class Group {
    final List<Mention> mentions = new ArrayList<>();
    final List<Form> forms = new ArrayList<>();
    Group merged; // set when this group was merged into another
    private Form fullest; // cached until the group changes
    private EntityType type;

    void add(Mention m, Form f) {
      mentions.add(m);
      forms.add(f);
      fullest = null;
      type = null;
    }

    void absorb(Group other) {
      mentions.addAll(other.mentions);
      forms.addAll(other.forms);
      other.mentions.clear();
      other.forms.clear();
      other.merged = this;
      fullest = null;
      type = null;
    }

    int first() {
      return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }

    /** The fullest form: most words, then most characters, then not in capitals, then the most frequent, then the first. */
    Form fullest() {
      if (fullest == null) {
        fullest = computeFullest();
      }
      return fullest;
    }

    private Form computeFullest() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      forms.forEach(f -> counts.merge(f.text(), 1, Integer::sum));
      return forms.stream()
          .max(Comparator.<Form>comparingInt(f -> f.words().size())
              .thenComparingInt(f -> f.text().length())
              .thenComparing(f -> !f.allCaps())
              .thenComparingInt(f -> counts.get(f.text())))
          .orElseThrow();
    }

    EntityType type() {
      if (type == null) {
        type = computeType();
      }
      return type;
    }

    private EntityType computeType() {
      Form full = fullest();
      Map<EntityType, Integer> ofFull = new EnumMap<>(EntityType.class);
      Map<EntityType, Integer> all = new EnumMap<>(EntityType.class);
      for (int i = 0; i < mentions.size(); i++) {
        EntityType t = mentions.get(i).type();
        all.merge(t, 1, Integer::sum);
        if (forms.get(i).key().equals(full.key())) {
          ofFull.merge(t, 1, Integer::sum);
        }
      }
      return ofFull.entrySet().stream()
          .max(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparingInt(e -> all.get(e.getKey())))
          .map(Map.Entry::getKey)
          .orElseThrow();
    }

    boolean hasType(EntityType t) {
      return type() == t;
    }
  }

  /** A mention's name normalised: words without a leading article or title, or a trailing possessive. */
  record Form(List<String> words, String text, String key) {
    static Form of(String mention) {
      List<String> words = new ArrayList<>(List.of(mention.strip().split("\\s+")));
      while (words.size() > 1
          && (ARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))
              || HONORIFICS.contains(words.get(0).toLowerCase(Locale.ROOT)))) {
        words.remove(0);
      }
      int last = words.size() - 1;
      String w = words.get(last);
      for (String possessive : List.of("'s", "’s", "'", "’")) {
        if (w.length() > possessive.length() + 1 && w.endsWith(possessive)) {
          w = w.substring(0, w.length() - possessive.length());
          break;
        }
      }
      words.set(last, w);
      String text = String.join(" ", words);
      return new Form(List.copyOf(words), text, text.toLowerCase(Locale.ROOT));
    }

    boolean allCaps() {
      return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
    }

    /** The letters of a single-word acronym ("U.S." gives "US"), or null if this is none. */
    String acronym() {
      if (words.size() != 1) {
        return null;
      }
      String letters = text.replace(".", "");
      if (letters.length() < 2 || letters.length() > 6) {
        return null;
      }
      for (int i = 0; i < letters.length(); i++) {
        if (!Character.isUpperCase(letters.charAt(i))) {
          return null;
        }
      }
      return letters;
    }

    /** The initials of a form of two words or more, lower case: of all its words, and of its content words. */
    List<String> initials() {
      if (words.size() < 2) {
        return List.of();
      }
      StringBuilder all = new StringBuilder();
      StringBuilder content = new StringBuilder();
      for (String w : words) {
        char c = Character.toLowerCase(w.charAt(0));
        all.append(c);
        if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          content.append(c);
        }
      }
      return all.toString().equals(content.toString()) ? List.of(all.toString()) : List.of(all.toString(), content.toString());
    }
  }

  private static List<Mention> dedupe(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).span().equals(m.span())) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Group> group(String text, List<Mention> mentions, boolean german) {
    // 1. the same name
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Form f = Form.of(m.span().of(text));
      byKey.computeIfAbsent(f.key(), k -> new Group()).add(m, f);
    }
    List<Group> groups = new ArrayList<>(byKey.values());
    // 2. German genitive: Putins -> Putin, Russlands -> Russland
    if (german) {
      for (Group g : groups) {
        String key = g.forms.get(0).key();
        if (key.endsWith("s") && key.length() > 3) {
          Group stem = byKey.get(key.substring(0, key.length() - 1));
          if (stem != null && stem.merged == null && stem != g) {
            stem.absorb(g);
          }
        }
      }
      groups.removeIf(g -> g.merged != null);
    }
    // 3. people: surname or first names alone to the full name
    Map<String, Set<Group>> personsByPart = new HashMap<>(); // "p:" proper prefixes, "s:" proper suffixes of forms
    for (Group h : groups) {
      if (h.hasType(EntityType.PERSON)) {
        for (Form f : h.forms) {
          List<String> w = f.words();
          for (int k = 1; k < w.size(); k++) {
            index(personsByPart, "p:" + lower(String.join(" ", w.subList(0, k))), h);
            String suffix = lower(String.join(" ", w.subList(w.size() - k, w.size())));
            index(personsByPart, "s:" + suffix, h);
            if (german && suffix.endsWith("s")) {
              index(personsByPart, "s:" + suffix.substring(0, suffix.length() - 1), h);
            }
          }
        }
      }
    }
    List<Group> byLength = new ArrayList<>(groups);
    byLength.sort(Comparator.comparingInt(g -> g.fullest().words().size()));
    for (Group g : byLength) {
      if (g.merged != null) {
        continue;
      }
      Form short_ = g.fullest();
      boolean person = g.hasType(EntityType.PERSON);
      if (!person && short_.words().size() != 1) {
        continue;
      }
      List<Group> candidates = new ArrayList<>(personsByPart.getOrDefault("s:" + short_.key(), Set.of()));
      if (person) {
        candidates.addAll(personsByPart.getOrDefault("p:" + short_.key(), Set.of()));
      }
      if (german) {
        candidates.addAll(personsByPart.getOrDefault("s:" + short_.key() + "s", Set.of()));
        if (short_.key().endsWith("s")) {
          candidates.addAll(personsByPart.getOrDefault("s:" + short_.key().substring(0, short_.key().length() - 1), Set.of()));
        }
      }
      Group target = nearestBefore(g, candidates, h -> {
        for (Form full : h.forms) {
          if (full.words().size() > short_.words().size()
              && (endsWith(full.words(), short_.words(), german) || (person && startsWith(full.words(), short_.words())))) {
            return true;
          }
        }
        return false;
      });
      if (target != null) {
        target.absorb(g);
      }
    }
    groups.removeIf(g -> g.merged != null);
    // 4. acronyms and legal suffixes of organisations and places
    Map<String, Set<Group>> byInitialsOrStem = new HashMap<>();
    for (Group h : groups) {
      if (h.hasType(EntityType.PERSON)) {
        continue;
      }
      for (Form f : h.forms) {
        for (String initials : f.initials()) {
          index(byInitialsOrStem, "initials:" + initials, h);
        }
        if (f.words().size() > 1 && LEGAL_SUFFIXES.contains(stripDot(f.words().get(f.words().size() - 1)))) {
          index(byInitialsOrStem, "stem:" + lower(String.join(" ", f.words().subList(0, f.words().size() - 1))), h);
        }
      }
    }
    for (Group g : groups) {
      if (g.merged != null || g.hasType(EntityType.PERSON)) {
        continue;
      }
      Form short_ = g.fullest();
      String acronym = short_.acronym();
      List<Group> candidates = new ArrayList<>(byInitialsOrStem.getOrDefault("stem:" + short_.key(), Set.of()));
      if (acronym != null) {
        candidates.addAll(byInitialsOrStem.getOrDefault("initials:" + lower(acronym), Set.of()));
      }
      Group target = nearestBefore(g, candidates, h -> !h.hasType(EntityType.PERSON));
      if (target != null) {
        target.absorb(g);
      }
    }
    groups.removeIf(g -> g.merged != null);
    return groups;
  }

  private static void index(Map<String, Set<Group>> index, String key, Group g) {
    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(g);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String stripDot(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** Of the live candidates that fit, the one mentioned last before {@code g}, else the first after it. */
  private static Group nearestBefore(Group g, java.util.Collection<Group> groups, java.util.function.Predicate<Group> fits) {
    int at = g.first();
    Group before = null;
    int beforeAt = -1;
    Group after = null;
    int afterAt = Integer.MAX_VALUE;
    for (Group candidate : groups) {
      Group h = candidate;
      while (h.merged != null) {
        h = h.merged;
      }
      if (h == g || h.mentions.isEmpty() || !fits.test(h)) {
        continue;
      }
      for (Mention m : h.mentions) {
        if (m.start() < at && m.start() > beforeAt) {
          before = h;
          beforeAt = m.start();
        } else if (m.start() >= at && m.start() < afterAt) {
          after = h;
          afterAt = m.start();
        }
      }
    }
    return before != null ? before : after;
  }

  private static boolean startsWith(List<String> full, List<String> part) {
    for (int i = 0; i < part.size(); i++) {
      if (!full.get(i).equalsIgnoreCase(part.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(List<String> full, List<String> part, boolean german) {
    int offset = full.size() - part.size();
    for (int i = 0; i < part.size(); i++) {
      if (!sameWord(full.get(offset + i), part.get(i), german && i == part.size() - 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameWord(String a, String b, boolean genitive) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    return genitive && b.length() > 3 && (a.equalsIgnoreCase(b + "s") || b.equalsIgnoreCase(a + "s"));
  }

  // ---- names, salience, ids

  private static List<Entity> entities(Article article, List<Group> groups, boolean german) {
    int textStart = 0;
    int textEnd = article.text().length();
    List<Segment> own =
        article.segments().stream().filter(s -> EntityRecognition.KINDS.contains(s.kind()) && !s.offTopic()).toList();
    if (!own.isEmpty()) {
      textStart = own.get(0).start();
      textEnd = own.get(own.size() - 1).end();
    }
    int most = groups.stream().mapToInt(g -> g.mentions.size()).max().orElse(1);
    record Scored(Group group, double salience) {}
    List<Scored> scored = new ArrayList<>();
    for (Group g : groups) {
      double count = (double) g.mentions.size() / most;
      double position = 1 - Math.max(0, Math.min(1, (double) (g.first() - textStart) / Math.max(1, textEnd - textStart)));
      boolean headline = within(g, article, SegmentKind.HEADLINE) || within(g, article, SegmentKind.SUBTITLE);
      boolean lead = within(g, article, SegmentKind.LEAD);
      double salience = 0.5 * count + 0.2 * position + (headline ? 0.2 : 0) + (lead ? 0.1 : 0);
      scored.add(new Scored(g, Math.round(salience * 1000) / 1000.0));
    }
    scored.sort(Comparator.comparingDouble(Scored::salience).reversed().thenComparingInt(s -> s.group().first()));
    List<Entity> out = new ArrayList<>(scored.size());
    for (Scored s : scored) {
      Group g = s.group();
      out.add(new Entity("e" + (out.size() + 1), name(g, german), g.type(), null, null, s.salience(), g.mentions));
    }
    return out;
  }

  private static boolean within(Group g, Article article, SegmentKind kind) {
    for (Segment s : article.segments(kind)) {
      for (Mention m : g.mentions) {
        if (m.start() >= s.start() && m.end() <= s.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The fullest form, its last word without a German genitive -s where another form has the stem. */
  private static String name(Group g, boolean german) {
    Form full = g.fullest();
    if (!german) {
      return full.text();
    }
    List<String> words = new ArrayList<>(full.words());
    String last = words.get(words.size() - 1);
    if (last.endsWith("s") && last.length() > 3) {
      String stem = last.substring(0, last.length() - 1);
      Map<String, Boolean> lastWords = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      g.forms.forEach(f -> lastWords.put(f.words().get(f.words().size() - 1), true));
      if (lastWords.containsKey(stem)) {
        words.set(words.size() - 1, stem);
      }
    }
    return String.join(" ", words);
  }
}
