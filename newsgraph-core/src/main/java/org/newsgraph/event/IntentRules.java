package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Factuality;

/**
 * Announced intent: an act that an actor announces, confirms, agrees, pledges or threatens to do
 * is not an act done, but the announcement is ("China announced it was preparing to raise tariffs
 * on U.S. products": a threat of sanctions, 1312; "the two sides agreed to hold talks": intent to
 * meet, 036). CAMEO has intent classes for cooperation (03) and threats (13), and the gold
 * conventions code such announcements by them (evaluation/README.md, "Announcements are acts").
 */
final class IntentRules {
  /** Verbs by which an actor commits itself in words to what it will do. */
  private static final Set<String> ANNOUNCERS = Set.of(
      "announce", "confirm", "agree", "pledge", "vow", "promise", "commit", "threaten", "warn", "offer", "unveil",
      // restating a commitment makes it again: "echoed his plan to meet with the North Korean leader"
      "reiterate", "reaffirm", "restate", "echo");
  /** Announcing verbs whose object, when they have one, is who is to do what their infinitive names. */
  private static final Set<String> ADDRESSED_ANNOUNCERS = Set.of("warn");
  /**
   * Verbs by which an actor makes known a disposition of its own: "signaled its willingness to engage
   * in talks", "expressed its readiness to retaliate". With such a noun as object they announce the act
   * the noun is a disposition to, as CAMEO's 03x and 13x classes "express intent" say.
   */
  private static final Set<String> EXPRESSERS = Set.of(
      "signal", "express", "voice", "indicate", "show", "demonstrate", "declare", "state", "announce", "confirm",
      "reiterate", "reaffirm", "restate");
  /** Nouns of a disposition to act, which an actor that expresses them commits to (see EXPRESSERS). */
  private static final Set<String> DISPOSITIONS = Set.of(
      "willingness", "readiness", "openness", "eagerness", "intention", "intent", "determination", "plan", "desire");
  /**
   * Adjectives by which a speaker says its side is disposed to an act: "said Russia is ready to restore
   * relations", "said the U.S. is willing to act alone against Syria". Said, they express the intent,
   * as "expressed its readiness" does; the writer's own "is ready to" is no expression.
   */
  private static final Set<String> READINESS = Set.of("ready", "prepared", "willing");
  /** Steps between the announcement and the act: "announced it was preparing to raise tariffs". */
  private static final Set<String> STEPS = Set.of("prepare", "plan", "intend", "decide", "move", "set", "begin", "start");
  /**
   * Verbs of saying: a speaker that says it will take a step announces it ("The U.S. said it will
   * impose tariffs on China"; evaluation/README.md, settled doubts: "An actor's own 'said it
   * would ...' is an announcement").
   */
  private static final Set<String> SAYERS = Set.of("say", "said", "tell", "told", "state", "add");
  /** Subjects by which a speaker speaks of itself in what it says: "said it would", "said they will". */
  private static final Set<String> SELF = Set.of("it", "they", "we", "he", "she");
  /** Modals that mark a future the announcer commits to, not a possibility. */
  private static final Set<String> FUTURE = Set.of("will", "'ll", "would", "shall", "wo");

  /** The intent code of an act (by its CAMEO code), most specific first; roots without one are absent. */
  private static final Map<String, String> INTENT = Map.ofEntries(
      Map.entry("04", "036"), Map.entry("05", "030"),
      Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"), Map.entry("06", "031"),
      Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"), Map.entry("07", "033"),
      Map.entry("081", "0351"), Map.entry("084", "0353"), Map.entry("085", "0354"), Map.entry("087", "0356"), Map.entry("08", "035"),
      Map.entry("162", "1311"), Map.entry("163", "1312"), Map.entry("166", "1313"), Map.entry("161", "1313"), Map.entry("160", "1313"),
      Map.entry("164", "134"), Map.entry("165", "135"), Map.entry("16", "131"),
      Map.entry("172", "132"), Map.entry("17", "131"), Map.entry("14", "133"),
      Map.entry("191", "1381"), Map.entry("192", "1382"), Map.entry("20", "1383"), Map.entry("18", "138"), Map.entry("19", "138"));

  /**
   * What refusing an act of cooperation or of yielding is: CAMEO's 12x ("refuse to yield" 124,
   * "refuse to release persons" 1243, "reject proposal to meet" 125), most specific first; acts whose
   * refusal CAMEO has no class for are absent.
   */
  private static final Map<String, String> REJECTION = Map.ofEntries(
      Map.entry("081", "1241"), Map.entry("082", "1242"), Map.entry("0831", "1231"), Map.entry("0832", "1232"),
      Map.entry("0833", "1233"), Map.entry("0834", "1234"), Map.entry("083", "123"), Map.entry("084", "1243"),
      Map.entry("085", "1244"), Map.entry("086", "1245"), Map.entry("087", "1246"), Map.entry("08", "124"),
      Map.entry("045", "126"), Map.entry("04", "125"), Map.entry("057", "127"),
      Map.entry("062", "1212"), Map.entry("06", "1211"),
      Map.entry("071", "1221"), Map.entry("072", "1222"), Map.entry("073", "1223"), Map.entry("074", "1224"), Map.entry("07", "122"));
  /** Verbs by which an actor refuses what their infinitive names: "refused to bow to pressure". */
  private static final Set<String> REFUSERS = Set.of("refuse", "decline");

  /** CAMEO's "express intent to cooperate, not specified": what agreeing to a step with a partner is. */
  static final String COOPERATION_INTENT = "030";
  /** Cases of the phrases in an agreed step that name its partner: "ship to the US", "buy jets from Russia". */
  private static final Set<String> PARTNER_CASES = Set.of("to", "with", "from");
  /** Dependents through which a step's partner is sought: its objects, phrases, and the clauses on its nouns. */
  private static final Set<String> STEP_PHRASES = Set.of("obj", "iobj", "obl", "nmod", "acl");

  /**
   * Words of acting against another: "vowed to boost its nuclear power to counter Washington's hostile policy",
   * "pledged to escalate the isolation of Venezuela's government", "vowed to keep economic pressure on North
   * Korea". Verbs of the lexicon (fight, punish, sanction) read the act themselves and are not listed.
   */
  private static final Set<String> OPPOSING = Set.of(
      "counter", "confront", "confrontation", "isolate", "isolation", "escalate", "escalation", "pressure", "resist",
      "oppose", "containment", "deter", "weaken", "challenge", "curb", "thwart", "countermeasure", "countermeasures",
      "counter-measures");
  /** CAMEO's "threaten, not specified": what a commitment to act against the target is. */
  private static final String THREAT = "130";

  /** The intent code of an announced act, and the word of the verb that announces it. */
  record Intent(String code, int announcer) {}

  private IntentRules() {}

  /**
   * The intent code for the act at v when the sentence reports it only as announced, agreed or
   * threatened by an asserted speech act ("vowed to retaliate", "confirmed that it will cut aid");
   * with the announcing verb, whose own generic code ("vowed" 030) the intent replaces; null when
   * the act is hypothetical for another reason (a condition, a possibility, a plan told
   * by the writer) or has no intent class.
   */
  static Intent announced(ParsedSentence s, int v, String code) {
    String intent = intentOf(code);
    if (intent == null || s.german) {
      return null;
    }
    int at = v;
    for (int depth = 0; depth < 4; depth++) {
      for (int c : s.children(at)) {
        String w = s.lower(c);
        if (s.relation(c).equals("mark") && FactualityRules.CONDITIONS.contains(w)) {
          return null;
        }
        if (s.relation(c).equals("aux") && FactualityRules.MODALS.contains(w) && !FUTURE.contains(w)) {
          return null;
        }
      }
      String r = s.relation(at);
      int h = s.head(at);
      int means = meansOf(s, at, r, h);
      if (means >= 0) {
        if (FactualityRules.irrealisOf(ANNOUNCERS, s.lower(means)) || expressesDisposition(s, means)) {
          return commitment(s, means, at, intent);
        }
        at = means;
        continue;
      }
      if (r.equals("xcomp") && h >= 0 && READINESS.contains(s.lower(h)) && said(s, h)) {
        return commitment(s, h, at, intent);
      }
      if (h < 0 || !(r.equals("xcomp") || r.equals("ccomp")) || !s.isVerb(h)) {
        return null;
      }
      String head = s.lower(h);
      // "signaled its willingness to engage in talks": the parser hangs the infinitive on the verb
      if (FactualityRules.irrealisOf(ANNOUNCERS, head) || ownFutureSaid(s, h, at) || r.equals("xcomp") && expressesDisposition(s, h)) {
        return commitment(s, h, at, intent);
      }
      if (!FactualityRules.irrealisOf(STEPS, head)) {
        return null;
      }
      at = h;
    }
    return null;
  }

  /**
   * The intent announced by the asserted verb at a, of the act whose clause hangs on it at {@code clause};
   * null where the verb is not asserted, or where a warning is addressed to someone whose act the
   * clause then names: "Russia warned Turkey to withdraw its troops" is Russia's warning to Turkey,
   * not Russia's intent to withdraw.
   */
  private static Intent commitment(ParsedSentence s, int a, int clause, String intent) {
    boolean addressed = FactualityRules.irrealisOf(ADDRESSED_ANNOUNCERS, s.lower(a)) && !s.children(a, "obj").isEmpty()
        && s.relation(clause).equals("xcomp");
    return !addressed && FactualityRules.of(s, a, false) == Factuality.ASSERTED ? new Intent(intent, a) : null;
  }

  /** Whether the verb at h makes known a disposition that is its object: "signaled its willingness". */
  private static boolean expressesDisposition(ParsedSentence s, int h) {
    return FactualityRules.irrealisOf(EXPRESSERS, s.lower(h))
        && s.children(h, "obj").stream().anyMatch(o -> FactualityRules.irrealisOf(DISPOSITIONS, s.lower(o)));
  }

  /**
   * Whether the predicate at h is said by a verb of saying: the clause of "said" ("said Russia is ready
   * to"), or the clause that a "..., the Kremlin said" set after it hangs on (also as a bare dependent,
   * where the parser takes the speaker for an apposition: "with Chile, its foreign minister said").
   */
  private static boolean said(ParsedSentence s, int h) {
    int head = s.head(h);
    if (head >= 0 && s.relation(h).equals("ccomp") && s.isVerb(head) && FactualityRules.irrealisOf(SAYERS, s.lower(head))) {
      return true;
    }
    return s.children(h).stream().anyMatch(c -> Set.of("parataxis", "ccomp", "dep").contains(s.relation(c))
        && s.isVerb(c) && FactualityRules.irrealisOf(SAYERS, s.lower(c)));
  }

  /**
   * Whether the clause at c under the verb at h is a speaker's word on its own future step: a verb of
   * saying over a clause with "will" or "would" whose subject is the speaker's pronoun ("Russia said
   * it would expel ten diplomats"), and no condition on it ("said it would retaliate if attacked" is a
   * warning of what may be, not a step announced).
   */
  private static boolean ownFutureSaid(ParsedSentence s, int h, int c) {
    if (!s.relation(c).equals("ccomp") || !FactualityRules.irrealisOf(SAYERS, s.lower(h))
        || s.children(c, "aux").stream().noneMatch(a -> FUTURE.contains(s.lower(a)))
        || s.children(c, "nsubj").stream().noneMatch(n -> SELF.contains(s.lower(n)))) {
      return false;
    }
    return s.children(c, "advcl").stream()
        .noneMatch(a -> s.children(a, "mark").stream().anyMatch(m -> FactualityRules.CONDITIONS.contains(s.lower(m))));
  }

  /**
   * The verb whose step the act at v serves, or -1: the verb of which v is the purpose ("giving his
   * administration the authority to impose sanctions"), or the verb whose object a purpose or a
   * participle of v describes ("announced plans to impose tariffs", "will sign an order giving ...
   * the authority"). The act is then announced when that verb is, as a plan announced is the
   * announcement of what it plans.
   */
  private static int meansOf(ParsedSentence s, int v, String r, int h) {
    if (h < 0) {
      return -1;
    }
    boolean purpose = (r.equals("advcl") || r.equals("acl")) && s.children(v, "mark").stream().anyMatch(m -> s.lower(m).equals("to"));
    boolean participle = r.equals("acl") && (s.tag(v).equals("VBG") || s.tag(v).equals("VBN"));
    if (!purpose && !participle) {
      return -1;
    }
    if (s.isVerb(h)) {
      return purpose && r.equals("advcl") ? h : -1;
    }
    int verb = s.head(h);
    return s.relation(h).equals("obj") && verb >= 0 && s.isVerb(verb) ? verb : -1;
  }

  /**
   * The rejection that refusing the act at v is, when an asserted "refused to" or "declined to"
   * governs it ("Ankara has refused to bow to pressure from Washington": refuse to yield, 124; "Iran
   * declined to release the tanker": 1243), with the refusing verb; null otherwise. The act itself
   * is negated; the refusal is the actor's act towards the one the act was due to, as CAMEO's
   * class 12 codes it.
   */
  static Intent refused(ParsedSentence s, int v, String code) {
    int h = s.head(v);
    if (s.german || h < 0 || !s.relation(v).equals("xcomp") || !s.isVerb(h) || !FactualityRules.irrealisOf(REFUSERS, s.lower(h))) {
      return null;
    }
    String rejection = lookUp(REJECTION, code, 4);
    return rejection != null && FactualityRules.of(s, h, false) == Factuality.ASSERTED ? new Intent(rejection, h) : null;
  }

  /**
   * The step that "agree" at v commits to with "to" ("have agreed to put limits on the metals they can
   * ship to the US"), or -1. Where no verb of the lexicon codes the step, the agreement is intent to
   * cooperate (030) with the partner that a phrase inside the step names ({@link #partnerPhrases}).
   */
  static int agreedStep(ParsedSentence s, int v) {
    if (s.german || !FactualityRules.irrealisOf(Set.of("agree"), s.lower(v))) {
      return -1;
    }
    for (int c : s.children(v, "xcomp")) {
      if (s.isVerb(c) && s.children(c, "mark").stream().anyMatch(m -> s.lower(m).equals("to"))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The phrases with "to", "with" or "from" inside the step at c, through its nouns and their phrases: who the
   * step is done with or for ("limits on the volume of metals they can ship to the US"). The step's
   * direct object is not its partner: "agreed to keep Iran at bay" is no cooperation with Iran.
   */
  static List<Integer> partnerPhrases(ParsedSentence s, int c) {
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(inStep(s, c));
    for (int i = 0; i < todo.size() && i < s.size(); i++) {
      int n = todo.get(i);
      if ((s.relation(n).equals("obl") || s.relation(n).equals("nmod"))
          && s.children(n, "case").stream().anyMatch(k -> PARTNER_CASES.contains(s.lower(k)))) {
        out.add(n);
      }
      // only through the step's nouns and their phrases: a clause set in it speaks of something else
      // ("agreed to hold fire, the minister announced at a news conference with Clinton")
      todo.addAll(inStep(s, n));
    }
    return out;
  }

  /**
   * The dependents of n that stay inside the step: its objects and phrases, and a clause on a noun,
   * which the parser may also hang as a bare parataxis ("the metals they can ship to the US"); a
   * clause set off by a comma is the writer's own ("..., the minister announced").
   */
  private static List<Integer> inStep(ParsedSentence s, int n) {
    return s.children(n).stream()
        .filter(k -> STEP_PHRASES.contains(s.relation(k))
            || s.relation(k).equals("parataxis") && s.extent(k)[0] > 0 && !s.lower(s.extent(k)[0] - 1).equals(","))
        .toList();
  }

  /**
   * The code of a commitment (03x) to the target b read anew: where the way from the verb at v down to the
   * target passes a word of {@link #OPPOSING}, the act committed to is against the target, and the commitment
   * a threat to it (130), as CAMEO's 13 codes a conflictual intent ("vowed to boost its nuclear power to counter
   * Washington's hostile policy" is no cooperative intent towards the US). Other codes are kept.
   */
  static String againstItsTarget(ParsedSentence s, int v, String code, ActorMention b, Map<Integer, ActorMention> byHead) {
    if (s.german || !code.startsWith("03")) {
      return code;
    }
    for (Map.Entry<Integer, ActorMention> e : byHead.entrySet()) {
      if (!e.getValue().equals(b)) {
        continue;
      }
      boolean opposed = false;
      int at = s.head(e.getKey());
      for (int steps = 0; at >= 0 && at != v && steps < s.size(); steps++, at = s.head(at)) {
        opposed |= FactualityRules.irrealisOf(OPPOSING, s.lower(at));
      }
      if (opposed && at == v) {
        return THREAT;
      }
    }
    return code;
  }

  private static String intentOf(String code) {
    return lookUp(INTENT, code, 3);
  }

  /** The entry for the longest prefix of code, from {@code longest} characters down to the root. */
  private static String lookUp(Map<String, String> table, String code, int longest) {
    for (int n = Math.min(code.length(), longest); n >= 2; n--) {
      String i = table.get(code.substring(0, n));
      if (i != null) {
        return i;
      }
    }
    return null;
  }
}
