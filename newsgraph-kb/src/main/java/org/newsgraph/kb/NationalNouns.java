package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.kb.KnowledgeBase.NameKind;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * German nouns for nationals that the recognizer leaves untagged ("Die Syrer lehnten ... ab", "Die
 * Ukrainer haben ... vorgeworfen"): the German tagger tags "Palästinenser" or "Russen" but not these,
 * so the knowledge base's nouns ({@code demonyms_de}, also inflected: "Syrern") never reached the
 * linker. Such a noun is added as an actor for its state with no link, as a tagged one is linked.
 * One national ("ein Syrer", "der Russe", "dem Ukrainer") is a person, not the state, and a noun
 * right before a person's name ("der Russe Daniil Medwedew") is left to the name.
 */
final class NationalNouns {
  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Lu}\\p{L}+(?![\\p{L}\\p{N}-])");
  /** Articles and determiners that only a singular noun takes after them, or that a singular noun of -er takes. */
  private static final Set<String> INDEFINITE = Set.of("ein", "eines", "einem", "einen", "einer", "jeder", "jedem", "jeden");
  private static final Set<String> DEFINITE_SINGULAR = Set.of("der", "des", "dem", "den");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

  private final KnowledgeBase kb;

  NationalNouns(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The state's actor that a German word names as a noun for its nationals, with the noun as the
   * knowledge base spells it ("Syrer" for "Syrern"); null for any other word.
   */
  String[] actorAndNoun(String word) {
    String key = NameKey.exact(word);
    List<String> forms = new ArrayList<>();
    forms.add(key);
    forms.addAll(NameKey.germanStems(key));
    for (String form : forms) {
      for (KnowledgeBase.NameMatch m : kb.byExactKey(form)) {
        if (m.kind() != NameKind.DEMONYM || !m.entry().kind().equals("country") || m.entry().actor().length() != 3) {
          continue;
        }
        for (String noun : m.entry().demonymsDe()) {
          // the adjective stems ("syrisch") are lower case; the nouns ("Syrer") capitalised
          if (Character.isUpperCase(noun.charAt(0)) && !noun.endsWith("isch") && NameKey.exact(noun).equals(form)) {
            return new String[] {m.entry().actor(), noun};
          }
        }
      }
    }
    return null;
  }

  Article apply(Article article) {
    List<Entity> entities = article.entities();
    if (entities == null || !"de".equals(article.language())) {
      return article;
    }
    String text = article.text();
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Map<String, String> actorOfName = new LinkedHashMap<>();
    for (Matcher m = CAPITALISED.matcher(text); m.find(); ) {
      if (CompoundActors.overlaps(entities, m.start(), m.end())) {
        continue;
      }
      String[] found = actorAndNoun(m.group());
      if (found == null || oneNational(text, m.start(), m.group(), found[1]) || CompoundActors.personAfter(entities, text, m.end())) {
        continue;
      }
      String key = NameKey.exact(m.group());
      byName.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(m.start(), m.end(), EntityType.MISC));
      actorOfName.putIfAbsent(key, found[0]);
    }
    if (byName.isEmpty()) {
      return article;
    }
    return TitleMentions.withNamesAdded(article, entities, entities.size() + 1, byName, actorOfName, EntityType.MISC);
  }

  /**
   * Whether the noun names one national: after an indefinite article ("ein Syrer"), or in its
   * singular form after an article of the singular ("der Russe", "dem Syrer"; "den Syrern", "die
   * Syrer" are plural). "Russe", "Brite" are singular as written.
   */
  private static boolean oneNational(String text, int start, String word, String noun) {
    Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 20), start));
    String article = before.find() ? before.group(1).toLowerCase(Locale.ROOT) : "";
    if (INDEFINITE.contains(article)) {
      return true;
    }
    boolean singularForm = NameKey.exact(word).equals(NameKey.exact(noun));
    return singularForm && (noun.endsWith("e") || DEFINITE_SINGULAR.contains(article));
  }
}
