package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Office titles the recognizer does not tag, read as mentions of the person who held the office on
 * the article's date: "the Russian President", "Russia's president", "the President of Russia",
 * "der russische Präsident", "Präsident Russlands", "the UN secretary-general", "Nato-Generalsekretär".
 * A title joins the entity already linked to that person; when the article names the holder nowhere
 * else, it becomes a new entity, linked. A title
 * right before a person's name ("Russian President Vladimir Putin") is left to the name; a state's
 * title whose country or date gives no single holder is left alone. An international
 * organisation's title with no known holder (an undated text, a holder the knowledge base lacks)
 * becomes a person linked to no one whose actor is the organisation's ("the UN secretary-general"
 * {@code IGOUNO}, as CAMEO codes the title): a title alone passes from holder to holder, so without
 * a date it names the office, not a person. The adjective inside a title ("Russian") stops being
 * an entity of its own there.
 */
final class TitleMentions {
  private static final Pattern TITLE =
      Pattern.compile(
          "(?iu)\\b(foreign minister|foreign secretary|top diplomat|chefdiplomat(in)?|prime minister|premier|chancellor|president|supreme leader"
              + "|au(ß|ss)enminister(in)?|ministerpr(ä|ae)sident(in|en)?|regierungschef(in)?|bundeskanzler(in)?"
              + "|kanzler(in)?|staatschef(in)?|(staats|bundes)?pr(ä|ae)sident(in|en)?"
              // heads of international organisations (OfficeTitles): "the UN secretary-general", "UN chief"
              + "|secretary[- ]general|director[- ]general|chief|foreign policy chief|high representative"
              + "|generalsekret(ä|ae)r(in)?|generaldirektor(in)?|chef(in)?|au(ß|ss)enbeauftragte[rn]?"
              + "|kommissionspr(ä|ae)sident(in)?|kommissionschef(in)?|ratspr(ä|ae)sident(in)?)\\b");
  /** A German compound's first part right before the title: "UN-" of "UN-Generalsekretär", "Nato-" of "Nato-Chef". */
  private static final Pattern COMPOUND_BEFORE = Pattern.compile("(\\p{L}+)-$");
  /** A word right before the title, or an abbreviation with its dots: "U.N." of "U.N. Secretary-General". */
  private static final Pattern WORD_BEFORE = Pattern.compile("((?:\\p{L}[\\p{L}\\-]*|(?:\\p{Lu}\\.){2,})(['’]s)?)\\s+$");
  private static final Pattern OF_AFTER =
      Pattern.compile("^\\s+(?:of|von|der|des)\\s+(?:the\\s+)?((?:\\p{Lu}\\.){2,}|\\p{Lu}\\p{L}*)(?:\\s+(\\p{Lu}\\p{L}*))?(?:\\s+(\\p{Lu}\\p{L}*))?");
  private static final Pattern GENITIVE_AFTER = Pattern.compile("^\\s+(\\p{Lu}\\p{L}*s)\\b");
  private static final Pattern NAME_NEXT = Pattern.compile("^\\s+\\p{Lu}");
  /** Words that make a title name someone else than the holder ("vice president", "former chancellor"). */
  private static final Set<String> NOT_THE_HOLDER =
      Set.of("vice", "deputy", "former", "ex", "late", "acting", "interim", "future", "next", "previous", "then",
          "elected", "designate", "vize", "stellvertretende", "stellvertretender", "stellvertretenden", "ehemalige",
          "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren", "designierte", "designierter", "designierten",
          "künftige", "künftiger", "künftigen");
  private static final Set<String> ARTICLES =
      Set.of("the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem");

  private final Linker linker;

  TitleMentions(Linker linker) {
    this.linker = linker;
  }

  Article apply(Article article, ArticleContext context) {
    List<Entity> entities = article.entities();
    if (entities == null) {
      return article;
    }
    String text = article.text();
    Map<String, List<Mention>> byHolder = new LinkedHashMap<>();
    Map<String, String> actorOf = new LinkedHashMap<>();
    // an office whose holder is not known, by its organisation's actor code: its title as first written
    Map<String, List<Mention>> byOrganisation = new LinkedHashMap<>();
    for (Matcher m = TITLE.matcher(text); m.find(); ) {
      Found f = holder(text, m.start(), m.end(), context, entities);
      if (f != null && f.link.id() != null) {
        byHolder.computeIfAbsent(f.link.id(), k -> new ArrayList<>()).add(new Mention(f.start, f.end, EntityType.PERSON));
        actorOf.putIfAbsent(f.link.id(), f.link.actor());
      } else if (f != null) {
        byOrganisation.computeIfAbsent(f.link.actor(), k -> new ArrayList<>()).add(new Mention(f.start, f.end, EntityType.PERSON));
      }
    }
    if (byHolder.isEmpty() && byOrganisation.isEmpty()) {
      return article;
    }
    List<Mention> titles = java.util.stream.Stream.concat(byHolder.values().stream(), byOrganisation.values().stream())
        .flatMap(List::stream).toList();
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      List<Mention> kept = new ArrayList<>();
      for (Mention m : e.mentions()) {
        // "Russian" inside "the Russian President" is part of the title, not a mention of its own.
        if (!(e.type() == EntityType.MISC && titles.stream().anyMatch(t -> inside(m, t)))) {
          kept.add(m);
        }
      }
      List<Mention> added = e.kb() == null ? List.of() : byHolder.remove(e.kb());
      if (added != null) {
        kept.addAll(added);
      }
      if (!kept.isEmpty()) {
        out.add(new Entity(e.id(), e.name(), e.type(), e.kb(), e.actor(), e.salience(), kept));
      }
    }
    int most = out.stream().mapToInt(e -> e.mentions().size()).max().orElse(1);
    for (Map.Entry<String, List<Mention>> h : byHolder.entrySet()) {
      KbEntry entry = linker.entry(h.getKey());
      List<String> names = "de".equals(article.language()) && !entry.namesDe().isEmpty() ? entry.namesDe() : entry.namesEn();
      out.add(added(out, entities.size() + 1, most, text.length(), names.get(0), EntityType.PERSON, entry.id(),
          actorOf.get(h.getKey()), h.getValue()));
    }
    for (Map.Entry<String, List<Mention>> o : byOrganisation.entrySet()) {
      out.add(added(out, entities.size() + 1, most, text.length(), article.textOf(o.getValue().get(0).span()), EntityType.PERSON,
          null, o.getKey(), o.getValue()));
    }
    return article.toBuilder().entities(out).build();
  }

  /**
   * An entity a stage adds beside the recognizer's: the first free id from e{@code from} on (ids of
   * entities a stage dropped are not given again), and a salience
   * from its mentions' count (against the most mentioned entity's) and how early it is first named.
   */
  /**
   * {@code article} with {@code entities} and, for each name of {@code byName}, one more entity of
   * {@code type} with those mentions and the name's actor, without a link: names that no tagger
   * tagged but whose actor the knowledge base gives ("US-Regierung", "die Syrer").
   */
  static Article withNamesAdded(Article article, List<Entity> entities, int from, Map<String, List<Mention>> byName,
      Map<String, String> actorOfName, EntityType type) {
    List<Entity> out = new ArrayList<>(entities);
    int most = out.stream().mapToInt(e -> e.mentions().size()).max().orElse(1);
    for (Map.Entry<String, List<Mention>> c : byName.entrySet()) {
      List<Mention> mentions = c.getValue();
      out.add(added(out, from, most, article.text().length(), article.textOf(mentions.get(0).span()), type, null,
          actorOfName.get(c.getKey()), mentions));
    }
    return article.toBuilder().entities(out).build();
  }

  static Entity added(List<Entity> out, int from, int most, int textLength, String name, EntityType type, String kb,
      String actor, List<Mention> mentions) {
    double first = (double) mentions.get(0).start() / Math.max(1, textLength);
    double salience = Math.min(1, 0.5 * mentions.size() / Math.max(most, mentions.size()) + 0.2 * (1 - first));
    Set<String> ids = out.stream().map(Entity::id).collect(Collectors.toSet());
    int next = from;
    while (ids.contains("e" + next)) {
      next++;
    }
    return new Entity("e" + next, name, type, kb, actor, Math.round(salience * 1000) / 1000.0, mentions);
  }

  private record Found(int start, int end, Link link) {}

  /**
   * The holder a title at [start, end) names, with the span of the words that name him; where no one
   * is known to hold it (an undated text, a holder the knowledge base lacks) and it is an office of an
   * international organisation, the organisation's actor with no id; null otherwise.
   */
  private Found holder(String text, int start, int end, ArticleContext context, List<Entity> entities) {
    String after = text.substring(end, Math.min(text.length(), end + 60));
    String before = text.substring(Math.max(0, start - 12), start).toLowerCase(java.util.Locale.ROOT);
    if (before.matches("(?s).*\\b(vice|ex|vize)-$")) {
      return null;
    }
    if (NAME_NEXT.matcher(after).find() && personStartsAt(entities, text, end)) {
      return null;
    }
    List<int[]> spans = new ArrayList<>();
    // "UN-Generalsekretär", "EU-Außenbeauftragte": the compound names its organisation or country itself
    Matcher compound = COMPOUND_BEFORE.matcher(text.substring(Math.max(0, start - 20), start));
    if (compound.find()) {
      int first = Math.max(0, start - 20) + compound.start(1);
      String part = compound.group(1).toLowerCase(java.util.Locale.ROOT);
      if (NOT_THE_HOLDER.contains(part) || text.substring(Math.max(0, first - 12), first).toLowerCase(java.util.Locale.ROOT)
          .matches("(?s).*\\b(vice|ex|vize)-$")) {
        return null;
      }
      spans.add(new int[] {first, end});
    }
    int from = start;
    List<Integer> starts = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, from - 40), from));
      if (!w.find() || ARTICLES.contains(w.group(1).toLowerCase(java.util.Locale.ROOT))) {
        break;
      }
      if (NOT_THE_HOLDER.contains(w.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("-$", ""))) {
        return null;
      }
      from = Math.max(0, from - 40) + w.start(1);
      starts.add(from);
    }
    // Fewest words first: "met Russian President" is the title "Russian President"; but where the two
    // words before the title name a place together ("South Sudanese"), the last one alone is not its country.
    if (starts.size() == 2 && namesAPlace(text, starts.get(1), start, context)) {
      starts.remove(0);
    }
    for (int s : starts) {
      spans.add(new int[] {s, end});
    }
    Matcher of = OF_AFTER.matcher(after);
    if (of.find()) {
      for (int g = 3; g >= 1; g--) {
        if (of.group(g) != null) {
          spans.add(new int[] {start, end + of.end(g)});
        }
      }
    }
    Matcher gen = GENITIVE_AFTER.matcher(after);
    if (gen.find()) {
      spans.add(new int[] {start, end + gen.end(1)});
    }
    for (int[] s : spans) {
      if (overlapsNamed(entities, s[0], s[1])) {
        continue;
      }
      Link link = linker.link(new MentionQuery(text.substring(s[0], s[1]), EntityType.PERSON, s[0], s[1]), context);
      if (link.id() != null && linker.entry(link.id()).type() == EntityType.PERSON) {
        return new Found(s[0], s[1], link);
      }
    }
    for (int[] s : spans) {
      String organisation = overlapsNamed(entities, s[0], s[1]) ? null : linker.organisationOffice(text.substring(s[0], s[1]));
      if (organisation != null) {
        return new Found(s[0], s[1], new Link(null, organisation));
      }
    }
    return null;
  }

  private boolean namesAPlace(String text, int from, int titleStart, ArticleContext context) {
    String words = text.substring(from, titleStart).strip();
    Link place = linker.link(new MentionQuery(words, EntityType.MISC, from, from + words.length()), context);
    // A demonym links to no id (it names no single thing) but gives its country's actor.
    return place.id() == null ? place.actor() != null : linker.entry(place.id()).type() == EntityType.LOCATION;
  }

  private static boolean personStartsAt(List<Entity> entities, String text, int end) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() == next && e.type() == EntityType.PERSON) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a span cuts into, or covers, a mention of a person, organisation or place. */
  private static boolean overlapsNamed(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        boolean overlap = m.start() < end && start < m.end();
        if (overlap && e.type() == EntityType.PERSON) {
          return true;
        }
        if (overlap && e.type() != EntityType.MISC && !(m.start() >= start && m.end() <= end)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inside(Mention m, Mention title) {
    return m.start() >= title.start() && m.end() <= title.end();
  }
}
