package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.kb.KnowledgeBase.NameKind;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Hyphen compounds of a country or an organisation and a group of people that act for it: German
 * "US-Soldaten", "US-Truppen" ({@code USAMIL}), "US-Regierung" ({@code USAGOV}), "EU-Kommission"
 * ({@code IGOEUREEC}), "UN-Sicherheitsrat" ({@code IGOUNO}), which the recognizer leaves untagged or
 * tags without a link. The first part is a name of a country or an international organisation in
 * the knowledge base, the last part a role word ({@link ActorCoder#compoundRole}); a country gets
 * the role's sector, an organisation stays itself, as {@link ActorCoder} codes them. Such a compound
 * is an actor and no link (it names the soldiers, not the state). A compound about the country that
 * names no group ("Russland-Sanktionen", "Irak-Krise") is none, and one right before a person's
 * name ("US-Präsident Barack Obama") is left to the name.
 */
final class CompoundActors {
  private static final Pattern COMPOUND =
      Pattern.compile("(?<![\\p{L}\\p{N}.-])(\\p{Lu}[\\p{L}.]*)-(?:\\p{L}+-)*(\\p{L}+)(?![\\p{L}\\p{N}-])");

  private final KnowledgeBase kb;

  CompoundActors(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The actor a compound's parts name, or null. */
  String actor(String first, String last) {
    String role = ActorCoder.compoundRole(last);
    if (role == null) {
      return null;
    }
    List<KbEntry> named = kb.byExactKey(NameKey.exact(first)).stream()
        .filter(m -> m.kind() == NameKind.NAME)
        .map(KnowledgeBase.NameMatch::entry)
        .filter(e -> (e.kind().equals("country") || e.kind().equals("igo")) && !e.actor().isEmpty())
        .distinct()
        .toList();
    if (named.size() != 1) {
      return null;
    }
    KbEntry e = named.get(0);
    return e.kind().equals("igo") ? e.actor() : e.actor() + role;
  }

  Article apply(Article article) {
    List<Entity> entities = article.entities();
    if (entities == null) {
      return article;
    }
    String text = article.text();
    Map<String, String> actorOfEntity = new LinkedHashMap<>();
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Map<String, String> actorOfName = new LinkedHashMap<>();
    for (Matcher m = COMPOUND.matcher(text); m.find(); ) {
      String actor = actor(m.group(1), m.group(2));
      if (actor == null || personAfter(entities, text, m.end())) {
        continue;
      }
      Entity same = entityAt(entities, m.start(), m.end());
      if (same != null) {
        if (same.actor() == null && same.kb() == null) {
          actorOfEntity.putIfAbsent(same.id(), actor);
        }
      } else if (!overlaps(entities, m.start(), m.end())) {
        String key = NameKey.exact(m.group());
        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION));
        actorOfName.putIfAbsent(key, actor);
      }
    }
    if (actorOfEntity.isEmpty() && byName.isEmpty()) {
      return article;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      String actor = actorOfEntity.get(e.id());
      out.add(actor == null ? e : new Entity(e.id(), e.name(), e.type(), e.kb(), actor, e.salience(), e.mentions()));
    }
    return TitleMentions.withNamesAdded(article, out, entities.size() + 1, byName, actorOfName, EntityType.ORGANIZATION);
  }

  private static Entity entityAt(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() == start && m.end() == end) {
          return e;
        }
      }
    }
    return null;
  }

  static boolean overlaps(List<Entity> entities, int start, int end) {
    return entities.stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.start() < end && start < m.end());
  }

  /** Whether a person's mention starts after the compound (or a word) and the spaces that follow it. */
  static boolean personAfter(List<Entity> entities, String text, int end) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next == end) {
      return false;
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
}
