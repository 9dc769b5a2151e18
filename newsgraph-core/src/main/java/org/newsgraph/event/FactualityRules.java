package org.newsgraph.event;

import java.util.Set;
import org.newsgraph.model.Factuality;

/**
 * Whether a sentence reports the act of a verb as having happened, from the verb's place in the
 * dependency tree: negation ("did not attack", "nicht"), modals and the future ("might", "could",
 * "will", "könnte", "würde", "wird"), conditionals ("if", "whether", "falls"), infinitives under
 * verbs of plans, wishes and attempts ("plans to attack", "envisions signing"), questions,
 * speech that the article quotes rather than asserts, and reports the writer calls unconfirmed.
 */
final class FactualityRules {
  private static final Set<String> NEGATIONS = Set.of(
      "not", "n't", "never", "no", "neither", "nor", "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner");
  static final Set<String> MODALS = Set.of(
      "might", "may", "could", "would", "should", "can", "will", "shall", "'ll", "must", "wo", "ca", "'d", "ought",
      "könnte", "könnten", "würde", "würden", "wird", "werden", "werde", "soll", "sollen", "sollte", "sollten",
      "wollen", "wollte", "wollten", "kann", "können", "dürfte", "dürften", "müsse", "möchte", "möchten", "mag");
  /** Subjects that say nobody did it: "none of the Gulf states has recognized Israel". */
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("none", "nobody", "neither", "niemand", "keiner", "keine");
  static final Set<String> CONDITIONS = Set.of("if", "whether", "unless", "lest", "wenn", "falls", "ob", "sofern");
  /** Verbs under which an infinitive or a clause is an intention, a wish or an attempt, not a deed. */
  private static final Set<String> IRREALIS = Set.of(
      "plan", "intend", "want", "hope", "seek", "consider", "envision", "envisage", "propose", "expect", "aim",
      "prepare", "wish", "try", "attempt", "threaten", "vow", "pledge", "promise", "offer", "urge", "ask", "call",
      "demand", "agree", "decide", "refuse", "fail", "decline", "mull", "weigh", "discuss", "debate", "push",
      "press", "need", "like", "prefer", "ready", "willing", "able", "likely", "set", "poised",
      // nouns of a disposition to act: "signaled an interest in talking to Iran" is no talk held
      "interest", "willingness", "readiness", "desire", "openness", "eagerness",
      "planen", "plant", "plante", "wollen", "will", "erwägt", "erwägen", "erwog", "hofft", "hoffen", "droht",
      "drohte", "versucht", "versuchte", "fordert", "forderte", "bereit", "beabsichtigt", "kündigte", "kündigt",
      "erwartet", "erwartete", "erwarten", "erwarteten");
  /**
   * Nouns of what may come to be: "the possibility of the U.S. imposing sanctions" is none imposed. Only
   * the clause right under the noun: in "the possibility the campaign came up when the diplomat visited",
   * the visit took place.
   */
  private static final Set<String> POSSIBILITIES = Set.of("possibility", "prospect", "likelihood", "chance", "option", "scenario");
  /**
   * Words whose clause is someone's claim, not the article's: claims, allegations, reports, rumours,
   * and what an accusation charges ("accused him of lashing out at China" is the accusers' claim).
   */
  private static final Set<String> CLAIMS = Set.of(
      "claim", "allege", "allegation", "accusation", "rumor", "rumour", "suspicion", "assertion", "charge",
      "argue", "insist", "contend", "maintain", "suggest", "speculate", "believe", "think", "fear", "suspect",
      "accuse", "blame",
      "behauptung", "vorwurf", "vorwürfe", "behauptet", "behauptete", "beschuldigt", "beschuldigte", "beschuldigten");
  /** Words by which the writer says a report is not established: "unconfirmed reports that Israeli rockets had struck". */
  private static final Set<String> UNCONFIRMED = Set.of("unconfirmed", "unverified", "uncorroborated", "unsubstantiated");
  /**
   * Adverbs by which the writer puts an act in doubt: "purportedly encouraged Russia to hack" is a claim
   * (evaluation/README.md, settled doubts: "allegedly" makes it none); "reportedly" is plain sourcing.
   */
  private static final Set<String> HEDGES = Set.of("allegedly", "purportedly", "supposedly", "seemingly");
  /**
   * Verbs whose "to"-infinitive says what was done: purposes of an act that took place ("used its
   * authority to lift sanctions", "sent troops to fight", "met to discuss") and implicatives ("opted
   * to strike", "managed to seize"). The infinitive is as factual as the verb it serves.
   */
  private static final Set<String> PURPOSE_HEADS = Set.of(
      "use", "send", "sent", "deploy", "dispatch", "meet", "met", "travel", "fly", "flew", "flown", "visit",
      "phone", "issue", "hold", "held", "convene", "gather", "join", "launch", "act", "move", "step", "unite",
      "team", "opt", "choose", "chose", "chosen", "manage", "proceed", "dare", "vote", "sign", "signed", "rush",
      "scramble", "arrive");
  private static final Set<String> REFUSALS = Set.of("refuse", "fail", "decline", "deny", "denie", "weigerte", "weigert", "verweigerte", "bestreitet", "bestritt");

  private FactualityRules() {}

  private static boolean irrealis(String word) {
    return irrealisOf(IRREALIS, word);
  }

  /** Whether the word or its English stem (plans, planned, planning: plan) is in the set. */
  static boolean irrealisOf(Set<String> set, String word) {
    if (set.contains(word)) {
      return true;
    }
    for (String end : new String[] {"s", "es", "ed", "d", "ing", "ning", "ned"}) {
      if (word.endsWith(end) && word.length() > end.length() + 2) {
        String stem = word.substring(0, word.length() - end.length());
        if (set.contains(stem) || set.contains(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the clause at v is a relative clause of a noun that names no one in particular: "would not
   * support any government that refused to recognize Israel" is said of whoever might refuse.
   */
  private static boolean genericRelative(ParsedSentence s, int v, int noun) {
    return !s.german && s.fullRelation(v).equals("acl:relcl")
        && s.children(noun, "det").stream().anyMatch(d -> s.lower(d).equals("any"));
  }

  /** Negated, hypothetical or asserted: what the grammar of the sentence says (quotes are the coder's). */
  static Factuality of(ParsedSentence s, int v, boolean question) {
    // the purpose of a deed that did not take place did not either: "did not call Trump to thank him"
    if (negated(s, v) || (servesADeed(s, v) && negated(s, s.head(v)))) {
      return Factuality.NEGATED;
    }
    if (question || hypothetical(s, v)) {
      return Factuality.HYPOTHETICAL;
    }
    return claimed(s, v) ? Factuality.REPORTED : Factuality.ASSERTED;
  }

  /**
   * Whether the verb at v, of a meeting, visit or talks (04x), is in the simple present: "Kerry, second
   * from left, meets Zarif for talks", "days before Abbas visits the Pope". News tells meetings that took
   * place in the past tense; the simple present is a photo caption's, a headline's or a schedule's,
   * which the conventions do not code (evaluation/README.md: sets 6, 7 and 15).
   */
  static boolean meetingInThePresent(ParsedSentence s, int v, String code) {
    String tag = s.tag(v);
    return !s.german && code.startsWith("04") && (tag.equals("VBZ") || tag.equals("VBP")) && s.children(v, "aux").isEmpty();
  }

  /**
   * The factuality of clause v as the speaker of the verb of saying over it tells it: a claim is the
   * claimant's own assertion ("Japan claimed the Russian bomber violated its airspace" is Japan's charge,
   * a statement coded by its content), while a hedge on the clause or a claim above the speaker still
   * makes it someone else's.
   */
  static Factuality asToldBy(ParsedSentence s, int v, int speech, boolean question) {
    Factuality f = of(s, v, question);
    boolean ownClaim = f == Factuality.REPORTED && s.head(v) == speech && irrealisOf(CLAIMS, s.lower(speech))
        && s.children(v, "advmod").stream().noneMatch(a -> HEDGES.contains(s.lower(a)));
    return ownClaim ? Factuality.ASSERTED : f;
  }

  /** Whether the act is the content of a claim ("activists' claims that the government used gas"). */
  private static boolean claimed(ParsedSentence s, int v) {
    if (s.children(v, "advmod").stream().anyMatch(a -> HEDGES.contains(s.lower(a)))) {
      return true;
    }
    int at = v;
    for (int depth = 0; at >= 0 && depth < 4; depth++) {
      String r = s.relation(at);
      int h = s.head(at);
      if (h < 0 || !(r.equals("ccomp") || r.equals("acl") || r.equals("conj") || r.equals("advcl"))) {
        return false;
      }
      if (!r.equals("conj") && (irrealisOf(CLAIMS, s.lower(h)) || unconfirmed(s, h))) {
        return true;
      }
      at = h;
    }
    return false;
  }

  /** Whether the word at h is a report the writer calls unconfirmed. */
  private static boolean unconfirmed(ParsedSentence s, int h) {
    return s.children(h, "amod").stream().anyMatch(a -> UNCONFIRMED.contains(s.lower(a)));
  }

  private static boolean negated(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      String r = s.relation(c);
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc")) && NEGATIONS.contains(s.lower(c))) {
        return true;
      }
      // "kein Abkommen unterzeichnet", "made no request"; the German parser may hang "keine" as an adverb
      // ("erhielt keine Waffen")
      if ((r.equals("obj") || r.equals("nsubj")) && s.children(c).stream()
          .anyMatch(d -> NEGATIONS.contains(s.lower(d)) && (s.relation(d).equals("det") || s.relation(d).equals("advmod")))) {
        return true;
      }
      // "No other US president has visited ...": the parser hangs "no" on the adjective; "None of
      // them has visited ...": the subject is the negative quantifier itself
      if (r.equals("nsubj") && (NEGATIVE_SUBJECTS.contains(s.lower(c)) || s.children(c, "amod").stream()
          .anyMatch(a -> s.children(a, "det").stream().anyMatch(d -> NEGATIONS.contains(s.lower(d)))))) {
        return true;
      }
    }
    int h = s.head(v);
    // "there was no evidence that Mr. Trump coordinated efforts with Moscow": the content of a noun
    // that the sentence denies is denied too
    if (h >= 0 && (s.relation(v).equals("acl") || s.relation(v).equals("ccomp")) && s.tag(h).startsWith("NN")
        && s.children(h, "det").stream().anyMatch(d -> NEGATIONS.contains(s.lower(d)))) {
      return true;
    }
    // "refused to sign", "denies sending": the signing, the sending did not happen
    return (s.relation(v).equals("xcomp") || s.relation(v).equals("ccomp")) && h >= 0 && irrealisOf(REFUSALS, s.lower(h));
  }

  /**
   * Whether the infinitive at v is the purpose of a deed or the complement of an implicative verb
   * ("used its authority to lift sanctions", "opted to target"): then it is as factual as that verb,
   * which the walk up the tree goes on to check.
   */
  static boolean servesADeed(ParsedSentence s, int v) {
    int h = s.head(v);
    String r = s.relation(v);
    return !s.german && h >= 0 && (r.equals("xcomp") || r.equals("advcl")) && s.isVerb(h)
        && (irrealisOf(PURPOSE_HEADS, s.lower(h)) && !irrealis(s.lower(h)) || callingSomeoneTo(s, v, h));
  }

  /**
   * "called President Trump to thank him": a call to someone, with the purpose beside the callee,
   * took place; "called on Trump to resign" and "called for Russia to withdraw" (no direct object)
   * are appeals.
   */
  private static boolean callingSomeoneTo(ParsedSentence s, int v, int h) {
    return s.relation(v).equals("advcl") && irrealisOf(Set.of("call", "phone", "telephone"), s.lower(h)) && !s.children(h, "obj").isEmpty();
  }

  /**
   * Whether the verb at v, in a finite tense, hangs as a conjunct on the infinitive at h: no
   * infinitive goes on in a finite tense, so v is coordinated with the verb that governs the
   * infinitive ("has urged Seoul not to meddle ... and slammed Seoul", "has asked Japan not to
   * meddle and condemned Australia": the slamming is as factual as the urging, not part of what
   * was urged). A participle with an auxiliary of its own may go on the infinitive ("to take part
   * and be represented"); VBP is left out, as the tagger often gives it to a bare infinitive.
   */
  private static boolean finiteUnderInfinitive(ParsedSentence s, int v, int h) {
    String tag = s.tag(v);
    boolean finite = tag.equals("VBD") || tag.equals("VBZ") || (tag.equals("VBN") && s.children(v, "aux").isEmpty());
    return !s.german && finite && s.tag(h).equals("VB") && s.relation(h).equals("xcomp") && s.head(h) >= 0;
  }

  /** Words that open a clause of time: "when Trump meets the Saudis", "once Iran signs". */
  private static final Set<String> TIME_CONJUNCTIONS = Set.of("when", "whenever", "once", "after", "before", "until", "till");
  /** Modals of the future. */
  private static final Set<String> FUTURE = Set.of("will", "shall", "wo");

  /**
   * Whether v is a present tense in a clause of time in a sentence that tells the future: "when
   * Trump meets the Saudis in Riyadh, he will confront ..." is a plan, not a meeting that took place.
   * The future modal may stand on any other verb, since the parser often fails to hang the time
   * clause on its main clause when asides come between them.
   */
  private static boolean futureTimeClause(ParsedSentence s, int v) {
    if (s.german || !(s.tag(v).equals("VBZ") || s.tag(v).equals("VBP"))) {
      return false;
    }
    boolean timed = s.children(v).stream()
        .anyMatch(c -> (s.relation(c).equals("mark") || s.relation(c).equals("advmod")) && TIME_CONJUNCTIONS.contains(s.lower(c)));
    if (!timed) {
      return false;
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.relation(i).equals("aux") && s.head(i) != v && FUTURE.contains(s.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause at v opens with "in case", a condition: "in case the situation worsens and
   * Russia launches an incursion". The parser seldom reads the two words as the conjunction they
   * are (it hangs "case" on the verb before as a noun), so the words before the clause are read.
   */
  private static boolean inCase(ParsedSentence s, int v) {
    int first = s.extent(v)[0];
    return !s.german && (inCaseAt(s, first - 2) || inCaseAt(s, first));
  }

  private static boolean inCaseAt(ParsedSentence s, int i) {
    // "in case of war" is a phrase, not a condition on the clause
    return i >= 0 && i + 1 < s.size() && s.lower(i).equals("in") && s.lower(i + 1).equals("case")
        && !(i + 2 < s.size() && s.lower(i + 2).equals("of"));
  }

  private static boolean hypothetical(ParsedSentence s, int v) {
    int at = v;
    // v itself, or the first of the verbs it is coordinated with: "for the United States to share its
    // secrets, support ... and collaborate with the Kremlin" is all proposed, not only the sharing
    boolean infinitive = true;
    for (int depth = 0; at >= 0 && depth < 4; depth++) {
      if (futureTimeClause(s, at) || inCase(s, at)) {
        return true;
      }
      for (int c : s.children(at)) {
        String r = s.fullRelation(c);
        if (r.equals("aux") && MODALS.contains(s.lower(c))) {
          return true;
        }
        if (s.relation(c).equals("mark") && (CONDITIONS.contains(s.lower(c))
            || (infinitive && (s.lower(c).equals("to") || s.lower(c).equals("zu")) && !servesADeed(s, at)))) {
          return true;
        }
      }
      String r = s.relation(at);
      int h = s.head(at);
      if (h < 0) {
        return false;
      }
      if (genericRelative(s, at, h)) {
        return true;
      }
      if (r.equals("conj") && finiteUnderInfinitive(s, at, h)) {
        at = s.head(h);
        infinitive = false;
        continue;
      }
      infinitive &= r.equals("conj") && !s.tag(at).equals("VBD") && !s.tag(at).equals("VBZ");
      // German states an expectation in the passive, with the clause as its subject: "Es wird
      // erwartet, dass Polen den Vorschlag ablehnt"
      if ((r.equals("xcomp") || r.equals("ccomp") || r.equals("acl") || (s.german && r.equals("csubj")))
          && (irrealis(s.lower(h)) || at == v && irrealisOf(POSSIBILITIES, s.lower(h)))) {
        return true;
      }
      // "may use fiery rhetoric, accusing Tokyo": a gerund that the parser hangs on the object is as
      // factual as the object's verb, whose subject it shares
      if (r.equals("acl") && s.tag(at).equals("VBG") && s.relation(h).equals("obj") && s.head(h) >= 0) {
        at = s.head(h);
        continue;
      }
      if (!(r.equals("conj") || r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl") || s.isBareGerund(at))) {
        return false;
      }
      at = h;
    }
    return false;
  }
}
