package org.newsgraph.event;

import static org.newsgraph.event.SentenceCoder.PERSONAL_PRONOUNS;
import static org.newsgraph.event.SentenceCoder.actorsAt;
import static org.newsgraph.event.SentenceCoder.antecedent;
import static org.newsgraph.event.SentenceCoder.subjects;
import static org.newsgraph.event.Sides.sameState;
import static org.newsgraph.event.Trees.hasCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.event.SentenceCoder.Found;
import org.newsgraph.model.Factuality;

/**
 * Statements that no verb of the lexicon codes, read by what they say rather than by their verb: a
 * speaker's words that accuse, criticise or praise another actor ("said Iran was behind the
 * attacks", "called the strikes illegal", "a response to U.S. unilateralism", "said Iran
 * orchestrated the attacks", "said the U.S. decision undermines security", "said our commitment to
 * Japan is iron-clad"), an actor said to be displeased with another's act, a doer's claim of its
 * own deed of force, and a denial of another's charge. The gold conventions
 * code a speech act by its content, so the clause under a verb of saying or naming, or a word of
 * blame, censure or displeasure, is read here; SentenceCoder codes the verbs of the lexicon, then
 * adds these ({@link #addTo}). English only.
 */
final class VerblessStatements {
  /** Words by which a clause says who did a deed: "was behind the attacks", "was responsible for". */
  private static final Set<String> BLAME_WORDS = Set.of("behind", "responsible");
  /** Adjectives by which a speaker holds a clause true or probable: "said it was clear that ...". */
  private static final Set<String> CERTAINTY = Set.of(
      "likely", "clear", "certain", "evident", "obvious", "plain", "probable", "apparent", "undeniable");
  /**
   * Verbs whose clause of blame is the speaker's accusation; a speaker who admits or concedes another's
   * wrong states it too (evaluation/README.md, settled doubts: "states, concedes, concludes").
   */
  private static final Set<String> SPEECH_OF_BLAME = Set.of(
      "say", "said", "tell", "told", "state", "conclude", "allege", "claim", "assert", "insist", "believe", "suspect",
      "maintain", "charge", "determine", "find", "found", "admit", "admitted", "admitting", "concede", "acknowledge");

  /**
   * Nouns that condemn a state's conduct in naming it ("U.S. unilateralism", "Russian aggression"): a
   * speaker who uses one of an actor criticises it (111).
   */
  private static final Set<String> CENSURE_NOUNS = Set.of(
      "unilateralism", "protectionism", "bullying", "hegemony", "hegemonism", "imperialism", "aggression",
      "provocation", "provocations", "interference", "meddling", "hypocrisy", "blackmail", "atrocities", "hostility");
  /** Verbs that name what their object is: "has described them as acts of U.S. hostility". */
  private static final Set<String> DESCRIBERS = Set.of(
      "describe", "call", "label", "brand", "term", "characterize", "characterise", "portray", "dub");
  /** Verbs by which a speaker says what the clause under them holds. */
  private static final Set<String> SPEECH = Set.of(
      "say", "said", "tell", "told", "state", "add", "declare", "write", "wrote", "written", "tweet", "insist", "stress");

  private VerblessStatements() {}

  /**
   * Whether a word may begin a statement coded here (a word of blame, censure, evaluation,
   * displeasure, authorship of a deed, harm, a firm tie or a wrong), before a parse says which words are verbs.
   */
  static boolean mayCode(String lower) {
    return BLAME_WORDS.contains(lower) || CENSURE_NOUNS.contains(lower) || Evaluations.mayEvaluate(lower) || DISPLEASURE.contains(lower)
        || FactualityRules.irrealisOf(AUTHORSHIP, lower) || FactualityRules.irrealisOf(HARMS, lower) || TIE_PRAISE.contains(lower)
        || FactualityRules.irrealisOf(WRONGS, lower);
  }

  /**
   * Whether the words may hold an act judged by tone in what a speaker says: a word of clear tone
   * and a verb of saying. Tone words alone are too common to send every sentence to the parser.
   */
  static boolean mayJudgeByTone(List<Word> words) {
    boolean tone = false;
    boolean speech = false;
    for (Word w : words) {
      tone |= Math.abs(Evaluations.valence(w.lower())) >= CLEAR_TONE;
      speech |= FactualityRules.irrealisOf(SPEECH, w.lower()) || FactualityRules.irrealisOf(SPEECH_OF_BLAME, w.lower());
    }
    return tone && speech;
  }

  /**
   * Adds to {@code out}, the events the verbs of the lexicon coded in sentence s, the statements
   * coded here; an act that a verb already codes between the same two actors is not added twice.
   */
  static void addTo(ParsedSentence s, List<Found> out, Map<Integer, ActorMention> byHead, boolean question) {
    out.addAll(claimsOfOwnDeeds(s, out, byHead, question));
    out.addAll(blameInSpeech(s, byHead, question));
    // "says Iran carried out the attacks": a verb of the lexicon may code the deed's accusation already
    authorsInSpeech(s, byHead, question).stream()
        .filter(a -> out.stream().noneMatch(f -> f.code().startsWith("11") && f.source().code().equals(a.source().code())
            && f.target() != null && f.target().code().equals(a.target().code())))
        .distinct()
        .forEach(out::add);
    out.addAll(harmInSpeech(s, out, byHead, question));
    out.addAll(tiesPraised(s, byHead, question));
    out.addAll(denialsOfCharges(s, byHead, question));
    // an accusation that a verb of the lexicon or a word of blame already codes is one act
    deedsInSpeech(s, out, byHead, question).stream()
        .filter(a -> out.stream().noneMatch(f -> f.code().startsWith("11") && f.source().code().equals(a.source().code())
            && f.target() != null && f.target().code().equals(a.target().code())))
        .distinct()
        .forEach(out::add);
    // a speaker's criticism that a verb of the lexicon already codes ("condemned U.S. meddling") is one act
    censureInSpeech(s, byHead, question).stream()
        .filter(c -> out.stream().noneMatch(f -> f.code().startsWith("11") && f.source().code().equals(c.source().code())
            && f.target() != null && f.target().code().equals(c.target().code())))
        .forEach(out::add);
    // displeasure that a verb of the lexicon already codes ("voiced anger at Russia's move") is one act
    displeasureAt(s, byHead, question).stream()
        .filter(d -> out.stream().noneMatch(f -> f.code().startsWith("11") && f.source().code().equals(d.source().code())
            && f.target() != null && f.target().code().equals(d.target().code())))
        .forEach(out::add);
    // a judgement that a verb of the lexicon already codes ("condemned Russia's move as illegal") is one act
    evaluationInSpeech(s, byHead, question).stream()
        .filter(e -> out.stream().noneMatch(f -> f.code().regionMatches(0, e.code(), 0, 2) && f.source().code().equals(e.source().code())
            && f.target() != null && f.target().code().equals(e.target().code())))
        .forEach(out::add);
  }

  /** CAMEO 015, claim responsibility: the code the conventions give a claim to a deed, towards whom it hit. */
  static final String CLAIM_OF_RESPONSIBILITY = "015";
  /** Prepositions by which a deed's noun names whom it was done to: "the assault on Saudi oil facilities". */
  private static final Set<String> DEED_TARGETS = Set.of("on", "against");

  /**
   * Whom a deed claimed by "claimed responsibility for" hit, named in the deed noun's "on" or
   * "against" phrase: "claimed responsibility for the assault on Saudi oil facilities" is towards
   * Saudi Arabia (evaluation/events-tuning-en-5.txt codes the claim towards the one attacked).
   */
  static List<ActorMention> victimsOfClaimedDeed(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    List<Integer> deeds = new ArrayList<>();
    for (int c : s.children(v)) {
      if (s.relation(c).equals("obl") && hasCase(s, c, "for")) {
        deeds.add(c);
      }
      if (s.relation(c).equals("obj")) {
        s.children(c, "nmod").stream().filter(d -> hasCase(s, d, "for")).forEach(deeds::add);
      }
    }
    List<ActorMention> out = new ArrayList<>();
    for (int deed : deeds) {
      for (int c : s.children(deed, "nmod")) {
        if (hasCase(s, c, DEED_TARGETS.toArray(String[]::new))) {
          out.addAll(actorsAt(s, c, byHead));
        }
      }
    }
    return out;
  }

  /** Roots of the deeds whose doer's claim of them is a claim of responsibility: assault, fight, mass violence. */
  private static final Set<String> CLAIMABLE_DEEDS = Set.of("18", "19", "20");

  /**
   * A deed of force claimed by its own doer ("the Revolutionary Guard claimed it shot down a U.S.
   * drone"): the claim is a claim of responsibility (015) towards whom the deed hit, and the deed,
   * told by the one who did it, is plain sourcing, as the conventions code it (evaluation/README.md,
   * set 9), not another's unproven charge. The deed's events in {@code found} are replaced in place.
   */
  private static List<Found> claimsOfOwnDeeds(ParsedSentence s, List<Found> found, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      int v = s.words.indexOf(f.verb());
      int claim = v < 0 ? -1 : s.head(v);
      if (f.target() == null || !CLAIMABLE_DEEDS.contains(f.code().substring(0, 2)) || claim < 0
          || !s.relation(v).equals("ccomp") || !s.isVerb(claim) || !FactualityRules.irrealisOf(Set.of("claim"), s.lower(claim))) {
        continue;
      }
      boolean own = false;
      for (int c : subjects(s, claim, byHead)) {
        own |= actorsAt(s, antecedent(s, claim, c, byHead), byHead).stream().anyMatch(a -> a.code().equals(f.source().code()));
      }
      Factuality claimed = FactualityRules.of(s, claim, question);
      if (!own || claimed != Factuality.ASSERTED) {
        continue;
      }
      out.add(new Found(f.source(), f.target(), CLAIM_OF_RESPONSIBILITY, s.words.get(claim), claimed));
      if (f.factuality() == Factuality.REPORTED) {
        found.set(k, new Found(f.source(), f.target(), f.code(), f.verb(), Factuality.ASSERTED));
      }
    }
    return out;
  }

  /**
   * The verbs of blame by which a speaker states another's deed as its own charge. Not "tell": what
   * officials "told the Associated Press" Israel launched is their report to the press, not an
   * accusation (the precision guard and an unseen draw, docs/events.md, "events-set11").
   */
  private static final Set<String> SPEECH_OF_DEEDS = Stream.concat(SPEECH_OF_BLAME.stream(), Stream.of("warn"))
      .filter(w -> !w.equals("tell") && !w.equals("told")).collect(Collectors.toUnmodifiableSet());

  /**
   * Roots of the deeds that a speaker who tells them of another accuses it of: threats, shows of force,
   * coercion and force (13, 15, 17-20). Demands, criticism, rejection, protest and cuts in relations
   * (10-12, 14, 16) are stances the speaker reports, not wrongs done.
   */
  private static final Set<String> HOSTILE_ROOTS = Set.of("13", "15", "17", "18", "19", "20");

  /**
   * Verbs of wrongs that no verb of the lexicon codes (CAMEO has no class for them, or they need a
   * frame): "U.S. intelligence agencies concluded Moscow interfered", "said China was meddling".
   */
  private static final Set<String> WRONGS = Set.of(
      "meddle", "interfere", "conceal", "hide", "hid", "hidden", "steal", "stole", "stolen", "hack", "cheat", "deceive",
      "spy", "smuggle", "bribe", "lie", "lied", "lying");
  /** Verbs that carry a wrong their infinitive names: "concluded that Russia tried to sway the election". */
  private static final Set<String> ATTEMPTS = Set.of("try", "tried", "attempt", "seek", "sought");

  /**
   * A wrong that a speaker says another actor did ("Washington says Iran shot down the drone",
   * "Ukraine said Russian forces shelled Ukrainian positions", "U.S. intelligence agencies concluded
   * Moscow interfered", "told the Security Council that China was meddling"): the speaker accuses the
   * doer (112), as the gold conventions code a statement of another's hostile deed
   * (evaluation/README.md, settled doubts, "Statements that accuse or praise without the verb"); the
   * deed stays coded as told. A deed of the lexicon must be hostile ({@link #HOSTILE_ROOTS}) and done
   * to the speaker's side or to no one named: a third party's word of a deed done to another is
   * attribution ("Iran said Israel attacked Syria" tells Israel's strike). The speaker's own side's
   * deeds are claims, not accusations (speakerActsOn pairs across states only). English only.
   */
  private static List<Found> deedsInSpeech(ParsedSentence s, List<Found> found, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (Found f : found) {
      int v = s.words.indexOf(f.verb());
      boolean happened = f.factuality() == Factuality.ASSERTED || f.factuality() == Factuality.REPORTED;
      int speech = v < 0 ? -1 : speechOfDeed(s, v, byHead);
      if (!happened || !HOSTILE_ROOTS.contains(f.code().substring(0, 2)) || speech < 0) {
        continue;
      }
      speakerActsOn(s, speech, List.of(f.source()), "112", byHead, question).stream()
          .filter(a -> f.target() == null || sameState(a.source().code(), f.target().code()))
          .forEach(out::add);
    }
    for (int v = 0; v < s.size(); v++) {
      if (!s.isVerb(v) || !FactualityRules.irrealisOf(WRONGS, s.lower(v))) {
        continue;
      }
      // "Russia tried to interfere": the attempt's clause is what the speaker says, its subject the doer
      int clause = v;
      while (s.relation(clause).equals("xcomp") && s.head(clause) >= 0 && FactualityRules.irrealisOf(ATTEMPTS, s.lower(s.head(clause)))) {
        clause = s.head(clause);
      }
      Factuality told = FactualityRules.of(s, clause, question);
      int speech = speechOfDeed(s, clause, byHead);
      if (speech < 0 || !(told == Factuality.ASSERTED || told == Factuality.REPORTED)) {
        continue;
      }
      List<ActorMention> doers = new ArrayList<>();
      for (int c : s.children(clause, "nsubj")) {
        doers.addAll(actorsAt(s, antecedent(s, clause, c, byHead), byHead));
      }
      // "says the emails were hacked by Russia": a wrong told in the passive names its doer by "by"
      if (!s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "aux:pass").isEmpty()) {
        for (int c : s.children(v, "obl")) {
          if (hasCase(s, c, "by")) {
            doers.addAll(actorsAt(s, c, byHead));
          }
        }
      }
      out.addAll(speakerActsOn(s, speech, doers, "112", byHead, question));
    }
    return out;
  }

  /**
   * Speakers whose word is their own, not their state's, though an adjective names the state: "a British
   * publication says Syria is hiding its stockpile" (all seven's set 1 codes it none).
   */
  private static final Set<String> PRESS = Set.of(
      "publication", "newspaper", "paper", "magazine", "outlet", "analysts", "experts", "observers", "critics", "scholars");

  /**
   * The verb of saying or finding whose content is the clause v ("concluded Moscow interfered"; "China
   * concealed the outbreak, the intelligence community concluded"), or -1. "Tell" counts only with an actor as the one told: what officials
   * "told the Associated Press" Israel launched is their report to the press (the guard, events-set11),
   * what Trump "told a U.N. Security Council meeting" China was doing is said to the Council. The press
   * ({@link #PRESS}) speaks for no state.
   */
  private static int speechOfDeed(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    // "China concealed the outbreak, the intelligence community concluded": the parser may hang the told
    // clause before the verb of saying as an unmarked adverbial clause
    boolean toldBefore = s.relation(v).equals("advcl") && s.head(v) > v && s.children(v, "mark").isEmpty();
    // "have concluded the messages were stolen by Russian hackers": without "that" the parser may hang a
    // finite told clause on the verb of saying as "dep", its subject read as that verb's object
    boolean hungOn = s.relation(v).equals("dep") && s.head(v) >= 0 && s.head(v) < v
        && (!s.children(v, "aux").isEmpty() || !s.children(v, "aux:pass").isEmpty());
    int speech = s.relation(v).equals("ccomp") || toldBefore || hungOn ? s.head(v) : -1;
    if (speech < 0 && s.head(v) < 0) {
      speech = s.children(v, "parataxis").stream().filter(c -> c > v && s.isVerb(c)).findFirst().orElse(-1);
    }
    if (speech < 0 || !s.isVerb(speech) || s.children(speech, "nsubj").stream().anyMatch(c -> PRESS.contains(s.lower(c)))) {
      return -1;
    }
    if (FactualityRules.irrealisOf(SPEECH_OF_DEEDS, s.lower(speech))) {
      return speech;
    }
    if (FactualityRules.irrealisOf(Set.of("tell", "told"), s.lower(speech))) {
      for (int c : s.children(speech)) {
        if ((s.relation(c).equals("obj") || s.relation(c).equals("iobj")) && !actorsAt(s, c, byHead).isEmpty()) {
          return speech;
        }
      }
    }
    return -1;
  }

  /** Words by which an actor is said to be displeased: "was disappointed by", "is angry at". */
  private static final Set<String> DISPLEASURE = Set.of(
      "disappointed", "dismayed", "angered", "angry", "outraged", "furious", "incensed", "upset", "appalled", "frustrated");

  /**
   * An actor said to be displeased with another's act ("Israel was disappointed by Trump's
   * decision"): criticism (111) of the one whose act it is, as the gold codes it
   * (evaluation/events-tuning-en-7.txt). Only as a predicate with a "by", "at", "with" or "over"
   * phrase that names the other actor; "the decision angered China" (the actor as object) is not read.
   */
  private static List<Found> displeasureAt(ParsedSentence s, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int i = 0; i < s.size(); i++) {
      if (!DISPLEASURE.contains(s.lower(i))) {
        continue;
      }
      List<ActorMention> targets = new ArrayList<>();
      for (int c : s.children(i)) {
        if ((s.relation(c).equals("obl") || s.relation(c).equals("nmod")) && hasCase(s, c, "by", "at", "with", "over")) {
          targets.addAll(actorsAt(s, c, byHead));
        }
      }
      Factuality f = FactualityRules.of(s, i, question);
      if (targets.isEmpty() || f != Factuality.ASSERTED) {
        continue;
      }
      List<Integer> subjects = new ArrayList<>(s.children(i, "nsubj"));
      subjects.addAll(s.children(i, "nsubj:pass"));
      for (int c : subjects) {
        for (ActorMention a : actorsAt(s, antecedent(s, i, c, byHead), byHead)) {
          for (ActorMention b : targets) {
            if (!sameState(a.code(), b.code())) {
              out.add(new Found(a, b, Evaluations.CRITICISM, s.words.get(i), f));
            }
          }
        }
      }
    }
    return out;
  }

  /** Verbs that judge what their object is by a small clause: "called the strikes illegal", "considers the move a mistake". */
  private static final Set<String> JUDGERS = Set.of(
      "describe", "call", "label", "brand", "term", "characterize", "characterise", "consider", "deem", "find", "found",
      "view", "see", "regard");

  /**
   * Criticism or praise told by a word of evaluation (evaluations-en.txt) predicated of an actor's
   * act or conduct in what a speaker says ("Russia said the U.S. sanctions were counterproductive",
   * "Germany called Russia's move unacceptable"): the speaker criticises (111) or praises (051) the
   * actor, as the gold conventions code a speech act by its content. The clause's subject, or the
   * object a verb of judging names, must name the actor itself or by a possessor or compound ("the
   * U.S. sanctions"); an evaluative adjective on a noun the actor owns ("Iran's destabilizing
   * behavior") judges it wherever a speaker says it. A negated praise is criticism ("was not helpful"); a negated or hedged
   * criticism ("was not illegal", "may be illegal") is none. English only.
   */
  private static List<Found> evaluationInSpeech(ParsedSentence s, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int i = 0; i < s.size(); i++) {
      String code = Evaluations.codeAt(s, i);
      if (code == null) {
        code = censureByName(s, i);
      }
      boolean byTone = code == null;
      if (byTone) {
        code = toneOfPredicate(s, i);
      }
      if (code == null || !(s.tag(i).startsWith("JJ") || s.tag(i).startsWith("NN"))) {
        continue;
      }
      int speech = -1;
      List<Integer> judged = new ArrayList<>();
      int h = s.head(i);
      String r = s.relation(i);
      if (r.equals("amod") && h > i && s.tag(h).startsWith("NN") && (!byTone || ACTS.contains(s.lower(h)))) {
        // "said the U.S. would not ignore Iran's destabilizing behavior": an evaluation that names
        // the conduct of the actor who owns it, in what a speaker says, however the clause runs
        for (int c : s.children(h)) {
          if (s.fullRelation(c).equals("nmod:poss") || (s.relation(c).equals("nmod") && hasCase(s, c, "by"))) {
            judged.add(c);
          }
        }
        speech = judged.isEmpty() ? -1 : speechOver(s, h);
      } else if (!s.children(i, "cop").isEmpty()) {
        // "said the U.S. sanctions were counterproductive": the copular clause is the content of saying
        judged.addAll(s.children(i, "nsubj"));
        // "said what Russia did was unacceptable": a clause as subject names its doer
        for (int c : s.children(i, "csubj")) {
          judged.addAll(s.children(c, "nsubj"));
        }
        if (h >= 0 && (r.equals("ccomp") || r.equals("parataxis")) && s.isVerb(h)
            && (FactualityRules.irrealisOf(SPEECH, s.lower(h)) || FactualityRules.irrealisOf(SPEECH_OF_BLAME, s.lower(h)))) {
          speech = h;
        }
        // "Russia's decision was disastrous, Japan said": the parser hangs the verb of saying on the predicate
        for (int c : s.children(i, "parataxis")) {
          if (h < 0 && speech < 0 && c > i && s.isVerb(c) && FactualityRules.irrealisOf(SPEECH, s.lower(c))) {
            speech = c;
          }
        }
        if (byTone) {
          // by tone, the thing judged is the actor's act ("Russia's decision was disastrous") or the actor
          // itself named by an evaluative modifier ("Japan is a reliable partner"), not a third thing
          // ("the Russian economy is weak") nor the actor by a bare noun ("Russia is an ally": a standing tie)
          boolean modified = s.tag(i).startsWith("NN") && Math.abs(modifierValence(s, i)) >= CLEAR_TONE;
          judged.removeIf(c -> !ACTS.contains(s.lower(c)) && !(modified && byHead.containsKey(c)));
        }
      } else if (byTone) {
        continue;
      } else if (h >= 0 && s.isVerb(h) && FactualityRules.irrealisOf(JUDGERS, s.lower(h))
          && (r.equals("xcomp") || ((r.equals("obl") || r.equals("advcl")) && asMarked(s, i)))) {
        // "called the strikes illegal", "described the move as unacceptable": the small clause's
        // subject is the judging verb's object, or the parser hangs it on the predicate
        judged.addAll(s.children(i, "nsubj"));
        judged.addAll(s.children(h, "obj"));
        speech = h;
      } else if (nameHungOnObject(s, i)) {
        // "called the US decision "a mistake"": the parser may hang a quoted name on the object as "dep"
        judged.add(h);
        speech = s.head(h);
      }
      if (speech < 0 || judged.isEmpty()) {
        continue;
      }
      // a small clause is as factual as its verb of judging, which speakerActsOn reads ("call" is
      // irrealis for "called for talks", so the predicate's own reading would hedge every one)
      Factuality f = r.equals("amod") ? Factuality.ASSERTED : speech == h && s.children(i, "cop").isEmpty()
          ? (s.children(i).stream().anyMatch(c -> NEGATORS.contains(s.lower(c))) ? Factuality.NEGATED : Factuality.ASSERTED)
          : FactualityRules.asToldBy(s, i, speech, question);
      if (f == Factuality.NEGATED) {
        if (byTone || !code.equals(Evaluations.PRAISE)) {
          continue;
        }
        code = Evaluations.CRITICISM;
      } else if (f != Factuality.ASSERTED) {
        continue;
      }
      List<ActorMention> targets = new ArrayList<>();
      for (int c : judged) {
        if (!PERSONAL_PRONOUNS.contains(s.lower(c)) && !agreementNamedByParty(s, c)) {
          targets.addAll(actorsAt(s, c, byHead));
        }
      }
      out.addAll(speakerActsOn(s, speech, targets, code, byHead, question));
    }
    return out;
  }

  /** Nouns of an actor's acts and conduct, which a predicate rated by tone judges: "Russia's decision was disastrous". */
  private static final Set<String> ACTS = Set.of(
      "decision", "decisions", "move", "moves", "policy", "policies", "action", "actions", "act", "step", "steps", "approach",
      "behavior", "behaviour", "conduct", "response", "handling", "stance", "position", "role", "leadership", "talks", "plan",
      "proposal", "announcement", "statement", "remarks", "comments", "measure", "measures", "strategy", "effort", "efforts",
      "intervention", "offer", "choice", "sanctions", "tariffs", "strikes", "attack", "attacks");
  /**
   * Words the tone lexicon rates that say nothing of an act's worth when predicated of it: "the U.S.
   * decision is important", "China is interested", "Russia is responsible" (blame, read by blameInSpeech).
   */
  private static final Set<String> NOT_JUDGING = Set.of(
      "important", "interested", "concerned", "responsible", "true", "strong", "stronger", "clear", "free", "hard",
      "difficult", "significant", "big", "huge", "large", "major", "serious", "ready", "willing", "committed", "sure", "certain");
  /** Least valence, summed over a predicate and its modifiers, that the tone lexicon must give a judgement. */
  private static final int CLEAR_TONE = 2;

  /**
   * Criticism (111) or praise (051) when word i, an adjective or noun predicated of something (with a
   * copula) or an adjective on a noun, is rated clearly negative or positive by the tone stage's
   * lexicon (AFINN-165) with its modifiers: "disastrous", "a reliable partner". Words of
   * evaluations-en.txt and of naming are read before this; which thing is judged is left to the caller.
   */
  private static String toneOfPredicate(ParsedSentence s, int i) {
    boolean predicate = !s.children(i, "cop").isEmpty() || (s.relation(i).equals("amod") && s.head(i) > i);
    if (!predicate || NOT_JUDGING.contains(s.lower(i))) {
      return null;
    }
    int valence = Evaluations.valence(s.lower(i)) + modifierValence(s, i);
    return valence >= CLEAR_TONE ? Evaluations.PRAISE : valence <= -CLEAR_TONE ? Evaluations.CRITICISM : null;
  }

  /** The summed valence of the adjectives and adverbs on word i: "reliable" in "a reliable partner". */
  private static int modifierValence(ParsedSentence s, int i) {
    int valence = 0;
    for (int c : s.children(i)) {
      if ((s.relation(c).equals("amod") || s.relation(c).equals("advmod")) && !NOT_JUDGING.contains(s.lower(c))) {
        valence += Evaluations.valence(s.lower(c));
      }
    }
    return valence;
  }

  /** Relations of the words that, with the predicate, make up what a describing verb calls its object. */
  private static final Set<String> NAMING_WORDS = Set.of("amod", "advmod", "nmod", "compound", "conj");

  /**
   * Criticism (111) when word i is what a verb of naming (call, describe, label, brand, term, ...)
   * calls its object, by words that the tone stage's lexicon rates negative and evaluations-en.txt
   * does not list: "called the Danish leader "nasty"", "called Netanyahu a "liar"", "described the
   * Islamic State as "the face of evil"". Positive names are left out: "a safe haven",
   * "an active defense" rate positive and praise nothing; praise comes from evaluations-en.txt only.
   */
  private static String censureByName(ParsedSentence s, int i) {
    int h = s.head(i);
    String r = s.relation(i);
    boolean name = h >= 0 && naming(s, h) && (r.equals("xcomp") || ((r.equals("obl") || r.equals("advcl")) && asMarked(s, i)));
    if (!name && !nameHungOnObject(s, i)) {
      return null;
    }
    int valence = Evaluations.valence(s.lower(i));
    for (int c : s.children(i)) {
      if (NAMING_WORDS.contains(s.relation(c))) {
        valence += Evaluations.valence(s.lower(c));
      }
    }
    return valence < 0 ? Evaluations.CRITICISM : null;
  }

  /** Whether the verb at v names what its object is: call, describe, label, brand, term, characterize. */
  private static boolean naming(ParsedSentence s, int v) {
    return s.isVerb(v) && FactualityRules.irrealisOf(DESCRIBERS, s.lower(v)) && FactualityRules.irrealisOf(JUDGERS, s.lower(v));
  }

  /**
   * Whether word i is the name a verb of naming gives its object, hung by the parser on the object
   * as "dep" (18 of 218 corpus sentences with such a verb and a quotation mark: "called Germany
   * "delinquent"", "called the US decision "a mistake"").
   */
  static boolean nameHungOnObject(ParsedSentence s, int i) {
    int o = s.head(i);
    return o >= 0 && o < i && s.relation(i).equals("dep") && s.relation(o).equals("obj") && s.head(o) >= 0 && naming(s, s.head(o));
  }

  /** Nouns of agreements, which a compound names by a party, not by their author. */
  private static final Set<String> AGREEMENTS = Set.of("deal", "agreement", "accord", "pact", "treaty");

  /**
   * Whether the judged noun is an agreement that a compound names by one of its parties: "called the
   * Iran deal catastrophic" judges the deal that others made with Iran, not an act of Iran's.
   */
  private static boolean agreementNamedByParty(ParsedSentence s, int n) {
    return AGREEMENTS.contains(s.lower(n)) && s.children(n, "nmod:poss").isEmpty();
  }

  /** Words that negate a small clause's predicate: "called the deal not helpful". */
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't");

  /** Whether a predicate is marked by "as": "described the move as unacceptable". */
  private static boolean asMarked(ParsedSentence s, int i) {
    return s.children(i).stream().anyMatch(c -> (s.relation(c).equals("case") || s.relation(c).equals("mark")) && s.lower(c).equals("as"));
  }

  /**
   * An accusation told by what a speaker says ("U.S. officials say Iran was behind the attacks",
   * "said Russia was responsible for the poisoning"): the speaker accuses the one said to be behind
   * it (112), as the gold conventions code a speech act by its content. English only.
   */
  private static List<Found> blameInSpeech(ParsedSentence s, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int i = 0; i < s.size(); i++) {
      if (!BLAME_WORDS.contains(s.lower(i))) {
        continue;
      }
      // "Iran was behind the attacks": the noun heads the clause, "behind" its case; "Iran was
      // responsible for the attacks": the adjective does
      int clause = s.lower(i).equals("behind") && s.relation(i).equals("case") ? s.head(i) : s.tag(i).startsWith("JJ") ? i : -1;
      if (clause < 0 || s.children(clause, "cop").isEmpty()) {
        continue;
      }
      int speech = s.relation(clause).equals("ccomp") ? s.head(clause) : -1;
      // "May said it was highly likely that Russia was behind the attack": the speaker's own
      // judgement of the clause, extraposed, is the accusation too
      if (speech >= 0 && CERTAINTY.contains(s.lower(speech)) && s.relation(speech).equals("ccomp")
          && FactualityRules.of(s, speech, false) == Factuality.ASSERTED) {
        speech = s.head(speech);
      }
      List<Integer> accused = s.children(clause, "nsubj");
      // "officials say Iran was behind": the parser may make the verb of saying the clause's subject
      // and the accused its object
      for (int c : s.children(clause, "csubj")) {
        if (accused.isEmpty()) {
          speech = c;
          accused = s.children(c, "obj");
        }
      }
      if (speech < 0 || !s.isVerb(speech) || !FactualityRules.irrealisOf(SPEECH_OF_BLAME, s.lower(speech))) {
        continue;
      }
      List<ActorMention> targets = new ArrayList<>();
      for (int c : accused) {
        targets.addAll(actorsAt(s, antecedent(s, clause, c, byHead), byHead));
      }
      out.addAll(speakerActsOn(s, speech, targets, "112", byHead, question));
    }
    return out;
  }

  /**
   * Criticism told by a noun that condemns an actor's conduct in what a speaker says ("'China's
   * adjustment is a response to U.S. unilateralism,' the finance ministry said"): the speaker
   * criticises the actor (111), as the gold conventions code a speech act by its content. English only.
   */
  private static List<Found> censureInSpeech(ParsedSentence s, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int i = 0; i < s.size(); i++) {
      if (!CENSURE_NOUNS.contains(s.lower(i)) || !s.tag(i).startsWith("NN") || inquiredInto(s, i)) {
        continue;
      }
      List<ActorMention> targets = new ArrayList<>();
      for (int c : s.children(i)) {
        String r = s.fullRelation(c);
        boolean agent = s.relation(c).equals("nmod") && hasCase(s, c, "by", "of");
        if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || agent) {
          targets.addAll(actorsAt(s, c, byHead));
        }
      }
      int speech = speechOver(s, i);
      if (targets.isEmpty() || speech < 0) {
        continue;
      }
      out.addAll(speakerActsOn(s, speech, targets, "111", byHead, question));
    }
    return out;
  }

  /** Verbs by which a clause names the author of a deed: "Iran perpetrated the attacks", "were orchestrated by Russia". */
  private static final Set<String> AUTHORSHIP = Set.of(
      "perpetrate", "commit", "committed", "committing", "orchestrate", "mastermind", "stage", "carry", "conduct", "plot", "plotted");
  /**
   * Nouns of deeds of force beside the attacks ({@link SentenceCoder#attackNoun}) and of hostile covert
   * acts, whose author a speaker accuses by naming it.
   */
  private static final Set<String> DEED_NOUNS = Set.of(
      "killing", "assassination", "massacre", "invasion", "shooting", "poisoning", "hack", "hacking", "cyberattack",
      "atrocity", "atrocities", "abduction", "kidnapping");

  /**
   * A speaker's statement of who carried out a deed ("the United States says Iran perpetrated the
   * attacks", "says the attacks were orchestrated by Iran"): the speaker accuses the author (112), as
   * "was behind" does in {@link #blameInSpeech} (evaluation/README.md, settled doubts, "Statements
   * that accuse or praise without the verb"). The deed is a noun of force, the verb's object or
   * passive subject.
   */
  private static List<Found> authorsInSpeech(ParsedSentence s, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int v = 0; v < s.size(); v++) {
      if (!s.isVerb(v) || !FactualityRules.irrealisOf(AUTHORSHIP, s.lower(v))
          || (s.lower(v).startsWith("carr") && s.children(v, "compound").stream().noneMatch(c -> s.lower(c).equals("out")))) {
        continue;
      }
      int speech = s.relation(v).equals("ccomp") ? s.head(v) : -1;
      if (speech < 0 || !s.isVerb(speech) || !FactualityRules.irrealisOf(SPEECH_OF_DEEDS, s.lower(speech))) {
        continue;
      }
      boolean passive = !s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "aux:pass").isEmpty();
      List<Integer> deeds = s.children(v, passive ? "nsubj:pass" : "obj");
      if (deeds.stream().noneMatch(d -> isDeed(s, d)) || FactualityRules.of(s, v, question) == Factuality.NEGATED) {
        continue;
      }
      List<ActorMention> authors = new ArrayList<>();
      if (passive) {
        for (int c : s.children(v, "obl")) {
          if (hasCase(s, c, "by")) {
            authors.addAll(actorsAt(s, c, byHead));
          }
        }
      } else {
        for (int c : s.children(v, "nsubj")) {
          authors.addAll(actorsAt(s, antecedent(s, v, c, byHead), byHead));
        }
      }
      out.addAll(speakerActsOn(s, speech, authors, "112", byHead, question));
    }
    return out;
  }

  /** Whether the noun at n names a deed of force: "the attacks", "the bombing". */
  private static boolean isDeed(ParsedSentence s, int n) {
    if (n < 0 || !s.tag(n).startsWith("NN")) {
      return false;
    }
    String w = s.lower(n);
    return SentenceCoder.attackNoun(w) || DEED_NOUNS.contains(w) || (w.endsWith("s") && DEED_NOUNS.contains(w.substring(0, w.length() - 1)));
  }

  /** Verbs by which an act is said to harm what it acts on: "undermines global security", "hurts farmers". */
  private static final Set<String> HARMS = Set.of(
      "undermine", "jeopardize", "jeopardise", "endanger", "destabilize", "destabilise", "threaten", "damage", "harm", "hurt",
      "violate", "sabotage", "erode", "poison");

  /**
   * An actor's act that a speaker says harms something ("Moscow said the U.S. decision to quit the
   * pact undermines global security", "China said American tariffs hurt the world economy"):
   * criticism (111) of the actor, as the gold conventions code a speech act by its content. The
   * subject must name the actor, by itself, a possessor, a compound or an adjective; the clause must
   * be the asserted content of a verb of saying ("would undermine" is a forecast). A criticism that
   * a verb of the lexicon already codes for the pair is one act.
   */
  private static List<Found> harmInSpeech(ParsedSentence s, List<Found> found, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int v = 0; v < s.size(); v++) {
      if (!s.isVerb(v) || !FactualityRules.irrealisOf(HARMS, s.lower(v)) || s.children(v, "obj").isEmpty()) {
        continue;
      }
      int speech = s.head(v);
      String r = s.relation(v);
      List<Integer> subjects = s.children(v, "nsubj");
      // "Russia said the American decision to quit the treaty undermines security": without "that" the
      // parser may read the clause's subject as the object of "said" and hang the verb on it as "dep"
      if (speech >= 0 && r.equals("dep") && subjects.isEmpty()) {
        int verb = v;
        subjects = s.children(speech, "obj").stream().filter(o -> o < verb).toList();
        r = subjects.isEmpty() ? r : "ccomp";
      }
      if (speech < 0 || !(r.equals("ccomp") || r.equals("parataxis")) || !s.isVerb(speech)
          || !(FactualityRules.irrealisOf(SPEECH, s.lower(speech)) || FactualityRules.irrealisOf(SPEECH_OF_BLAME, s.lower(speech)))
          || FactualityRules.asToldBy(s, v, speech, question) != Factuality.ASSERTED) {
        continue;
      }
      List<ActorMention> doers = new ArrayList<>();
      for (int c : subjects) {
        if (!PERSONAL_PRONOUNS.contains(s.lower(c)) && !agreementNamedByParty(s, c)) {
          doers.addAll(actorsAt(s, antecedent(s, v, c, byHead), byHead));
        }
      }
      speakerActsOn(s, speech, doers, Evaluations.CRITICISM, byHead, question).stream()
          .filter(c -> found.stream().noneMatch(f -> f.code().startsWith("11") && f.source().code().equals(c.source().code())
              && f.target() != null && f.target().code().equals(c.target().code())))
          .distinct()
          .forEach(out::add);
    }
    return out;
  }

  /** CAMEO 016, deny responsibility: the code the conventions give a denial of another's charge, towards its maker. */
  private static final String DENIAL = "016";
  /** The verb of denial in its forms ("denies", "denied" have the stem "denie"). */
  private static final Set<String> DENY = Set.of("deny", "denie");
  /** Nouns of another's charge, whose maker a denial answers: "denied US intelligence agencies' findings". */
  private static final Set<String> CHARGES = Set.of(
      "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims", "finding", "findings");

  /**
   * A denial of another's charge ("Russia has denied US intelligence agencies' findings that it
   * interfered", "Iran denied US claims"): 016 towards the charge's maker, as set 18 codes a denial
   * towards a named accuser. The maker is the charge's possessor, compound, adjective or "by"/"from"
   * phrase ("the accusations by Ukraine"), or, where the parser reads "US claims" as a clause, its
   * subject; a charge that names no maker ("denied the allegations") is denied towards no one, and
   * an actor in the clause of what is charged is the accused, not the accuser.
   */
  private static List<Found> denialsOfCharges(ParsedSentence s, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int v = 0; v < s.size(); v++) {
      if (!s.isVerb(v) || !FactualityRules.irrealisOf(DENY, s.lower(v))) {
        continue;
      }
      List<ActorMention> makers = new ArrayList<>();
      boolean charged = false;
      for (int c : s.children(v)) {
        if (!CHARGES.contains(s.lower(c))) {
          continue;
        }
        if (s.relation(c).equals("obj")) {
          charged = true;
          for (int m : s.children(c)) {
            String r = s.fullRelation(m);
            if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || (s.relation(m).equals("nmod") && hasCase(s, m, "by", "from"))) {
              makers.addAll(actorsAt(s, m, byHead));
            }
          }
        } else if (s.relation(c).equals("ccomp") && s.isVerb(c) && s.children(c, "mark").isEmpty()) {
          // "denied US claims that it sponsors militant groups": the parser reads the charge as a clause
          for (int m : s.children(c, "nsubj")) {
            makers.addAll(actorsAt(s, m, byHead));
          }
        }
      }
      // "denied findings from the U.S. intelligence community": the parser may hang the maker on the verb
      for (int m : charged ? s.children(v, "obl") : List.<Integer>of()) {
        if (hasCase(s, m, "by", "from")) {
          makers.addAll(actorsAt(s, m, byHead));
        }
      }
      Factuality f = FactualityRules.of(s, v, question);
      for (int c : subjects(s, v, byHead)) {
        for (ActorMention a : actorsAt(s, antecedent(s, v, c, byHead), byHead)) {
          for (ActorMention b : makers) {
            if (!sameState(a.code(), b.code())) {
              out.add(new Found(a, b, DENIAL, s.words.get(v), f));
            }
          }
        }
      }
    }
    return out;
  }

  /** Predicates that praise a tie as firm or good: "our commitment to Japan is iron-clad". */
  private static final Set<String> TIE_PRAISE = Set.of(
      "iron-clad", "ironclad", "unbreakable", "unshakable", "unshakeable", "unwavering", "steadfast", "rock-solid", "immutable",
      "strong", "stronger", "solid", "excellent", "close", "closer", "special", "unprecedented");
  /** Nouns of a tie between states: commitment, relationship, alliance, friendship, ... */
  private static final Set<String> TIES = Set.of(
      "commitment", "relationship", "relations", "ties", "alliance", "partnership", "friendship", "bond", "bonds", "support");

  /**
   * A speaker's own side's tie with another actor said to be firm or good ("Pence said the American
   * commitment to South Korea is iron-clad"): praise (051) of the partner, as the gold conventions
   * code an "unbreakable bond". The tie is the speaker's: any actor that owns it (possessor,
   * compound, adjective) or that a "between" phrase names beside the partner is the speaker's state;
   * a third party's tie ("Russia's relationship with Iran is strong") praises nothing.
   */
  private static List<Found> tiesPraised(ParsedSentence s, Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    if (s.german) {
      return out;
    }
    for (int i = 0; i < s.size(); i++) {
      if (!TIE_PRAISE.contains(s.lower(i)) || s.children(i, "cop").isEmpty() || FactualityRules.of(s, i, question) != Factuality.ASSERTED) {
        continue;
      }
      int speech = s.head(i);
      String r = s.relation(i);
      if (speech < 0 || !(r.equals("ccomp") || r.equals("parataxis")) || !s.isVerb(speech) || !FactualityRules.irrealisOf(SPEECH, s.lower(speech))) {
        continue;
      }
      for (int tie : s.children(i, "nsubj")) {
        if (!TIES.contains(s.lower(tie))) {
          continue;
        }
        List<ActorMention> owners = new ArrayList<>();
        List<ActorMention> partners = new ArrayList<>();
        for (int c : s.children(tie)) {
          String cr = s.fullRelation(c);
          if (cr.equals("compound") || cr.equals("amod") || cr.equals("nmod:poss")) {
            owners.addAll(actorsAt(s, c, byHead));
          } else if (s.relation(c).equals("nmod") && hasCase(s, c, "to", "with", "for", "between")) {
            (hasCase(s, c, "between") ? owners : partners).addAll(actorsAt(s, c, byHead));
          }
        }
        // without a "to"/"with" partner, the tie's other owner is praised ("the bonds between the United
        // States and Israel are strong", said by the United States), and the speaker must be one of them
        boolean named = !partners.isEmpty();
        for (Found f : speakerActsOn(s, speech, named ? partners : owners, Evaluations.PRAISE, byHead, question)) {
          boolean own = owners.stream().allMatch(o -> sameState(o.code(), f.source().code()) || o.code().equals(f.target().code()));
          boolean speakerParty = named || owners.stream().anyMatch(o -> sameState(o.code(), f.source().code()));
          if (own && speakerParty && !out.contains(f)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  /** Nouns of inquiries and of others' charges, whose topic the speaker names without judging it. */
  private static final Set<String> INQUIRIES = Stream.concat(SentenceCoder.INQUIRY_NOUNS.stream(),
      Stream.of("allegation", "allegations", "accusation", "accusations", "claim", "claims", "charges", "question", "questions"))
      .collect(Collectors.toUnmodifiableSet());

  /**
   * Whether the noun at i is the topic of an inquiry or of a charge: "the memo vindicates him in the
   * probe of Russian meddling" names the probe, not the speaker's censure of Russia.
   */
  private static boolean inquiredInto(ParsedSentence s, int i) {
    int h = s.head(i);
    return h >= 0 && s.relation(i).equals("nmod") && INQUIRIES.contains(s.lower(h));
  }

  /**
   * The actors who say the clause v, when v is the content of a verb of saying: an attitude told
   * in the passive without an agent is the speaker's own ("the Chinese embassy said 'the heroic
   * action of Pakistani army is highly appreciated'": China praises Pakistan).
   */
  static List<ActorMention> speakersOf(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    int speech = s.head(v);
    List<ActorMention> out = new ArrayList<>();
    if (s.german || speech < 0 || !s.relation(v).equals("ccomp") || !s.isVerb(speech) || !FactualityRules.irrealisOf(SPEECH, s.lower(speech))) {
      return out;
    }
    for (int c : subjects(s, speech, byHead)) {
      out.addAll(actorsAt(s, antecedent(s, speech, c, byHead), byHead));
    }
    return out;
  }

  /** The subjects of a verb of saying act on the targets its content names (each pair across states). */
  private static List<Found> speakerActsOn(ParsedSentence s, int speech, List<ActorMention> targets, String code,
      Map<Integer, ActorMention> byHead, boolean question) {
    List<Found> out = new ArrayList<>();
    Factuality f = FactualityRules.of(s, speech, question);
    for (int c : subjects(s, speech, byHead)) {
      for (ActorMention a : actorsAt(s, antecedent(s, speech, c, byHead), byHead)) {
        for (ActorMention b : targets) {
          if (!sameState(a.code(), b.code())) {
            out.add(new Found(a, b, code, s.words.get(speech), f));
          }
        }
      }
    }
    return out;
  }

  /**
   * The verb of saying whose clause holds word i ("said" over "... a response to U.S. unilateralism"),
   * or the verb that names a thing by the phrase holding it ("described them as acts of U.S.
   * hostility"), or -1.
   */
  private static int speechOver(ParsedSentence s, int i) {
    int at = i;
    for (int depth = 0; depth < 6; depth++) {
      // "Russia said the sanctions were an act of aggression": the parser may make the verb of saying
      // the subject of the clause it introduces
      for (int c : s.children(at, "csubj")) {
        if (c < i && s.isVerb(c) && FactualityRules.irrealisOf(SPEECH, s.lower(c))) {
          return c;
        }
      }
      int h = s.head(at);
      if (h < 0) {
        return -1;
      }
      String r = s.relation(at);
      if ((r.equals("ccomp") || r.equals("parataxis")) && s.isVerb(h) && FactualityRules.irrealisOf(SPEECH, s.lower(h))) {
        return h;
      }
      // "Pyongyang, which has described them as acts of U.S. hostility": naming a thing so says it
      boolean named = r.equals("xcomp") || (r.equals("obl") && hasCase(s, at, "as"));
      if (named && s.isVerb(h) && FactualityRules.irrealisOf(DESCRIBERS, s.lower(h))) {
        return h;
      }
      at = h;
    }
    return -1;
  }
}
