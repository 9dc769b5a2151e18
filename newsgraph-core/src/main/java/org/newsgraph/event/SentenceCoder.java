package org.newsgraph.event;

import static org.newsgraph.event.Sides.sameState;
import static org.newsgraph.event.Trees.hasCase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Factuality;

/**
 * The events of one parsed sentence: every verb of the lexicon whose subject is an actor, with the
 * actor it acts on (object, indirect object or a prepositional phrase), read off the dependency
 * tree. Passives take the agent of "by"/"von" as the source; coordinated actors give one event
 * each; a verb coordinated with an earlier one, or an infinitive under it, shares its subject;
 * possessors, compounds and appositions of a noun stand for it ("a Kremlin spokesman", "Israel's
 * strikes"). What a speaker's words say without a verb of the lexicon (blame, censure, praise,
 * displeasure, a claim of one's own deed) is coded by {@link VerblessStatements}, which resolves its
 * actors by this class's {@link #subjects}, {@link #antecedent} and {@link #actorsAt}.
 */
final class SentenceCoder {
  /** A found event before it becomes a model event: the actors, the code, the verb and its factuality. */
  record Found(ActorMention source, ActorMention target, String code, Word verb, Factuality factuality) {}

  /**
   * Prepositions whose object is whom the act is done to. German "aus" is "from": "wies die Vorwürfe
   * aus Washington zurück", "zog seine Truppen aus Mali ab".
   */
  private static final Set<String> TARGET_PREPOSITIONS = Set.of(
      "to", "with", "against", "on", "upon", "at", "into", "toward", "towards", "over", "from", "for", "of", "as",
      "mit", "gegen", "an", "auf", "gegenüber", "zu", "nach", "von", "über", "vor", "um", "bei", "aus");

  static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "der", "die", "das", "welche", "welcher");
  static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "it", "they", "er", "sie", "es");
  /** Participles that name whom a thing is meant for: "sanctions targeting Iranian officials", "tariffs aimed at China". */
  private static final Set<String> AIMING = Set.of("targeting", "targetting", "targeted", "aimed", "directed");
  private static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "ihn", "ihm");

  /** Relations from a noun to the words that may name the actor behind it. */
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod", "appos", "flat", "nmod:poss");

  /**
   * Codes of attitudes (praise, approval, disapproval, criticism) that a speaker holds when the words
   * say them in the passive without an agent: "is highly appreciated", "is strongly condemned".
   * Deeds told so ("troops were attacked") are not the speaker's.
   */
  private static final Set<String> ATTITUDES = Set.of("051", "110", "111");
  /**
   * The most coordinated actors of a mutual act that are coded as doing it to each other: the
   * conventions code three-party joint drills in all six directions (evaluation/README.md, set 1),
   * while "the agreement, which was also signed by Britain, France, Germany, China and Russia"
   * names the parties of a multilateral agreement, whose twenty pairs are no relations the sentence
   * tells; each of them is then coded without a target.
   */
  private static final int MOST_MUTUAL = 3;

  private final VerbLexicon lexicon;

  SentenceCoder(VerbLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether any word is a verb form of the lexicon or a word of blame ("behind", "responsible"),
   * before a parse says which words are verbs.
   */
  boolean mayHaveEvent(List<Word> words) {
    for (Word w : words) {
      if (lexicon.isVerb(w.lower()) || VerblessStatements.mayCode(w.lower())) {
        return true;
      }
    }
    return EventNouns.ENGLISH.mayRead(words) || VerblessStatements.mayJudgeByTone(words);
  }

  List<Found> code(ParsedSentence s, List<ActorMention> actors, boolean question) {
    Map<Integer, ActorMention> byHead = AnaphoricNouns.withMembers(s, heads(s, actors));
    List<Found> out = new ArrayList<>();
    Set<Word> announcers = new HashSet<>();
    for (int v = 0; v < s.size(); v++) {
      if (!(s.isVerb(v) || copularIn(s, v)) || !(lexicon.isVerb(s.lower(v)) || EventNouns.ENGLISH.isLight(s.lower(v)))
          || titleWord(s, v) || nounAsClausalSubject(s, v)) {
        continue;
      }
      // "flew to Riyadh after visiting Israel" parsed with "visiting" as an adjective of "Israel": the
      // name is the gerund's object, and the verb its phrase hangs on gives subject and factuality
      int misreadObject = gerundReadAsAdjective(s, v);
      int clause = misreadObject >= 0 ? s.head(misreadObject) : v;
      int[] extent = misreadObject >= 0 ? new int[] {v, s.extent(misreadObject)[1]} : s.extent(v);
      int frameFrom = s.german ? extent[0] - 1 : v;
      // a particle makes another verb: "called off the meeting" is read only by entries that name "off"
      Predicate<VerbLexicon.Entry> allowed = Particles.admitting(s, v);
      VerbLexicon.Entry m = lexicon.match(s.words, v, frameFrom, extent[1] + 1, allowed);
      // the verb's own entry, which its targets' kinds may read anew (TargetKind)
      VerbLexicon.Entry ofVerb = m;
      // "repeated a call for Washington to change": the light verb's event noun is coded as its verb
      // would be, unless the lexicon reads the verb with a frame of its own ("lodged a protest")
      EventNouns.Reading told = EventNouns.ENGLISH.reading(s, v, lexicon, extent[1] + 1);
      if (told != null && (m == null || m.frame().isEmpty() || !told.entry().frame().isEmpty())) {
        m = told.entry();
      } else {
        told = null;
      }
      if (m == null) {
        m = participleOfItsNoun(s, v, extent);
      }
      if (m == null) {
        m = relativeOfItsNoun(s, v, extent);
      }
      // "the duties were levied on imports" reads as "levied duties on imports": the passive's subject is
      // the frame's object, and the target is in its own phrase
      int theme = m == null ? passiveTheme(s, v) : -1;
      if (theme >= 0) {
        m = lexicon.matchWithObjectBefore(s.words, v, theme, extent[1] + 1, allowed);
        theme = m == null ? -1 : theme;
      }
      // "agreed to put limits on the metals they can ship to the US": a step that no verb of the lexicon
      // codes, agreed with a partner that a phrase inside it names, is intent to cooperate
      int agreedStep = m == null ? IntentRules.agreedStep(s, v) : -1;
      if (agreedStep >= 0 && lexicon.match(s.words, agreedStep, agreedStep, s.extent(agreedStep)[1] + 1, Particles.admitting(s, agreedStep)) == null) {
        m = new VerbLexicon.Entry(IntentRules.COOPERATION_INTENT, List.of(), false, false, false, 0);
      } else {
        agreedStep = -1;
      }
      if (m != null && m.code().startsWith("02") && callsItsObjectAName(s, v)) {
        allowed = allowed.and(e -> !e.code().startsWith("02"));
        m = lexicon.match(s.words, v, v, extent[1] + 1, allowed);
        frameFrom = v;
        ofVerb = m;
      }
      if (m == null || claimInsisted(s, v, m) || warningOfWhatIs(s, v, m) || Aspect.phaseOfAnotherVerb(s, v)) {
        continue;
      }
      if (PlacesOfForce.force(m.code()) && FigurativeForce.of(s, v)) {
        continue;
      }
      // "Iran backs Assad": a tie or flow told in the simple present is a standing relation, no deed
      if (StandingRelations.told(s, v, m.code())) {
        continue;
      }
      if (Refugees.takenIn(s, v, m.code())) {
        m = new VerbLexicon.Entry(Refugees.ASYLUM, List.of(), false, false, false, m.order());
      }
      // "stopped communicating with Seoul": the act did not go on; cooperation stopped reduces relations,
      // done by the one who stopped it (not back by the partner), as factual as the stopping
      int stopping = Aspect.stoppingVerb(s, v);
      if (stopping >= 0) {
        String code = m.received() ? null : Aspect.stopped(m.code());
        if (code == null) {
          continue;
        }
        m = new VerbLexicon.Entry(code, m.frame(), m.mutual() && !m.reciprocal(), false, false, m.order());
        clause = stopping;
      }
      if (economicRetaliation(s, v, m)) {
        m = new VerbLexicon.Entry(SANCTIONS, List.of(), false, false, false, m.order());
      }
      // "called on Ukraine to thank its soldiers" is an appeal, not a phone call "to thank" (but
      // "spoke on the phone" is a call)
      if (m.code().equals("041") && s.lower(v).startsWith("call") && v + 1 < s.size() && Set.of("on", "upon").contains(s.lower(v + 1))) {
        m = new VerbLexicon.Entry("020", List.of(), false, false, false, m.order());
      }
      // a participle that modifies a noun acts on it: "citizens kidnapped by North Korea"
      // (the parser may hang it as "dep": "the deal brokered by the United States and Russia")
      int attack = attackOfAgent(s, v);
      // "two Canadians detained in China": an arrest told by its place is that state's
      List<ActorMention> detainers = PlacesOfArrest.untold(s, v, m.code()) ? PlacesOfArrest.detainers(s, v, byHead) : List.of();
      boolean participle = (s.fullRelation(v).equals("acl") || bareParticiple(s, v)) && s.head(v) >= 0
          && (agent(s, v) >= 0 || attack >= 0 || !detainers.isEmpty());
      boolean passive = participle || !s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "aux:pass").isEmpty()
          || subjectOfParticiple(s, v) || !detainers.isEmpty();
      List<ActorMention> sources = new ArrayList<>();
      List<ActorMention> targets = new ArrayList<>();
      if (passive) {
        for (int c : s.children(v)) {
          if (s.relation(c).equals("obl") && hasCase(s, c, "by", "von", "durch")) {
            sources.addAll(actorsAt(s, c, byHead));
          }
        }
        // "the leader killed in a U.S. airstrike": the attack's maker did it
        if (sources.isEmpty() && attack >= 0) {
          sources.addAll(makers(s, attack, byHead));
        }
        // "killed by rocket attacks from Gaza": the weapon's place, where its phrase names no user
        for (int c : s.children(v)) {
          if (sources.isEmpty() && PlacesOfForce.force(m.code()) && s.relation(c).equals("obl") && hasCase(s, c, "by")) {
            sources.addAll(PlacesOfForce.origins(s, c, byHead));
          }
        }
        // "Russia's warning was repeated to Iran": the noun's maker, where no agent is named
        if (sources.isEmpty() && told != null) {
          sources.addAll(makers(s, told.noun(), byHead));
        }
        if (sources.isEmpty() && !participle && ATTITUDES.contains(m.code())) {
          sources.addAll(VerblessStatements.speakersOf(s, v, byHead));
        }
        if (sources.isEmpty() && theme >= 0) {
          givenByItsState(s, theme, m.code(), byHead).ifPresent(sources::add);
        }
        if (sources.isEmpty()) {
          sources.addAll(detainers);
        }
        for (int c : s.children(v, "nsubj")) {
          List<ActorMention> phrase = theme >= 0 ? phraseActors(s, theme, others(byHead, sources), "to", "on", "against") : List.of();
          targets.addAll(!phrase.isEmpty() ? phrase : actorsAt(s, antecedent(s, v, c, byHead), theme >= 0 ? others(byHead, sources) : byHead));
        }
        if (participle) {
          targets.addAll(participleTargets(s, s.head(v), byHead));
        }
        // an arrest told by its place is done to those arrested only, not to a phrase ("at the request of the US")
        if (targets.isEmpty() && (detainers.isEmpty() || !sources.equals(detainers))) {
          targets.addAll(passiveTargets(s, v, theme >= 0 ? others(byHead, sources) : byHead));
        }
        if (targets.isEmpty() && PlacesOfForce.force(m.code())) {
          targets.addAll(PlacesOfForce.targets(s, v, others(byHead, sources)));
        }
        // a clause as passive subject is done to its own subject: "Trump's decision to launch a
        // strike was criticized by Russia"
        for (int c : s.children(v, "csubj:pass")) {
          for (int subject : s.children(c, "nsubj")) {
            targets.addAll(actorsAt(s, subject, byHead));
          }
        }
      } else {
        // a finite verb that the parser hung under another word ("but rejected escorts" read as an
        // auxiliary of "escorts") takes the subject of that word's clause, unless it has a subject
        // of its own ("news that Iran shot down a drone")
        boolean misattached = Set.of("aux", "cop", "amod", "compound", "dep").contains(s.relation(v)) && s.head(v) >= 0
            && s.children(v, "nsubj").isEmpty() && !s.tag(v).equals("VBG");
        int listed = verbOfListedDeed(s, v);
        for (int c : subjects(s, listed != v ? listed : misattached ? s.head(v) : clause, byHead)) {
          sources.addAll(actorsAt(s, antecedent(s, s.head(c), c, byHead), byHead));
          Pronouns.partners(s, c, byHead).stream().filter(a -> !sources.contains(a)).forEach(sources::add);
        }
        if (sources.isEmpty()) {
          // "signed an executive order that imposed a ban": a document acts for whoever issued it
          int document = documentOfClause(s, v);
          if (document >= 0) {
            sources.addAll(actorsAt(s, issuer(s, document, byHead), byHead));
          }
          // "the decree, issued by Moscow, barred ...": a document subject acts for its author named elsewhere
          int author = document < 0 ? Documents.author(s, clause, m.code()) : -1;
          if (author >= 0) {
            sources.addAll(actorsAt(s, author, byHead));
          }
        }
        // "rockets fired from Gaza hit Israel": force whose weapon names no user came from its place's state
        if (sources.isEmpty() && PlacesOfForce.force(m.code())) {
          for (int c : subjects(s, listed != v ? listed : misattached ? s.head(v) : clause, byHead)) {
            sources.addAll(PlacesOfForce.origins(s, c, byHead));
          }
        }
        // "police arrested two Britons in Thailand": a body of no named state arrests for the place's
        if (sources.isEmpty() && PlacesOfArrest.byBodyOfThePlace(s, v, m.code(), byHead)) {
          sources.addAll(PlacesOfArrest.detainers(s, v, byHead));
        }
        // "he renewed Russia's call for talks": the noun names its maker where the clause does not
        if (sources.isEmpty() && told != null) {
          sources.addAll(makers(s, told.noun(), byHead));
        }
        // the source's own state is no target, so the search goes on past it: "dropped America's
        // bomb on ISIS targets" acts on ISIS, not on America
        targets.addAll(objects(s, v, others(byHead, sources), byHead, m.code()));
        if (misreadObject >= 0) {
          targets.addAll(actorsAt(s, misreadObject, others(byHead, sources)));
        }
        if (targets.isEmpty() && s.german) {
          // "die Ukraine" reads as nominative or accusative alike: a second subject is the object
          for (int c : s.children(v, "nsubj")) {
            for (ActorMention a : actorsAt(s, c, byHead)) {
              if (!sources.contains(a)) {
                targets.add(a);
              }
            }
          }
        }
        // to whom an appeal, demand or warning is addressed, or whose deed an accusation names
        if (targets.isEmpty() && told != null && (m.code().startsWith("02") || m.code().startsWith("10") || m.code().startsWith("11")
            || m.code().startsWith("13"))) {
          EventNouns.addressees(s, told.noun()).forEach(c -> targets.addAll(actorsAt(s, c, others(byHead, sources))));
        }
        if (targets.isEmpty()) {
          targets.addAll(sharedObjects(s, v, byHead, m.code()));
        }
        if (targets.isEmpty() && m.code().equals(VerblessStatements.CLAIM_OF_RESPONSIBILITY)) {
          targets.addAll(VerblessStatements.victimsOfClaimedDeed(s, v, others(byHead, sources)));
        }
      }
      // "Iran and Russia are working together to prevent an attack on Syria": a joint act is done with the
      // partner its "with"-phrase names, or by each to the other, never to what it is about
      if (m.frame().contains(List.of("together"))) {
        targets.clear();
        targets.addAll(phraseActors(s, v, others(byHead, sources), "with"));
      }
      if (m.received() && !passive) {
        // "ISIS got its capital from Saudi Arabia": the giver acts on the receiver
        targets.clear();
        targets.addAll(sources);
        sources.clear();
        sources.addAll(phraseActors(s, v, byHead, "from", "von", "aus"));
        if (targets.isEmpty()) {
          continue;
        }
      }
      if (sources.isEmpty()) {
        continue;
      }
      if (targets.isEmpty() && !passive) {
        targets.addAll(Pronouns.objects(s, v, byHead, sources));
      }
      if (m == ofVerb && !targets.isEmpty()) {
        m = forTargets(s, v, frameFrom, extent[1] + 1, allowed, m, sources, targets, byHead);
        if (m == null) {
          continue;
        }
      }
      if (agreedStep >= 0) {
        targets.clear();
        IntentRules.partnerPhrases(s, agreedStep).forEach(p -> targets.addAll(actorsAt(s, p, others(byHead, sources))));
        if (targets.isEmpty()) {
          continue;
        }
      }
      Factuality f = FactualityRules.of(s, clause, question);
      if (f == Factuality.ASSERTED && FactualityRules.meetingInThePresent(s, v, m.code())) {
        f = Factuality.HYPOTHETICAL;
      }
      Word verb = s.words.get(v);
      String code = m.code();
      if (verbalClash(s, v, code, sources, targets)) {
        // what a dispute is over is its topic, not a party: "clashed with Trump over Iran"
        code = VERBAL_DISPUTE;
        targets.removeAll(phraseActors(s, v, byHead, "over"));
      }
      IntentRules.Intent intent = question ? null
          : f == Factuality.HYPOTHETICAL ? IntentRules.announced(s, clause, code)
          : f == Factuality.NEGATED ? IntentRules.refused(s, clause, code) : null;
      if (intent != null) {
        code = intent.code();
        f = Factuality.ASSERTED;
        announcers.add(s.words.get(intent.announcer()));
      }
      if ((code.startsWith("06") || code.startsWith("07")) && statistic(s, clause)) {
        continue;
      }
      // "struck the town in coordination with Iraqi forces": the actor and the partner cooperate
      for (int p : Coordination.partners(s, v)) {
        for (ActorMention a : sources) {
          for (ActorMention b : actorsAt(s, p, others(byHead, List.of(a)))) {
            out.add(new Found(a, b, Coordination.code(code), verb, f));
            out.add(new Found(b, a, Coordination.code(code), verb, f));
          }
        }
      }
      // coordinated actors of a mutual act, as subjects or as agents ("the deal brokered by the
      // United States and Russia"), do it to each other; four or more signers of one agreement are
      // parties to a multilateral act, not each other's partners (see MOST_MUTUAL)
      if (targets.isEmpty() && m.mutual() && sources.size() > 1) {
        boolean multilateral = sources.stream().map(ActorMention::code).distinct().count() > MOST_MUTUAL;
        for (ActorMention a : sources) {
          if (multilateral) {
            out.add(new Found(a, null, code, verb, f));
            continue;
          }
          for (ActorMention b : sources) {
            if (!a.code().equals(b.code())) {
              out.add(new Found(a, b, code, verb, f));
            }
          }
        }
        continue;
      }
      // a state or an organisation does not act on itself in the news we code: "Trump said it fired at
      // U.S. troops" is a misread, and so is "the United Nations criticized the UN Security Council"
      targets.removeIf(b -> sources.stream().anyMatch(a -> sameState(a.code(), b.code()) || a.code().equals(b.code())));
      if (targets.isEmpty() && code.startsWith("13")) {
        targets.addAll(threatenedByOwnAct(s, v, byHead, sources));
      }
      // the partner of a reciprocal act does it back: "Russia signed a deal with Iran" is Iran's too; an
      // act only announced is the announcer's word alone ("said Russia is ready to restore relations with Japan")
      List<ActorMention> partners = m.reciprocal() && intent == null ? phraseActors(s, v, byHead, "with", "mit") : List.of();
      for (ActorMention a : sources) {
        if (targets.isEmpty()) {
          out.add(new Found(a, null, code, verb, f));
        }
        for (ActorMention b : targets) {
          // "vowed to boost its nuclear power to counter Washington's hostile policy": a commitment against the target
          out.add(new Found(a, a.span().equals(b.span()) ? null : b, IntentRules.againstItsTarget(s, v, code, b, byHead), verb, f));
          if (partners.contains(b) && !a.span().equals(b.span())) {
            out.add(new Found(b, a, code, verb, f));
          }
        }
      }
    }
    VerblessStatements.addTo(s, out, byHead, question);
    return withoutAnnouncements(out, announcers);
  }

  /**
   * The entry of the verb at v read for the kinds of its targets ({@link TargetKind}): "attacked his
   * French host" is criticism where "attacked Iran" is force. The entry of the first target that one
   * fits is the verb's; targets that no entry fits, or that another entry fits, are dropped ("attacked Iran and
   * its president" keeps the force on Iran). Targets of the source's own state, dropped later, have no
   * say. Null when no entry fits any other target.
   */
  private VerbLexicon.Entry forTargets(ParsedSentence s, int v, int from, int end, Predicate<VerbLexicon.Entry> allowed,
      VerbLexicon.Entry m, List<ActorMention> sources, List<ActorMention> targets, Map<Integer, ActorMention> byHead) {
    VerbLexicon.Entry chosen = null;
    boolean read = false;
    for (Iterator<ActorMention> it = targets.iterator(); it.hasNext(); ) {
      ActorMention b = it.next();
      if (sources.stream().anyMatch(a -> sameState(a.code(), b.code()) || a.code().equals(b.code()))) {
        continue;
      }
      read = true;
      VerbLexicon.Entry k = lexicon.match(s.words, v, from, end, allowed, TargetKind.of(s, b, byHead));
      if (chosen == null) {
        chosen = k;
      }
      if (k == null || k != chosen) {
        it.remove();
      }
    }
    return read ? chosen : m;
  }

  /** Modals by which a clause under "insist" says what must be done, not what is the case. */
  private static final Set<String> OBLIGATIONS = Set.of("must", "should", "shall", "ought");

  /**
   * Whether "insist" at v, without its "on" ("insisted on a withdrawal"), holds a clause that states
   * what is the case rather than what must be done: "have insisted Turkey would have invaded
   * regardless" is a claim, not a demand. A clause with "must", "should" or "shall", or in the
   * subjunctive ("insisted that Iran leave", "insisted it not do"), stays a demand. The clause's
   * first verb is read from the words, as the parser misplaces the clause after a bare name
   * ("insisted Iran would have broken the deal" parses "Iran" as the object of "insisted").
   */
  private static boolean claimInsisted(ParsedSentence s, int v, VerbLexicon.Entry m) {
    if (s.german || !m.frame().isEmpty() || !s.lower(v).startsWith("insist")) {
      return false;
    }
    boolean singular = false;
    for (int i = v + 1; i < s.size() && i <= v + 1 + VerbLexicon.GAP; i++) {
      String tag = s.tag(i);
      if (tag.equals("MD")) {
        return !OBLIGATIONS.contains(s.lower(i));
      }
      // a plain form after a singular subject is the subjunctive, which the tagger reads as present:
      // "insists that Ukraine make no agreement"
      if (tag.equals("TO") || tag.equals("VB") || (tag.equals("VBP") && singular)
          || tag.equals("IN") && !s.lower(i).equals("that") || tag.startsWith(".") || tag.equals(",")) {
        return false;
      }
      if (tag.startsWith("VB")) {
        return true;
      }
      if (tag.startsWith("NN") || tag.equals("PRP")) {
        singular = tag.equals("NN") || tag.equals("NNP") || Set.of("it", "he", "she").contains(s.lower(i));
      }
    }
    return false;
  }

  /** CAMEO's code for expelling or deporting individuals. */
  private static final String EXPULSION = "174";
  /** CAMEO's code for imposing an embargo, boycott or sanctions. */
  private static final String SANCTIONS = "163";
  /** Words of trade measures: "retaliated with tariffs of their own", "retaliated by slapping duties on". */
  private static final Set<String> TRADE_MEASURES = Set.of(
      "tariff", "tariffs", "duty", "duties", "levy", "levies", "sanction", "sanctions", "embargo", "embargoes");

  /**
   * Whether "retaliate" at v, which the lexicon reads as force (190), is told in a clause of trade
   * measures ("have retaliated to the United States' steel tariffs with tariffs of their own", "retaliated
   * by imposing duties on US goods"): a retaliation in kind, sanctions (163), not the use of force.
   */
  private static boolean economicRetaliation(ParsedSentence s, int v, VerbLexicon.Entry m) {
    if (s.german || !m.code().startsWith("19") || !s.lower(v).startsWith("retaliat")) {
      return false;
    }
    int[] e = s.extent(v);
    for (int i = Math.max(e[0], v + 1); i <= e[1]; i++) {
      if (TRADE_MEASURES.contains(s.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Words of a warning's clause that tell what will befall the one warned. */
  private static final Set<String> CONSEQUENCES = Set.of(
      "consequence", "consequences", "price", "repercussions", "retaliation", "response", "respond", "retaliate",
      "punish", "punishment", "face", "faces", "facing", "ready", "prepared");

  /**
   * Whether "warn" at v, coded as a threat (13x), holds a clause that states what is rather than what
   * will befall the one warned ("warned that Moscow continued to seek to redraw borders by force"):
   * a warning is a threat only with a consequence for its target (evaluation/README.md, "Settled
   * doubts"). The clause threatens when it tells the future or a condition ("warned that it would
   * retaliate", "warned Iran that it is going to have to be careful", "warned that if ...") or names a
   * consequence ("warned that Iran faces consequences").
   */
  private static boolean warningOfWhatIs(ParsedSentence s, int v, VerbLexicon.Entry m) {
    if (s.german || !m.code().startsWith("13") || !s.lower(v).startsWith("warn")) {
      return false;
    }
    List<Integer> clauses = s.children(v, "ccomp");
    if (clauses.isEmpty()) {
      return false;
    }
    for (int c : clauses) {
      int[] e = s.extent(c);
      for (int i = e[0]; i <= e[1]; i++) {
        String w = s.lower(i);
        if (s.tag(i).equals("MD") || FactualityRules.CONDITIONS.contains(w) || CONSEQUENCES.contains(w)
            || (Set.of("going", "about").contains(w) && i + 1 < s.size() && s.lower(i + 1).equals("to"))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether "call" at v gives its object a name ("calls President Obama 'cowardly' for not ...", "what
   * he called a flagrant violation of U.N. resolutions on ..."): then it names, and an "on" or "for"
   * further on is no "call on" or "call for" of an appeal; the verb's other senses are read instead
   * ("called it a provocation", 111). The name is an adjective or a noun as the
   * verb's complement, or a word the parser hangs on the object (VerblessStatements.nameHungOnObject); "called on Russia
   * to withdraw" has a verb there.
   */
  private static boolean callsItsObjectAName(ParsedSentence s, int v) {
    if (s.german || !s.lower(v).startsWith("call")) {
      return false;
    }
    for (int c : s.children(v, "xcomp")) {
      if (s.tag(c).startsWith("JJ") || s.tag(c).startsWith("NN")) {
        return true;
      }
    }
    for (int o : s.children(v, "obj")) {
      for (int c : s.children(o)) {
        if (VerblessStatements.nameHungOnObject(s, c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** CAMEO 110, disapprove: a clash of words. */
  private static final String VERBAL_DISPUTE = "110";
  /** Nouns of armed parties: a clash between them is fighting. */
  private static final Set<String> FORCES = Set.of(
      "troops", "forces", "soldiers", "army", "armies", "militants", "fighters", "rebels", "insurgents", "militia", "militias",
      "police", "guards", "gunmen", "navy", "ships", "vessels", "jets", "units", "protesters", "demonstrators");
  /** Words by which a sentence names fighting. */
  private static final Set<String> FIGHTING = Set.of(
      "killed", "wounded", "injured", "dead", "gunfire", "shots", "shelling", "artillery", "armed", "deadly", "fighting");

  /**
   * Whether a clash (19x from "clash") is one of words: a clash with a person or "over" an issue
   * ("has clashed with Obama over Ukraine") is a political dispute, CAMEO's disapproval (110), unless
   * a party is a force ("Indian troops clashed with Chinese troops over the border") or the sentence
   * names fighting.
   */
  private static boolean verbalClash(ParsedSentence s, int v, String code, List<ActorMention> sources, List<ActorMention> targets) {
    if (s.german || !code.startsWith("19") || !s.lower(v).startsWith("clash")) {
      return false;
    }
    boolean person = targets.stream().anyMatch(ActorMention::person);
    boolean issue = s.children(v, "obl").stream().anyMatch(c -> hasCase(s, c, "over"));
    if (!person && !issue) {
      return false;
    }
    for (int c : s.children(v)) {
      String r = s.relation(c);
      if ((r.equals("nsubj") || r.equals("obl")) && FORCES.contains(s.lower(c))) {
        return false;
      }
    }
    for (int i = 0; i < s.size(); i++) {
      if (FIGHTING.contains(s.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Iran vowed to retaliate": the intent coded on the act replaces what the announcing verb's own
   * entry reads into the same words ("vowed" 030; "agreed to hold talks with" read as "agree with" 019).
   */
  private static List<Found> withoutAnnouncements(List<Found> found, Set<Word> announcers) {
    if (announcers.isEmpty()) {
      return found;
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      if (!announcers.contains(f.verb())) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * A present tense that the parser makes the subject clause of a predicate, with no "that" or "what"
   * to introduce it, is a plural noun read as a verb: "lawyers believe the US strikes on Syria were
   * illegal" (a clause as subject needs its complementizer: "that the US struck Syria was illegal").
   */
  private static boolean nounAsClausalSubject(ParsedSentence s, int v) {
    return !s.german && s.relation(v).startsWith("csubj") && (s.tag(v).equals("VBZ") || s.tag(v).equals("VBP"))
        && s.children(v, "mark").isEmpty() && s.children(v).stream().noneMatch(c -> s.tag(c).startsWith("W"));
  }

  /** Prepositions of time before a gerund clause: "after meeting Kim", "while visiting Israel". */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("after", "before", "since", "while", "upon");

  /**
   * The name that the parser made the head of a gerund right after a preposition of time, reading the
   * gerund as its adjective ("after meeting Putin" as "after [meeting Putin]" with "meeting" an
   * adjective of "Putin"), where that name's phrase hangs on a verb; else -1. English only.
   */
  private static int gerundReadAsAdjective(ParsedSentence s, int v) {
    int h = s.head(v);
    if (s.german || !s.tag(v).equals("VBG") || !s.relation(v).equals("amod") || h <= v || !s.tag(h).equals("NNP")
        || v == 0 || !GERUND_PREPOSITIONS.contains(s.lower(v - 1)) || s.head(v - 1) != h || s.head(h) < 0 || !s.isVerb(s.head(h))) {
      return -1;
    }
    return h;
  }

  /**
   * Whether word v is a noun that a copula predicates with "in" ("U.S. officials were in contact with
   * Beijing", "is in talks with Iran"): the phrase tells a state of consultation as a verb would, with
   * the copula's subject as its doer, so the lexicon reads the noun in the verb's place. English only.
   */
  private static boolean copularIn(ParsedSentence s, int v) {
    return !s.german && s.tag(v).startsWith("NN") && !s.children(v, "cop").isEmpty()
        && s.children(v, "case").stream().anyMatch(c -> s.lower(c).equals("in"));
  }

  /** An English capitalised word inside the sentence is a name or a title ("Meet the Press"), not a verb. */
  private static boolean titleWord(ParsedSentence s, int v) {
    return !s.german && v > 0 && Character.isUpperCase(s.words.get(v).text().charAt(0)) && s.words.get(v - 1).isWord();
  }

  /** The word each actor mention hangs from: the one whose head lies outside the mention. */
  private static Map<Integer, ActorMention> heads(ParsedSentence s, List<ActorMention> actors) {
    Map<Integer, ActorMention> out = new LinkedHashMap<>();
    for (ActorMention a : actors) {
      int head = -1;
      for (int i = 0; i < s.size(); i++) {
        Word w = s.words.get(i);
        if (w.start() >= a.span().start() && w.end() <= a.span().end()) {
          int h = s.head(i);
          Word hw = h >= 0 ? s.words.get(h) : null;
          boolean outside = hw == null || hw.start() < a.span().start() || hw.end() > a.span().end();
          if (outside || head < 0) {
            head = i;
          }
          if (outside) {
            break;
          }
        }
      }
      if (head >= 0 && !(nationals(s, head, a) && !actForTheirState(s, head)) && !germanPublic(s, head, a)) {
        out.putIfAbsent(head, a);
      }
    }
    return out;
  }

  /**
   * Whether an actor mention is a plural demonym ("Russians", "Saudis"): one plural noun that names
   * the people of a state, not the state.
   */
  private static boolean nationals(ParsedSentence s, int n, ActorMention a) {
    Word w = s.words.get(n);
    return !s.german && a.code().length() == 3 && (s.tag(n).equals("NNPS") || s.tag(n).equals("NNS"))
        && w.start() == a.span().start() && w.end() == a.span().end();
  }

  /** German words that make people counted or quantified the public: "die meisten Russen", "Tausende Palästinenser". */
  private static final Set<String> GERMAN_QUANTITIES = Set.of(
      "meisten", "viele", "vielen", "einige", "manche", "mehrere", "wenige", "alle", "tausende", "tausenden",
      "hunderte", "hunderten", "zehntausende", "hunderttausende", "millionen", "dutzende", "mehrheit", "teil", "prozent");

  /**
   * Whether a German mention of one noun with a state's code ("Palästinenser", "Russen") is the
   * public counted or quantified, not the state: "Tausende Palästinenser protestierten", "die
   * meisten Russen", "die Mehrheit der Russen". The bare plural ("Die Palästinenser warfen Israel
   * ... vor") and a count as the one done to ("erschossen drei Palästinenser") act for their state,
   * as in English.
   */
  private static boolean germanPublic(ParsedSentence s, int n, ActorMention a) {
    Word w = s.words.get(n);
    if (!s.german || a.code().length() != 3 || !s.tag(n).equals("NOUN") && !s.tag(n).equals("PROPN")
        || w.start() != a.span().start() || w.end() != a.span().end()) {
      return false;
    }
    int h = s.head(n);
    return (h >= 0 && GERMAN_QUANTITIES.contains(s.lower(h)))
        || s.children(n).stream().anyMatch(c -> GERMAN_QUANTITIES.contains(s.lower(c)));
  }

  /** Words that make people counted or quantified the public, not a state: "the majority of Americans", "most Germans". */
  private static final Set<String> QUANTITIES = Set.of(
      "majority", "minority", "most", "many", "some", "few", "all", "half", "millions", "thousands", "hundreds",
      "dozens", "number", "percent", "%", "share", "proportion", "poll", "survey");

  /** Plural nouns of a count of people: "thousands of Iranians". */
  private static final Set<String> COUNTS = Set.of("millions", "thousands", "hundreds", "dozens", "scores", "tens");

  /**
   * Whether people named by a plural demonym act for their state, as news uses "the Russians" or "the
   * Saudis" and as the gold conventions code citizens: as the doer or the one done to, that is with
   * "the" an argument of a verb ("the Russians vetoed", "talks with the Russians"), else the subject of
   * a finite clause ("Germans have surrounded the US Embassy") or a direct object ("released seven
   * Iranians") or a passive's ("three Americans were detained"). Not the public ("the majority of Americans who oppose the war", "most Germans"), a
   * class named in passing ("due to Australians joining ISIS", "access to three detained Americans"),
   * nor a possessor ("the Saudis' war"). A count of them is the one done to, as a number is ("killed
   * thousands of Iranians", "dozens of Palestinians were arrested"), and else the public.
   */
  private static boolean actForTheirState(ParsedSentence s, int n) {
    int h = s.head(n);
    if (h >= 0 && COUNTS.contains(s.lower(h)) && hasCase(s, n, "of")) {
      int count = h;
      while (s.relation(count).equals("nmod") && s.head(count) >= 0 && COUNTS.contains(s.lower(s.head(count)))) {
        count = s.head(count); // "tens of thousands of Syrians"
      }
      return Set.of("obj", "nsubj:pass").contains(s.fullRelation(count));
    }
    if ((h >= 0 && QUANTITIES.contains(s.lower(h)) && hasCase(s, n, "of"))
        || s.children(n).stream().anyMatch(c -> QUANTITIES.contains(s.lower(c)))) {
      return false;
    }
    int first = n;
    for (int guard = 0; s.relation(first).equals("conj") && s.head(first) >= 0 && guard < 5; guard++) {
      first = s.head(first); // "the Russians and the Iranians": the second is what the first is
    }
    String r = s.fullRelation(first);
    int v = s.head(first);
    boolean definite = s.children(n, "det").stream().anyMatch(d -> s.lower(d).equals("the"));
    if (definite) {
      return Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl").contains(r);
    }
    // the one done to, as the object of the active: "three Americans were detained", and a participle's
    // noun that the parser made its subject ("three Americans detained in North Korea")
    return r.equals("obj") || r.equals("nsubj:pass") || (r.equals("nsubj") && v >= 0 && PlacesOfArrest.participleRead(s, v))
        || (r.equals("nsubj") && v >= 0 && (finite(s, v) || s.children(v, "aux").stream().anyMatch(x -> finite(s, x) || s.tag(x).equals("MD"))));
  }

  /**
   * German headlines put the topic before a colon ("Libyen: Türkisches Parlament berät über
   * Truppenentsendung"), and the German parser makes that name the subject of the verb after the
   * colon: a subject with a colon between it and its verb is the topic, not the doer.
   */
  private static boolean headlineTopic(ParsedSentence s, int subject, int v) {
    if (!s.german || subject > v) {
      return false;
    }
    for (int i = subject + 1; i < v; i++) {
      if (s.words.get(i).text().equals(":")) {
        return true;
      }
    }
    return false;
  }

  /** The subjects of v: its own, else those of the verb it is coordinated with or an infinitive of. */
  static List<Integer> subjects(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    // German parses hang the subject on the finite auxiliary: "Russland hat die Ukraine angegriffen"
    for (int aux : s.children(v, "aux")) {
      List<Integer> onAux = new ArrayList<>(s.children(aux, "nsubj"));
      onAux.removeIf(c -> headlineTopic(s, c, v));
      if (!onAux.isEmpty()) {
        return onAux;
      }
    }
    List<Integer> own = new ArrayList<>(s.children(v, "nsubj"));
    own.removeIf(c -> misreadDestination(s, v, c) || headlineTopic(s, c, v));
    int at = v;
    int guard = 0;
    while (own.isEmpty() && guard++ < 4) {
      String r = s.relation(at);
      int h = s.head(at);
      // a gerund of manner or purpose has the subject of its clause: "Trump took a firm tone, warning
      // Moscow"; the parser may hang it on the verb as a bare dependent ("went on to use fiery
      // rhetoric toward Japan, accusing Tokyo of ...")
      boolean gerund = (r.equals("advcl") && s.tag(at).equals("VBG")) || s.isBareGerund(at);
      // "a statement by the State Department calling for calm": a gerund on a noun that names an
      // actor has it as subject, unless the actor is the content of a noun ("the threat of the U.S.
      // imposing sanctions" is no deed, whichever of the two nouns the parser hangs it on)
      // ("surrounded the US Embassy, protesting": a gerund set off by a comma from the object goes on
      // about the clause, whose subject protests)
      if (h >= 0 && (r.equals("acl") || r.equals("dep")) && s.tag(at).equals("VBG") && s.tag(h).startsWith("NN")
          && named(s, h, byHead, 0) != null && !ofPhrase(s, h, byHead) && !(s.relation(h).equals("obj") && setOff(s, at))) {
        return List.of(h);
      }
      // (as a bare dependent too, where a second participle follows: "put out a statement condemning
      // Syrian hostility and affirming its support for Israel")
      if (h >= 0 && (r.equals("acl") || r.equals("dep")) && s.tag(at).equals("VBG") && s.relation(h).equals("obj")) {
        gerund = true; // "took a firm tone, warning Moscow": the parser hangs the gerund on the object
        h = s.head(h);
      }
      if (h < 0 || !(r.equals("conj") || r.equals("xcomp") || gerund || purpose(s, at))) {
        break;
      }
      // "sent three Cubans accused of spying and imprisoned here to Cuba": a bare participle that the
      // parser coordinates with a verb in the simple past describes that verb's object, not its subject's
      // deed; with an object of its own it is a deed ("fired on and detained three Ukrainian vessels")
      if (r.equals("conj") && !s.german && s.tag(at).equals("VBN") && s.tag(h).equals("VBD") && s.children(at, "aux").isEmpty()
          && s.children(at, "aux:pass").isEmpty() && s.children(at, "obj").isEmpty()) {
        break;
      }
      // "the investigation that documented Russian interference ... to boost Trump's candidacy, later
      // sought ... and accused the FBI": a finite verb coordinated with a "to"-infinitive that has a
      // subject of its own is a misread; that subject is not the finite verb's
      if (r.equals("conj") && !s.german && finite(s, at) && infinitiveWithSubject(s, h)) {
        break;
      }
      at = h;
      own = new ArrayList<>(s.children(at, "nsubj"));
      own.removeIf(c -> s.relation(c).equals("nsubj") && s.fullRelation(c).equals("nsubj:pass"));
    }
    own.replaceAll(c -> timedSubject(s, c));
    return own;
  }

  /** Nouns of a span of time, which the parser takes for the subject of a clause of time. */
  private static final Set<String> TIME_SPANS = Set.of(
      "minutes", "hours", "days", "weeks", "months", "years", "moments", "hour", "day", "week", "month", "year");

  /**
   * The subject that the parser hung as an "after"-phrase on a noun of time that it made the subject:
   * in "just hours after Trump canceled the summit" it reads "hours" as the subject of "canceled" and
   * "after Trump" as its phrase. Else the subject c itself. English only.
   */
  private static int timedSubject(ParsedSentence s, int c) {
    if (s.german || !TIME_SPANS.contains(s.lower(c))) {
      return c;
    }
    for (int n : s.children(c, "nmod")) {
      if (hasCase(s, n, "after", "before", "since")) {
        return n;
      }
    }
    return c;
  }

  /** Whether the phrase of word i follows a comma. */
  private static boolean setOff(ParsedSentence s, int i) {
    int before = s.extent(i)[0] - 1;
    return before >= 0 && s.lower(before).equals(",");
  }

  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  private static boolean finite(ParsedSentence s, int v) {
    return FINITE_TAGS.contains(s.tag(v));
  }

  /** A bare infinitive marked by "to" with a subject hung on it: "interference ... to boost". */
  private static boolean infinitiveWithSubject(ParsedSentence s, int v) {
    return s.tag(v).equals("VB") && !s.children(v, "nsubj").isEmpty()
        && s.children(v, "mark").stream().anyMatch(m -> s.lower(m).equals("to"));
  }

  /** Nouns of an armed attack: "a U.S. airstrike", "an Israeli raid", "the attacks". */
  private static final Set<String> ATTACKS = Set.of(
      "strike", "airstrike", "attack", "raid", "bombing", "bombardment", "shelling", "assault", "offensive");

  /** Whether the word, in lower case, is a noun of an armed attack, singular or plural. */
  static boolean attackNoun(String w) {
    return ATTACKS.contains(w) || (w.endsWith("s") && ATTACKS.contains(w.substring(0, w.length() - 1)));
  }

  /**
   * The "in"-phrase of a passive or a participle that names the attack it was done in ("killed in a
   * U.S. airstrike", "were wounded in an Israeli raid"), or -1: the attack's maker is the agent the
   * verb lacks. English only.
   */
  private static int attackOfAgent(ParsedSentence s, int v) {
    if (s.german || !s.tag(v).equals("VBN")) {
      return -1;
    }
    for (int c : s.children(v, "obl")) {
      if (hasCase(s, c, "in") && attackNoun(s.lower(c))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The maker of the act told by the noun at n, named by its own modifiers only ("a U.S. airstrike",
   * "Israel's raid", "Russia's call for"): "an attack on U.S. forces" names its target, not its maker.
   */
  private static List<ActorMention> makers(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : s.children(n)) {
      String r = s.fullRelation(c);
      if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) && byHead.containsKey(c)) {
        out.add(byHead.get(c));
      }
    }
    return out;
  }

  /**
   * Whether the past participle at v, without an auxiliary or an object, has a subject that the parser
   * gave it on the noun it modifies: "Soleimani, the Iranian military leader killed in a U.S.
   * airstrike" with "leader" as the subject of "killed". Such a participle is passive, and its
   * "subject" the one it was done to. English only.
   */
  private static boolean subjectOfParticiple(ParsedSentence s, int v) {
    int h = s.head(v);
    return !s.german && s.tag(v).equals("VBN") && h >= 0 && s.tag(h).startsWith("NN")
        && (s.relation(v).equals("dep") || s.relation(v).equals("acl"))
        && s.children(v, "aux").isEmpty() && s.children(v, "aux:pass").isEmpty() && s.children(v, "obj").isEmpty()
        && !s.children(v, "nsubj").isEmpty();
  }

  /** The "by"-phrase of a verb, or -1. */
  private static int agent(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (s.relation(c).equals("obl") && hasCase(s, c, "by", "von", "durch")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The word a subject stands for: the noun a relative pronoun refers to ("Hezbollah, one that has
   * attacked Israel"), the nearest earlier subject that is an actor for a personal pronoun ("Trump
   * stunned Washington when he threatened Mexico"), else the subject itself.
   */
  static int antecedent(ParsedSentence s, int verb, int subject, Map<Integer, ActorMention> byHead) {
    String w = s.lower(subject);
    if (RELATIVE_PRONOUNS.contains(w) && verb >= 0 && relativeClause(s, verb, subject)) {
      int noun = s.head(verb);
      // "Hezbollah ... and one that has attacked Israel": "one" stands for the actor it is coordinated
      // with (not for a noun that predicates one: "Syria is a partner of Hezbollah, and one that ...")
      if (s.lower(noun).equals("one") && s.relation(noun).equals("conj") && byHead.containsKey(s.head(noun))) {
        noun = s.head(noun);
      }
      if (byHead.containsKey(noun)) {
        return noun;
      }
      // "Hezbollah, a group that has attacked Israel": the apposition's noun; "Hezbollah is a group that has attacked Israel",
      // "the United States was among nations who offered aid": the copula's subject
      if (s.head(noun) >= 0 && s.relation(noun).equals("appos")) {
        return s.head(noun);
      }
      List<Integer> subjects = s.children(noun, "nsubj");
      return subjects.isEmpty() ? noun : subjects.get(0);
    }
    if (PERSONAL_PRONOUNS.contains(w) && !byHead.containsKey(subject)) {
      if (w.equals("he") || w.equals("she") || w.equals("er")) {
        // the nearest named subject before it, when that is a person with an actor ("Christie ..., he
        // singled out Iran" refers to no actor)
        for (int i = subject - 1; i >= 0; i--) {
          ActorMention a = byHead.get(i);
          if (s.relation(i).equals("nsubj") && (a != null ? a.person() : s.tag(i).startsWith("NNP") || s.tag(i).equals("PROPN"))) {
            return a != null ? i : subject;
          }
        }
        return speakerBefore(s, verb, byHead, subject);
      }
      // a state may be named anywhere before "it", though not as where someone was: "were under
      // surveillance in Belgium when they struck Paris" leaves "they" to the people
      int best = -1;
      for (int h : byHead.keySet()) {
        if (h < subject && h > best && !byHead.get(h).person() && !whereSomeoneWas(s, h)) {
          best = h;
        }
      }
      return best >= 0 ? best : subject;
    }
    // "its finance ministry said": the possessive pronoun's actor, when the noun names none itself
    int owner = Pronouns.possessor(s, subject, byHead);
    return owner >= 0 && named(s, subject, byHead, 0) == null ? owner : subject;
  }

  /**
   * Whether the actor at h is named as a place of being, a phrase "in", "inside" or "within" on a
   * verb or a noun, or one of a list of them: "lived in Belgium", "under surveillance in France or in
   * Belgium".
   */
  private static boolean whereSomeoneWas(ParsedSentence s, int h) {
    int phrase = h;
    while (s.relation(phrase).equals("conj") && s.head(phrase) >= 0) {
      phrase = s.head(phrase);
    }
    String r = s.relation(phrase);
    return !s.german && (r.equals("obl") || r.equals("nmod")) && hasCase(s, phrase, "in", "inside", "within");
  }

  /**
   * "President Trump confirmed Thursday he and Putin spoke by phone", parsed with no subject for
   * "confirmed" (a headline run into the sentence hangs "Trump" elsewhere): "he" in the clause of a
   * verb that has no subject of its own is the person named right before that verb; else no actor.
   */
  private static int speakerBefore(ParsedSentence s, int verb, Map<Integer, ActorMention> byHead, int subject) {
    int governor = verb >= 0 ? s.head(verb) : -1;
    if (governor < 1 || !s.isVerb(governor) || !s.children(governor, "nsubj").isEmpty() || governor > subject) {
      return subject;
    }
    ActorMention a = byHead.get(governor - 1);
    return a != null && a.person() ? governor - 1 : subject;
  }

  /** Whether v is a gerund clause of manner on a verb: "took a firm tone, warning Moscow". */
  private static boolean gerundOfManner(ParsedSentence s, int v) {
    int h = s.head(v);
    return h >= 0 && s.isVerb(h) && s.tag(v).equals("VBG") && (s.relation(v).equals("advcl") || s.isBareGerund(v));
  }

  /**
   * The document whose relative clause v is, with the relative pronoun as its subject ("a resolution
   * that declared settlements illegal"), or -1.
   */
  private static int documentOfClause(ParsedSentence s, int v) {
    for (int c : s.children(v, "nsubj")) {
      // the German parser marks a relative clause as a bare "acl"
      boolean relative = relativeClause(s, v, c) || (s.german && s.fullRelation(v).equals("acl"));
      if (RELATIVE_PRONOUNS.contains(s.lower(c)) && relative && Documents.NOUNS.contains(s.lower(s.head(v)))) {
        return s.head(v);
      }
    }
    return -1;
  }

  /**
   * Who issued the document at noun n: an actor it names ("a UN resolution"), else the subject of the
   * verb it is the object of ("Trump signed an order"), or the one that verb's governor lets or has
   * do it ("allowed the Security Council to pass a resolution": the Council passes it).
   */
  private static int issuer(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    int g = s.head(n);
    if (namedAt(s, n, byHead, 0) >= 0 || !s.relation(n).equals("obj") || g < 0 || !s.isVerb(g)) {
      return n;
    }
    if (s.relation(g).equals("xcomp") && s.head(g) >= 0 && s.children(g, "nsubj").isEmpty()) {
      for (int controller : s.children(s.head(g), "obj")) {
        return controller;
      }
    }
    List<Integer> subjects = subjects(s, g, byHead);
    return subjects.isEmpty() ? n : antecedent(s, g, subjects.get(0), byHead);
  }

  /**
   * Whether v is a relative clause whose subject is the relative pronoun at {@code subject}: as the
   * parser marks it, or hung as a bare dependent of the noun right before the pronoun ("one that has
   * attacked Israel").
   */
  private static boolean relativeClause(ParsedSentence s, int v, int subject) {
    int noun = s.head(v);
    // the English parser may also mark it a bare "acl" ("American experts who visited Baghdad")
    boolean bare = s.relation(v).equals("dep") || (!s.german && s.fullRelation(v).equals("acl"));
    return noun >= 0 && (s.fullRelation(v).equals("acl:relcl")
        || (bare && noun == subject - 1 && (s.tag(noun).startsWith("NN") || s.tag(noun).equals("CD"))));
  }

  /**
   * The actors v acts on, from the mentions in {@code byHead} (the source's own state left out);
   * {@code all} holds every mention, to see whose thing an object is.
   */
  private static List<ActorMention> objects(ParsedSentence s, int v, Map<Integer, ActorMention> byHead,
      Map<Integer, ActorMention> all, String code) {
    return objects(s, v, byHead, all, code, 0);
  }

  private static List<ActorMention> objects(ParsedSentence s, int v, Map<Integer, ActorMention> byHead,
      Map<Integer, ActorMention> all, String code, int depth) {
    List<ActorMention> out = new ArrayList<>();
    boolean person = false;
    for (String rel : new String[] {"obj", "iobj"}) {
      for (int c : s.children(v, rel)) {
        if (inquiry(s, c, code)) {
          out.addAll(inquirers(s, c, byHead));
          continue;
        }
        out.addAll(actorsAt(s, relativeObject(s, v, c, byHead), byHead));
        person |= PERSONAL_OBJECTS.contains(s.lower(c));
        // "criticised China ..., condemning it for increasing trade with Pyongyang": a gerund that
        // goes on about the verb's object refers to it by the pronoun
        if (out.isEmpty() && Set.of("it", "them").contains(s.lower(c)) && gerundOfManner(s, v)) {
          s.children(s.head(v), "obj").forEach(o -> out.addAll(actorsAt(s, o, byHead)));
          return out;
        }
      }
    }
    // "has blasted him ... for fumbling Israel's alliance with the U.S.": the act is done to the person
    // the pronoun stands for (Pronouns), not to an actor named further on
    if (out.isEmpty() && person) {
      return out;
    }
    // "attacked Israel and the US" with "and the US" hung on the verb as a bare dependent of "and"
    List<Integer> direct = s.children(v, "obj");
    if (!out.isEmpty() && !direct.isEmpty()) {
      for (int c : s.children(v, "dep")) {
        if (s.tag(c).equals("CC") && c > direct.get(0)) {
          s.children(c, "dep").forEach(d -> out.addAll(actorsAt(s, d, byHead)));
        }
      }
    }
    if (out.isEmpty()) {
      for (int c : s.children(v)) {
        String r = s.relation(c);
        if ((r.equals("obl") || r.equals("nmod"))
            && (hasCase(s, c, TARGET_PREPOSITIONS.toArray(String[]::new)) || GermanCase.into(s, c))
            && !adjunct(s, c) && !opponent(s, c, code) && !partnerOfOwned(s, v, c, all, code)
            && !fronted(s, v, c) && !reason(s, v, c, code) && !companion(s, v, c, code) && !topicOfInquiry(s, v, c, code)
            && !measuresOn(s, c)) {
          out.addAll(actorsAt(s, c, byHead));
          if (!out.isEmpty()) {
            break;
          }
        }
      }
    }
    // the target may be named inside the object: "imposed sanctions on Iran", "offered assistance to Nigeria"
    if (out.isEmpty()) {
      for (int c : s.children(v)) {
        // a phrase of time or circumstance is no object of the act: "prior to the launches over Japan,
        // North Korea had threatened to fire missiles toward Guam"
        if (!(s.relation(c).equals("obj") || s.relation(c).equals("obl")) || KIN.contains(s.lower(c)) || adjunct(s, c)
            || fronted(s, v, c) || reason(s, v, c, code) || companion(s, v, c, code) || inquiry(s, c, code)) {
          continue;
        }
        for (int d : s.children(c, "nmod")) {
          if (hasCase(s, d, TARGET_PREPOSITIONS.toArray(String[]::new)) && !opponent(s, d, code) && !partnerOfOwned(s, c, d, all, code)) {
            out.addAll(actorsAt(s, d, byHead));
          }
        }
        // "imposed sanctions targeting Iranian officials", "tariffs aimed at China": the participle
        // that says whom the object is meant for names the target
        for (int d : s.children(c, "acl")) {
          if (AIMING.contains(s.lower(d))) {
            s.children(d, "obj").forEach(o -> out.addAll(actorsAt(s, o, byHead)));
            s.children(d, "obl").stream().filter(o -> hasCase(s, o, "at", "against")).forEach(o -> out.addAll(actorsAt(s, o, byHead)));
          }
        }
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    // the act's purpose or content names the target: "threatened to impose tariffs on Mexico",
    // "is fighting to eliminate ISIS"; a means names it on the act it serves: "responded to the test by
    // putting air defences on alert"
    if (out.isEmpty() && depth < 2) {
      // an appeal, demand or warning is made to its addressee, not to whom the act it asks for
      // concerns: "warned U.S. citizens to defer travel to Ukraine" is no warning to Ukraine
      boolean addressed = !s.children(v, "obj").isEmpty() && (code.startsWith("01") || code.startsWith("02")
          || code.startsWith("10") || code.startsWith("13"));
      // aid goes to whom it names, not to whom the act it helps is done: "the CIA helped oust Iran's
      // leader" is no aid to Iran
      boolean aid = code.startsWith("07");
      // an expulsion is done to whom it expels, its object, not to the place they are ordered to leave:
      // "U.S. troops ordered to leave Syria" is no expulsion from Syria (an entry ban "expanded to
      // include Britain" still names its target in the infinitive)
      boolean expulsion = code.equals(EXPULSION);
      for (int x : addressed || aid || expulsion ? List.<Integer>of() : s.children(v, "xcomp")) {
        out.addAll(objects(s, x, byHead, all, code, depth + 1));
        // a small clause names its target as the subject of its adjective: "declared Israel's settlements illegal"
        if (!s.isVerb(x)) {
          s.children(x, "nsubj").forEach(c -> out.addAll(actorsAt(s, c, byHead)));
        }
      }
      // a threat, demand or appeal made about someone: "threatened that the United States would pay dearly"
      if (out.isEmpty() && (code.startsWith("02") || code.startsWith("10") || code.startsWith("13"))) {
        for (int c : s.children(v, "ccomp")) {
          for (int subject : s.children(c, "nsubj")) {
            out.addAll(actorsAt(s, subject, byHead));
          }
        }
      }
      if (out.isEmpty() && code.startsWith("02")) {
        out.addAll(addresseeReadAsSubject(s, v, byHead));
      }
      int h = s.head(v);
      if (out.isEmpty() && h >= 0 && s.relation(v).equals("advcl") && s.children(v, "mark").stream().anyMatch(m -> s.lower(m).equals("by"))) {
        out.addAll(objects(s, h, byHead, all, code, depth + 1));
      }
    }
    // force used in a place is used against the place's state: "struck targets in Syria", "struck
    // positions in Damascus"
    if (out.isEmpty() && PlacesOfForce.force(code)) {
      out.addAll(PlacesOfForce.targets(s, v, byHead));
    }
    // an appeal for what should happen in a country is made to it ("called for calm in Libya and
    // Egypt"); a capital there is a place, not the government
    if (out.isEmpty() && code.startsWith("02")) {
      for (int c : s.children(v)) {
        if (s.relation(c).equals("obl") && hasCase(s, c, "in", "im")) {
          actorsAt(s, c, byHead).stream().filter(a -> a.code().length() == 3).forEach(out::add);
        }
      }
    }
    return out;
  }

  /**
   * Whom a threat or warning is made to when the clause it governs tells what the source's own side
   * will do ("warned that the U.S. would totally destroy North Korea", "warned that it would strike
   * Sudan"): the targets of that clause's act. A clause about another's act ("warned that Sudan would
   * attack Ethiopia") threatens nobody named in it.
   */
  private static List<ActorMention> threatenedByOwnAct(ParsedSentence s, int v, Map<Integer, ActorMention> byHead,
      List<ActorMention> sources) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : s.children(v, "ccomp")) {
      List<ActorMention> subjects = new ArrayList<>();
      boolean self = false;
      for (int n : s.children(c, "nsubj")) {
        subjects.addAll(actorsAt(s, n, byHead));
        self |= Set.of("it", "we").contains(s.lower(n));
      }
      boolean own = self || !subjects.isEmpty()
          && subjects.stream().allMatch(b -> sources.stream().anyMatch(a -> sameState(a.code(), b.code()) || a.code().equals(b.code())));
      if (own) {
        objects(s, c, others(byHead, sources), byHead, "13").stream()
            .filter(b -> sources.stream().noneMatch(a -> sameState(a.code(), b.code()) || a.code().equals(b.code())))
            .forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The addressee of "called on Japan to change its approach" where the parser reads "on" as the
   * mark of a clause whose subject is Japan (an advcl of "called"), as it does for many names:
   * the clause's subject is the one appealed to.
   */
  private static List<ActorMention> addresseeReadAsSubject(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : s.children(v, "advcl")) {
      if (s.children(c, "mark").stream().anyMatch(m -> s.lower(m).equals("on") || s.lower(m).equals("upon"))) {
        s.children(c, "nsubj").forEach(subject -> out.addAll(actorsAt(s, subject, byHead)));
      }
    }
    return out;
  }

  /**
   * Whether the phrase at c names trade measures with a phrase of their own that says whom they hit:
   * "agreed to U.N. sanctions on North Korea" is done to North Korea (found inside the phrase), not to
   * the measures' issuer.
   */
  private static boolean measuresOn(ParsedSentence s, int c) {
    return TRADE_MEASURES.contains(s.lower(c)) && s.children(c, "nmod").stream().anyMatch(d -> hasCase(s, d, "on", "against"));
  }

  /**
   * Whether the phrase at c, before the subject of v and set off by a comma, sets the scene of the
   * act rather than naming whom it is done to: "At the United Nations, Russia's ambassador
   * criticized the U.S. ...", "at a meeting with Japanese business leaders, Trump criticized ...".
   */
  private static boolean fronted(ParsedSentence s, int v, int c) {
    if (s.german || c > v) {
      return false;
    }
    int end = s.extent(c)[1];
    return end + 1 < v && s.lower(end + 1).equals(",") && s.children(v, "nsubj").stream().allMatch(n -> n > end);
  }

  /**
   * Whether the phrase at c is the reason of a judgement of v's direct object: "blasted the
   * president for opening ties with Cuba" judges the president, whoever the reason names.
   */
  private static boolean reason(ParsedSentence s, int v, int c, String code) {
    return judgement(code) && hasCase(s, c, "for") && !s.children(v, "obj").isEmpty();
  }

  /** Whether the code is a judgement of its target: comments, praise and approval, criticism, rejection. */
  private static boolean judgement(String code) {
    return code.startsWith("01") || code.startsWith("05") || code.startsWith("11") || code.startsWith("12");
  }

  /**
   * Whether the phrase at c, on v, names whom the actor acts beside, never whom it acts on: "fight
   * alongside forces of Syrian President Bashar Assad" is no fight against Syria, "The US, along
   * with Turkey, has been supporting rebel groups" no support of Turkey, and "Iran helped, along
   * with Russia, to keep Assad in power" no help to Russia. After v's object "along with" may add to
   * the object instead ("praised Haley's appointment along with the appointment of ..."), so only a
   * phrase before the object or complement counts. A partner "in coordination with" acts beside
   * it wherever the phrase stands ({@link Coordination}).
   */
  private static boolean companion(ParsedSentence s, int v, int c, String code) {
    if (code.compareTo("14") >= 0 && hasCase(s, c, "alongside", "beside") || Coordination.phrase(s, c)) {
      return true;
    }
    boolean alongWith = hasCase(s, c, "with")
        && s.children(c).stream().anyMatch(d -> s.lower(d).equals("along") || s.lower(d).equals("together"));
    return alongWith && s.children(v).stream()
        .filter(d -> Set.of("obj", "xcomp", "ccomp").contains(s.relation(d))).allMatch(d -> d > c);
  }

  /** Nouns of inquiries, whose "of"- or "into"-phrase names what is inquired into. */
  static final Set<String> INQUIRY_NOUNS = Set.of(
      "probe", "probes", "investigation", "investigations", "inquiry", "inquiries", "hearing", "hearings");
  /**
   * Nouns of a domestic affair named by the country it is about ("the Russia hoax", "Russian
   * collusion", "the Ukraine scandal"): judging it judges those at home who made it, not the country.
   * Nouns whose modifier is often their author ("the U.S. allegations", "the Chinese narrative") are left out.
   */
  private static final Set<String> AFFAIR_NOUNS = Set.of("hoax", "collusion", "scandal", "scandals", "affair", "saga");

  /**
   * Whether the object at c is an inquiry or a domestic affair that v judges or attacks: "condemned
   * the ongoing investigation of Russia as a disaster" condemns the investigation, not Russia,
   * "slammed the rigged Russia witch hunt" the hunt, and "attacked Mueller's investigation into
   * Russian interference" (words, whatever the verb's code) is no attack on Russia; "sought a full
   * investigation and cooperation from the Iranian authorities" is an appeal to them.
   */
  private static boolean inquiry(ParsedSentence s, int c, String code) {
    String noun = s.lower(c);
    boolean witchHunt = noun.matches("hunts?") && s.children(c, "compound").stream().anyMatch(d -> s.lower(d).equals("witch"));
    return (judgement(code) || code.compareTo("18") >= 0) && s.relation(c).equals("obj")
        && (INQUIRY_NOUNS.contains(noun) || AFFAIR_NOUNS.contains(noun) || witchHunt);
  }

  /**
   * Whether the "into"-phrase at c, hung on v beside v's object, says what the object inquires into:
   * "attacked the investigation into Russian interference" however the parser hangs "into".
   */
  private static boolean topicOfInquiry(ParsedSentence s, int v, int c, String code) {
    return hasCase(s, c, "into") && s.children(v, "obj").stream().anyMatch(o -> inquiry(s, o, code));
  }

  /**
   * Who holds the inquiry at c, by its possessor or its "by"-phrase ("Russia's investigation", "the
   * probe by the FBI"); its other modifiers name what is inquired into ("the Russia investigation").
   */
  private static List<ActorMention> inquirers(ParsedSentence s, int c, Map<Integer, ActorMention> byHead) {
    List<ActorMention> out = new ArrayList<>();
    for (int d : s.children(c)) {
      if (s.fullRelation(d).equals("nmod:poss") || (s.relation(d).equals("nmod") && hasCase(s, d, "by"))) {
        out.addAll(actorsAt(s, d, byHead));
      }
    }
    return out;
  }

  /** Words that make a phrase one of time or circumstance: "after the attack on Israel", "prior to the launches over Japan". */
  private static final Set<String> ADJUNCTS = Set.of(
      "after", "before", "since", "during", "amid", "amidst", "despite", "following", "until", "till", "prior",
      "ahead", "due", "according", "thanks", "because", "throughout", "pending");

  /** Whether the phrase at c is one of time or circumstance by its preposition or the adverb before it. */
  private static boolean adjunct(ParsedSentence s, int c) {
    return !s.german && s.children(c).stream()
        .anyMatch(d -> (s.relation(d).equals("case") || s.relation(d).equals("advmod")) && ADJUNCTS.contains(s.lower(d)));
  }

  /**
   * Whether the phrase at c names whom a cooperative act (roots 03 to 07) is directed against: "sent
   * troops to help in the fight against the Islamic State" is no help to the Islamic State. Yielding
   * (08) is done to whom a lifted measure was against: "lifted the arms embargo against Vietnam".
   */
  private static boolean opponent(ParsedSentence s, int c, String code) {
    return code.compareTo("03") >= 0 && code.compareTo("08") < 0 && hasCase(s, c, "against", "gegen");
  }

  /**
   * Whether the "with"-phrase at c names the partner of a thing that an actor owns, beside the word
   * h whose object (or which itself) names that actor: "criticized the U.S. negotiating strategy with
   * Iran" criticises the U.S. strategy, not Iran, however the parser hangs "with Iran". Acts done
   * together (roots 03 to 08: "discussed the U.S. plan with Moscow") and acts on relations (16:
   * "broke off Cuba's diplomatic ties with Israel") take the partner as target.
   */
  private static boolean partnerOfOwned(ParsedSentence s, int h, int c, Map<Integer, ActorMention> all, String code) {
    boolean joint = (code.compareTo("03") >= 0 && code.compareTo("09") < 0) || code.startsWith("16");
    if (s.german || !hasCase(s, c, "with") || joint) {
      return false;
    }
    List<Integer> owned = new ArrayList<>(s.children(h, "obj"));
    if (!s.isVerb(h)) {
      owned.add(h);
    }
    return owned.stream().anyMatch(o -> o < c && namedAt(s, o, all, 0) >= 0);
  }

  /**
   * The actors of v's phrases with one of these prepositions, or of such a phrase on its object: who
   * gave what v received ("from"), the partner of a reciprocal act ("signed a deal with Iran").
   */
  private static List<ActorMention> phraseActors(ParsedSentence s, int v, Map<Integer, ActorMention> byHead, String... cases) {
    List<ActorMention> out = new ArrayList<>();
    List<Integer> phrases = new ArrayList<>(s.children(v));
    for (int o : s.children(v, "obj")) {
      phrases.addAll(s.children(o, "nmod"));
    }
    for (int c : phrases) {
      if ((s.relation(c).equals("obl") || s.relation(c).equals("nmod")) && hasCase(s, c, cases)) {
        out.addAll(actorsAt(s, c, byHead));
      }
    }
    return out;
  }

  /** The actor mentions that are not of the sources' own states. */
  private static Map<Integer, ActorMention> others(Map<Integer, ActorMention> byHead, List<ActorMention> sources) {
    Map<Integer, ActorMention> out = new LinkedHashMap<>(byHead);
    out.values().removeIf(b -> sources.stream().anyMatch(a -> sameState(a.code(), b.code())));
    return out;
  }

  /**
   * The actors a noun phrase names: the actor mention it heads, else one that modifies it
   * (compound, possessor, apposition, "of"-phrase), two levels deep; with the actors coordinated
   * with it, also where it is named inside the phrase ("a swath of Syria and Iraq").
   */
  static List<ActorMention> actorsAt(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    List<ActorMention> out = new ArrayList<>(AnaphoricNouns.pair(s, n, byHead));
    if (!out.isEmpty()) {
      return out; // "the two leaders"
    }
    int at = namedAt(s, n, byHead, 0);
    if (at >= 0) {
      out.add(byHead.get(at));
    }
    List<Integer> coordinated = new ArrayList<>(s.children(n, "conj"));
    if (at >= 0 && at != n) {
      coordinated.addAll(s.children(at, "conj"));
    }
    if (s.german) {
      // "von der Russischen Föderation, der türkischen Republik und der Islamischen Republik Iran":
      // the German parser hangs the middle of a list as an apposition of its first member, with
      // the last as the apposition's conjunct ("von Frankreich, der Republik Polen und Italien":
      // Polen an apposition of a conjunct, Italien its conjunct); an apposition with a conjunct is a list
      List<Integer> members = new ArrayList<>(coordinated);
      members.add(n);
      for (int m : members) {
        for (int ap : s.children(m, "appos")) {
          if (!s.children(ap, "conj").isEmpty()) {
            coordinated.add(ap);
            coordinated.addAll(s.children(ap, "conj"));
          }
        }
      }
    }
    for (int c : coordinated) {
      ActorMention b = named(s, c, byHead, 0);
      if (b != null && out.stream().noneMatch(x -> x.code().equals(b.code()))) {
        out.add(b);
      }
    }
    return out;
  }

  private static ActorMention named(ParsedSentence s, int n, Map<Integer, ActorMention> byHead, int depth) {
    int at = namedAt(s, n, byHead, depth);
    return at < 0 ? null : byHead.get(at);
  }

  /** The word of the actor that noun n names (see {@link #actorsAt}), or -1. */
  private static int namedAt(ParsedSentence s, int n, Map<Integer, ActorMention> byHead, int depth) {
    if (byHead.containsKey(n)) {
      return n;
    }
    if (depth >= 2 || KIN.contains(s.lower(n))) {
      return -1;
    }
    // "North Korea's main ally, China": the apposition names the noun, the possessor only whose it is
    for (int c : s.german ? List.<Integer>of() : s.children(n, "appos")) {
      if (byHead.containsKey(c)) {
        return c;
      }
    }
    for (int c : s.children(n)) {
      // "the ambassador of Russia" and "the decision by Austria" stand for the country; "views on
      // Russia" does not
      if (s.relation(c).equals("nmod") && !s.fullRelation(c).equals("nmod:poss") && !s.children(c, "case").isEmpty()
          && !hasCase(s, c, "of", "by", "von", "des", "der") && !seatOfOfficials(s, n, c, byHead) && !representing(s, n, c)) {
        continue;
      }
      if ((MODIFIERS.contains(s.fullRelation(c)) || MODIFIERS.contains(s.relation(c))) && !Relations.tieOf(s, n, c)) {
        int m = namedAt(s, c, byHead, depth + 1);
        if (m >= 0 && Relations.membersOf(s, n, byHead.get(m).code())) {
          // "the members of the U.N. Security Council and Germany": the parser joins Germany to the Council
          m = s.children(m, "conj").stream().filter(k -> byHead.containsKey(k) && !Relations.membersOf(s, n, byHead.get(k).code()))
              .findFirst().orElse(-1);
        }
        if (m >= 0) {
          return m;
        }
      }
    }
    return -1;
  }

  /** Nouns for people who speak or act for whom a "from"- or "for"-phrase names: "officials from Canada", "a spokesman for the ministry". */
  private static final Set<String> REPRESENTATIVES = Set.of(
      "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
      "representatives", "envoy", "envoys", "delegation", "delegations", "delegate", "delegates", "diplomat",
      "diplomats", "negotiator", "negotiators", "emissary", "emissaries", "minister", "ministers", "leaders");

  /**
   * Whether noun n is a person or role that phrase c says whom it represents: "officials from Canada",
   * "a spokesman for North Korea's Foreign Ministry"; "a letter from Canada" and "support for Canada" are no one's voice.
   */
  private static boolean representing(ParsedSentence s, int n, int c) {
    return !s.german && REPRESENTATIVES.contains(s.lower(n)) && hasCase(s, c, "from", "for");
  }

  /**
   * Relatives and families act for no state, whoever they are related to: "met with relatives of
   * Japanese citizens kidnapped by North Korea" is no meeting with Japan.
   */
  private static final Set<String> KIN = Set.of(
      "relatives", "relative", "families", "family", "parents", "widows", "widow",
      "angehörige", "angehörigen", "familien", "familie", "verwandte", "verwandten", "eltern");

  /** Nouns for those who act for a government where it sits, and its bodies: "officials in Tehran", "the foreign ministry in Moscow". */
  private static final Set<String> OFFICIALS = Set.of(
      "official", "officials", "minister", "ministers", "leaders", "authorities", "policymakers",
      "ministry", "ministries", "government", "regime",
      "beamte", "beamten", "behörden", "regierungsvertreter", "ministerium", "regierung");

  /**
   * Nouns for a state's own bodies and voices, who act for the state they are "in" (English): "authorities in
   * Turkey", "media outlets in Saudi Arabia", "lawmakers in Kyiv" (PETRARCH2's Phoenix.agents.txt
   * gives them GOV, LEG and MED). "Leaders" and "policymakers" are left out for a country: "religious
   * leaders in Iraq" speak for no state.
   */
  private static final Set<String> STATE_BODIES = Set.of(
      "official", "officials", "authorities", "ministry", "ministries", "government", "regime",
      "lawmakers", "legislators", "parliament", "media", "outlets", "newspapers");

  /**
   * Whether noun n names officials by the seat of the government they act for: "euro ministers in
   * Brussels", "officials in Tehran" (a capital, which the knowledge base codes as the government, or
   * a seat of an organisation), or a state's bodies by the state itself ("authorities in Turkey").
   * Diplomats and envoys are left out: "diplomats in Moscow" are as often foreign ones posted there.
   */
  private static boolean seatOfOfficials(ParsedSentence s, int n, int c, Map<Integer, ActorMention> byHead) {
    ActorMention a = byHead.get(c);
    if (a == null || !hasCase(s, c, "in", "im")) {
      return false;
    }
    boolean seat = a.code().endsWith("GOV") || a.code().startsWith("IGO");
    boolean state = !a.person() && a.code().length() == 3;
    return (seat && (OFFICIALS.contains(s.lower(n)) || STATE_BODIES.contains(s.lower(n))))
        || (state && STATE_BODIES.contains(s.lower(n)));
  }

  /** Words for money that make an object an amount: "$12.3 billion of U.S. soybeans". */
  private static final Set<String> MONEY = Set.of("$", "€", "£", "us$", "dollars", "euros", "pounds", "million", "billion", "trillion");
  private static final Set<String> PERIODS = Set.of("year", "years", "month", "months", "decade", "decades");
  /** Words that make a period a span over which amounts add up: "last year", "each year", "over the past decade". */
  private static final Set<String> SPANS = Set.of("last", "past", "previous", "each", "every", "per", "a");

  /**
   * Whether the trade or aid of v is a statistic, an amount of money summed over a span of time
   * ("imported $12.3 billion of U.S. soybeans last year", "has provided nearly $34 billion ... to
   * Pakistan since 2002"): a figure, not an event (evaluation/README.md, "Not events").
   */
  private static boolean statistic(ParsedSentence s, int v) {
    if (s.german) {
      return false;
    }
    List<Integer> amounts = s.children(v, "obj").stream()
        .filter(o -> MONEY.contains(s.lower(o)) || s.children(o, "nummod").stream().anyMatch(n -> MONEY.contains(s.lower(n))))
        .toList();
    if (amounts.isEmpty()) {
      return false;
    }
    List<Integer> phrases = new ArrayList<>(s.children(v));
    amounts.forEach(o -> phrases.addAll(s.children(o)));
    for (int c : phrases) {
      boolean span = hasCase(s, c, "since")
          || (PERIODS.contains(s.lower(c)) && s.children(c).stream().anyMatch(d -> SPANS.contains(s.lower(d))))
          || (s.relation(c).equals("advmod") && Set.of("annually", "yearly").contains(s.lower(c)));
      if (span) {
        return true;
      }
    }
    return false;
  }

  // The predicate side: purposes, lists of deeds, participles and passives (see docs/events.md).

  /**
   * What a participle acts on: its noun, or the subject that the noun predicates ("India is among
   * nations singled out by the Trump administration": India).
   */
  private static List<ActorMention> participleTargets(ParsedSentence s, int noun, Map<Integer, ActorMention> byHead) {
    List<ActorMention> out = actorsAt(s, noun, byHead);
    if (out.isEmpty() && !s.children(noun, "cop").isEmpty()) {
      for (int subject : s.children(noun, "nsubj")) {
        out.addAll(actorsAt(s, subject, byHead));
      }
    }
    return out;
  }

  /**
   * The entry of a participle whose frame word is the noun it modifies: "the sanctions imposed on
   * Iran" reads as "imposed sanctions on Iran".
   */
  private VerbLexicon.Entry participleOfItsNoun(ParsedSentence s, int v, int[] extent) {
    int noun = s.head(v);
    return !s.german && s.fullRelation(v).equals("acl") && noun >= 0 && noun < v && s.tag(v).equals("VBN")
        ? lexicon.match(s.words, v, noun - 1, extent[1] + 1, Particles.admitting(s, v)) : null;
  }

  /**
   * The subject of an English passive, or the noun that a subject amount counts ("millions in U.S. aid
   * had been frozen"); -1 for none.
   */
  private static int passiveTheme(ParsedSentence s, int v) {
    if (s.german || s.children(v, "aux:pass").isEmpty()) {
      return -1;
    }
    for (int c : s.children(v, "nsubj:pass")) {
      boolean amount = MONEY.contains(s.lower(c)) || s.lower(c).equals("millions") || s.lower(c).equals("billions");
      for (int n : amount ? s.children(c, "nmod") : List.<Integer>of()) {
        if (hasCase(s, n, "in", "of")) {
          return n;
        }
      }
      return c;
    }
    return -1;
  }

  /**
   * The entry of a relative clause whose frame word is the noun it modifies, as its object: "the
   * sanctions that Obama imposed on Russia" reads as "imposed sanctions on Russia". The clause needs
   * a subject of its own and no other object, or the noun is not what it acts on ("sanctions that
   * hurt Russia"); and the clause that names the noun must assert it, as the gold conventions read
   * "seemed to be trying to echo sanctions that the Bush administration imposed" as hedged.
   */
  private VerbLexicon.Entry relativeOfItsNoun(ParsedSentence s, int v, int[] extent) {
    int noun = s.head(v);
    if (s.german || !s.fullRelation(v).equals("acl:relcl") || noun < 0 || noun >= v || !s.tag(noun).startsWith("NN")) {
      return null;
    }
    int governor = s.head(noun);
    while (governor >= 0 && !s.isVerb(governor)) {
      governor = s.head(governor);
    }
    if (governor >= 0 && FactualityRules.of(s, governor, false) != Factuality.ASSERTED) {
      return null;
    }
    boolean ownSubject = s.children(v, "nsubj").stream().anyMatch(c -> !RELATIVE_PRONOUNS.contains(s.lower(c)));
    boolean otherObject = s.children(v, "obj").stream().anyMatch(c -> !RELATIVE_PRONOUNS.contains(s.lower(c)));
    return ownSubject && !otherObject ? lexicon.matchWithObjectBefore(s.words, v, noun, extent[1] + 1, Particles.admitting(s, v)) : null;
  }

  /**
   * The target of a passive named by a preposition other than the agent's: "the sanctions imposed
   * on Iran by the United States", "Syria was attacked with missiles from the United States" has none.
   */
  private static List<ActorMention> passiveTargets(ParsedSentence s, int v, Map<Integer, ActorMention> byHead) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : s.children(v)) {
      if (s.relation(c).equals("obl") && !hasCase(s, c, "by", "von", "durch", "from", "with", "for", "of", "as")
          && hasCase(s, c, TARGET_PREPOSITIONS.toArray(String[]::new))) {
        out.addAll(actorsAt(s, c, byHead));
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * What a state gives or imposes (aid, duties, sanctions, strikes), that a national modifier or
   * possessor says whose it is: done by that state where the passive names no agent ("The Chinese
   * duties will be levied on American imports": China levies them; "U.S. aid to Ukraine was frozen").
   */
  private static final Set<String> GIVEN = Set.of(
      "aid", "assistance", "duties", "tariffs", "levies", "sanctions", "funds", "funding", "loans",
      "strikes", "airstrikes", "bombings");
  /** Roots of acts done with what is given: material cooperation, concessions, sanctions, force (not what is said about it). */
  private static final Set<String> MATERIAL_ROOTS = Set.of("06", "07", "08", "15", "16", "17", "18", "19", "20");

  /** The state that gave or imposed the passive's subject at noun n ({@link #GIVEN}), named by its modifier or possessor. */
  private static Optional<ActorMention> givenByItsState(ParsedSentence s, int n, String code, Map<Integer, ActorMention> byHead) {
    if (!MATERIAL_ROOTS.contains(code.substring(0, 2)) || !GIVEN.contains(s.lower(n)) || byHead.containsKey(n)) {
      return Optional.empty();
    }
    for (int m : s.children(n)) {
      if (Set.of("amod", "compound", "nmod:poss").contains(s.fullRelation(m)) && byHead.containsKey(m) && !byHead.get(m).person()) {
        return Optional.of(byHead.get(m));
      }
    }
    return Optional.empty();
  }

  /** A past participle with no auxiliary and no subject, hung by the parser as a bare dependent. */
  private static boolean bareParticiple(ParsedSentence s, int v) {
    return !s.german && s.relation(v).equals("dep") && s.tag(v).equals("VBN")
        && s.children(v, "aux").isEmpty() && s.children(v, "nsubj").isEmpty();
  }

  /**
   * "Russia sent troops to Syria to fight ISIS" parsed with "to Syria" as the subject of "fight" and
   * its "to" as a second marker: Syria is where the troops went, and the infinitive is a purpose.
   */
  private static boolean misreadDestination(ParsedSentence s, int v, int subject) {
    return !s.german && s.children(v, "mark").stream()
        .anyMatch(m -> m < subject && s.lower(m).equals("to") && s.tag(m).equals("IN"));
  }

  /** Whether the noun at n is an "of"-phrase, or names its actor by one: "the threat of the U.S.". */
  private static boolean ofPhrase(ParsedSentence s, int n, Map<Integer, ActorMention> byHead) {
    return (s.relation(n).equals("nmod") && hasCase(s, n, "of"))
        || (!byHead.containsKey(n) && s.children(n, "nmod").stream().anyMatch(c -> hasCase(s, c, "of") && named(s, c, byHead, 1) != null));
  }

  /** A "to"-infinitive of purpose has the subject of the verb it serves: "Russia sent troops to fight ISIS". */
  private static boolean purpose(ParsedSentence s, int v) {
    return !s.german && s.relation(v).equals("advcl") && s.children(v, "mark").stream().anyMatch(m -> s.lower(m).equals("to"));
  }

  /**
   * The verb whose subject v shares when the parser coordinated v with a noun of a list of deeds
   * ("Beijing has stolen secrets, antagonized allies, killed informants": "killed" hung on "allies",
   * the object of "stolen"); else v.
   */
  private static int verbOfListedDeed(ParsedSentence s, int v) {
    int first = v;
    while (s.relation(first).equals("conj") && s.head(first) >= 0 && s.isVerb(s.head(first))) {
      first = s.head(first); // "killed or imprisoned": the first verb of the list
    }
    int h = s.head(first);
    String r = s.relation(first);
    // a past tense hung on a noun as its modifier is a misread finite verb of the list too
    boolean listed = (r.equals("conj") || r.equals("dep") || (r.equals("acl") && s.tag(first).equals("VBD")))
        && first > 1 && (s.lower(first - 1).equals(",") || s.lower(first - 2).equals(","));
    if (s.german || h < 0 || !listed || s.isVerb(h) || !s.tag(h).startsWith("NN")) {
      return v;
    }
    int verb = s.head(h);
    return (s.relation(h).equals("obj") || s.relation(h).equals("dep")) && verb >= 0 && s.isVerb(verb) ? verb : v;
  }

  /**
   * The object of a verb coordinated with v when v has none of its own: "killed or imprisoned
   * American informants" (the parser hangs the object on "killed" only).
   */
  private static List<ActorMention> sharedObjects(ParsedSentence s, int v, Map<Integer, ActorMention> byHead, String code) {
    int h = s.head(v);
    if (!s.relation(v).equals("conj") || h < 0 || !s.isVerb(h) || h > v || !s.children(v, "obj").isEmpty()) {
      return List.of();
    }
    List<ActorMention> out = new ArrayList<>();
    for (int c : s.children(h, "obj")) {
      if (c > v) {
        out.addAll(actorsAt(s, c, byHead));
      }
    }
    return out;
  }

  /**
   * A relative pronoun as object stands for the noun its clause modifies ("Iran, which the US
   * attacked"), and a noun in apposition to an actor for that actor, as for relative subjects
   * ("Ukraine, a former Soviet country that Russia invaded": Ukraine).
   */
  private static int relativeObject(ParsedSentence s, int v, int object, Map<Integer, ActorMention> byHead) {
    boolean relative = RELATIVE_PRONOUNS.contains(s.lower(object)) || s.lower(object).equals("whom");
    if (!relative || !s.fullRelation(v).equals("acl:relcl") || s.head(v) < 0) {
      return object;
    }
    int noun = s.head(v);
    return s.relation(noun).equals("appos") && s.head(noun) >= 0 && namedAt(s, noun, byHead, 0) < 0 ? s.head(noun) : noun;
  }
}
