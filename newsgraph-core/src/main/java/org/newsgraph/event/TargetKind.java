package org.newsgraph.event;

import java.util.Map;
import java.util.Set;

/**
 * What kind of actor a verb's target is named as, for entries of the verb lexicon that code one way
 * for a person and another for a state: "attacked his French host" is words, "attacked Iran" force;
 * "charged two Iranian nationals with espionage" is legal action, "charged Tehran with arming the
 * rebels" an accusation. An entry is limited to {@link #PERSON}, {@link #STATE} or {@link
 * #ORGANISATION} targets, or is for {@link #ANY}; a target is one of the three, or {@link #OTHER},
 * which only entries for any target admit.
 */
enum TargetKind {
  /** A person's name, or a state's name on a noun of an office: "Macron", "his French host", "Iranian officials". */
  PERSON,
  /** A state or an armed group named itself, or a state by a noun of its institutions: "Tehran", "the Russian government". */
  STATE,
  /** An international or non-governmental organisation named itself: "the WHO", "NATO". */
  ORGANISATION,
  /** A state's name on a noun of no kind: "Chinese hackers", "Iranian positions", "Iranian journalists". */
  OTHER,
  /** The limit of an entry for targets of every kind, and for none. */
  ANY;

  /**
   * Nouns of an office or a public role; a state's name on them names a person who acts in words.
   * People who are as often the victims of force (soldiers, journalists, citizens) are left out.
   */
  private static final Set<String> OFFICES = Set.of(
      "president", "presidents", "leader", "leaders", "minister", "ministers", "premier", "chancellor", "host", "hosts",
      "counterpart", "counterparts", "official", "officials", "diplomat", "diplomats", "envoy", "envoys",
      "spokesman", "spokeswoman", "spokesperson", "king", "queen", "prince", "emir", "sultan", "secretary",
      "senator", "senators", "lawmaker", "lawmakers", "politician", "politicians");
  /** Nouns of a state's or an organisation's institutions: a state's name on them names the state. */
  private static final Set<String> INSTITUTIONS = Set.of(
      "government", "governments", "regime", "administration", "state", "country", "nation", "ministry", "authorities",
      "leadership", "kingdom", "republic", "cabinet", "parliament", "military", "army", "embassy");
  /** Relations by which a name stands on the noun it belongs to: "French host", "Iran's president", "leader of Iran". */
  private static final Set<String> ON_NOUN = Set.of("amod", "compound", "nmod:poss", "nmod", "flat");

  /** Whether an entry limited to this kind may code a target of the given kind. */
  boolean admits(TargetKind target) {
    return this == ANY || this == target;
  }

  /**
   * The kind of target b, read from its mention and the noun it stands on, up to the top of its noun
   * phrase: a person's name is a {@link #PERSON}, and so is any name on a noun of {@link #OFFICES};
   * an international or non-governmental organisation's name alone (IGO, NGO codes) an {@link
   * #ORGANISATION}; any other name alone, or a name on a noun of {@link #INSTITUTIONS}, a {@link #STATE}.
   */
  static TargetKind of(ParsedSentence s, ActorMention b, Map<Integer, ActorMention> byHead) {
    if (b.person()) {
      return PERSON;
    }
    int at = -1;
    for (Map.Entry<Integer, ActorMention> e : byHead.entrySet()) {
      if (e.getValue().equals(b)) {
        at = e.getKey();
        break;
      }
    }
    if (at < 0) {
      return OTHER;
    }
    int top = at;
    while (ON_NOUN.contains(s.fullRelation(top)) && s.head(top) >= 0 && s.tag(s.head(top)).startsWith("NN")) {
      top = s.head(top);
    }
    if (OFFICES.contains(s.lower(top))) {
      return PERSON;
    }
    if (top == at) {
      return b.code().startsWith("IGO") || b.code().startsWith("NGO") ? ORGANISATION : STATE;
    }
    return INSTITUTIONS.contains(s.lower(top)) ? STATE : OTHER;
  }
}
