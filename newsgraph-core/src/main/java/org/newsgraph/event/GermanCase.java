package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.text.DependencyParser.Node;

/**
 * Reads subject and object of a German clause by case where the parser guessed: German names and
 * feminine or neuter nouns ("Frankreich", "die Ukraine") read as nominative or accusative alike,
 * and the German parser, which sees no morphology, often makes the later one the subject
 * ("Frankreich hatte Italien kritisiert" with Italien as subject) or makes both subjects. An
 * article that only an object takes ("den", "dem", "einen", "einem") decides; where both read
 * alike, the first is the subject, as German puts it first unless the case says otherwise ("Den
 * Iran griffen die USA an" keeps the USA as subject).
 */
final class GermanCase {
  /** Articles of the accusative or dative (and genitive), never of the nominative. */
  private static final Set<String> OBLIQUE = Set.of("den", "dem", "einen", "einem", "des", "eines");

  /** The forms of "werden", the auxiliary of the passive. */
  private static final Set<String> WERDEN = Set.of("werden", "wird", "wurde", "wurden", "worden", "werde", "würde", "würden");

  /** The forms of "sein", the auxiliary of the perfect of verbs of motion. */
  private static final Set<String> SEIN = Set.of("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "gewesen");

  /**
   * Participles of the lexicon's verbs of motion, whose perfect takes "sein" ("Syrische Truppen sind
   * in den Libanon vorgedrungen"): the parser reads "sein" with a participle as a passive, which
   * these verbs, having no object, cannot form.
   */
  private static final Set<String> SEIN_PERFECT = Set.of("einmarschiert", "vorgedrungen", "gereist", "zusammengekommen");

  /** Articles of the accusative after "in" ("in die Ukraine", "in das Land"), and the fused "ins". */
  private static final Set<String> INTO = Set.of("die", "das", "ins");

  /**
   * Forms of einmarschieren (the lexicon's "marschierte ... ein", "einmarschiert"): its "in" names the
   * land invaded, also before a name without article, whose case does not show ("als der Irak in
   * Kuwait einmarschierte"), where after other verbs "in Kuwait" only places the act and "in der
   * Ukraine vorgedrungen" is an advance inside the country.
   */
  private static final Set<String> INVADE = Set.of("einmarschiert", "einmarschierte", "einmarschierten", "marschierte", "marschierten");

  private GermanCase() {}

  /**
   * Whether the phrase at {@code n} is "in" with the accusative, a direction into a country ("in
   * die Ukraine vorgedrungen", "ins Land"), which names whom a move is made against, where the
   * dative ("in der Ukraine", "im Irak") only places it. "in den" is left out: it is also the
   * dative plural ("in den USA"). After "einmarschieren" a name without article is the land invaded.
   */
  static boolean into(ParsedSentence s, int n) {
    if (!s.german) {
      return false;
    }
    int v = s.head(n);
    for (int c : s.children(n, "case")) {
      if (s.lower(c).equals("ins") || (s.lower(c).equals("in") && v >= 0 && INVADE.contains(s.lower(v))
          && s.children(n, "det").isEmpty() && s.tag(n).equals("PROPN"))) {
        return true;
      }
      if (s.lower(c).equals("in")) {
        for (int d : s.children(n, "det")) {
          if (d > c && INTO.contains(s.lower(d))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The parse with the subject and object of each verb read by case and order. */
  static List<Node> read(List<Word> words, List<Node> nodes) {
    List<Node> out = new ArrayList<>(nodes);
    for (int v = 0; v < nodes.size(); v++) {
      if (!nodes.get(v).tag().equals("VERB")) {
        continue;
      }
      boolean reread = SEIN_PERFECT.contains(words.get(v).lower()) && activePerfect(words, out, v);
      reread |= whenClause(words, out, v);
      if (reread) {
        nodes = List.copyOf(out);
      }
      // "Russische Soldaten haben im Osten die Ukraine angegriffen": a passive subject without a
      // form of "werden" is the object of a perfect, whose subject hangs on "haben"
      if (!passiveAuxiliary(words, nodes, v)) {
        for (int c = 0; c < nodes.size(); c++) {
          if (nodes.get(c).head() == v && nodes.get(c).relation().equals("nsubj:pass") && nominal(nodes, c)) {
            out.set(c, new Node(nodes.get(c).tag(), v, "obj"));
          }
        }
        nodes = List.copyOf(out);
      }
      // the subject may hang on the finite auxiliary: "Russland hat die Ukraine angegriffen"
      List<Integer> subjects = new ArrayList<>();
      List<Integer> objects = new ArrayList<>();
      for (int c = 0; c < nodes.size(); c++) {
        int h = nodes.get(c).head();
        boolean onVerb = h == v || (h >= 0 && nodes.get(h).head() == v && nodes.get(h).relation().equals("aux"));
        if (onVerb && nominal(nodes, c) && nodes.get(c).relation().equals("nsubj")) {
          subjects.add(c);
        } else if (h == v && nominal(nodes, c) && nodes.get(c).relation().equals("obj")) {
          objects.add(c);
        }
      }
      if (subjects.size() == 2 && objects.isEmpty()) {
        int second = oblique(words, nodes, subjects.get(0)) && !oblique(words, nodes, subjects.get(1)) ? subjects.get(0) : subjects.get(1);
        out.set(second, new Node(nodes.get(second).tag(), v, "obj"));
      } else if (subjects.size() == 1 && !objects.isEmpty()) {
        // of two objects ("Die Ukrainer haben Russland den Bruch ... vorgeworfen", the parser's
        // objects "Ukrainer" and "Bruch"), the first is the one that may be the subject
        int subject = subjects.get(0);
        int object = objects.get(0);
        boolean objectFirst = object < subject && ambiguous(words, nodes, object) && ambiguous(words, nodes, subject);
        boolean subjectMarked = objects.size() == 1 && oblique(words, nodes, subject) && !oblique(words, nodes, object);
        if (objectFirst || subjectMarked) {
          out.set(object, new Node(nodes.get(object).tag(), v, "nsubj"));
          out.set(subject, new Node(nodes.get(subject).tag(), v, "obj"));
        }
      }
    }
    return out;
  }

  /**
   * The perfect of a verb of motion read as the active it is: "Truppen sind in den Libanon
   * vorgedrungen" has the troops as its subject, where the parser made them a passive subject.
   * Rewrites {@code out}; whether it changed anything.
   */
  private static boolean activePerfect(List<Word> words, List<Node> out, int v) {
    boolean sein = false;
    for (int c = 0; c < out.size(); c++) {
      if (out.get(c).head() == v && out.get(c).relation().equals("aux:pass") && SEIN.contains(words.get(c).lower())) {
        out.set(c, new Node(out.get(c).tag(), v, "aux"));
        sein = true;
      }
    }
    for (int c = 0; sein && c < out.size(); c++) {
      if (out.get(c).head() == v && out.get(c).relation().equals("nsubj:pass")) {
        out.set(c, new Node(out.get(c).tag(), v, "nsubj"));
      }
    }
    return sein;
  }

  /**
   * A clause opened by "als" ("when") after a comma, read as a clause: the parser takes "als" for
   * the preposition "as" of the subject ("..., als der Irak in Kuwait einmarschierte" with "der
   * Irak" an oblique of the verb and "in Kuwait" a modifier of the name). The name is the verb's
   * subject, "als" its conjunction, and a phrase hung on the name is the verb's. Rewrites {@code
   * out}; whether it changed anything.
   */
  private static boolean whenClause(List<Word> words, List<Node> out, int v) {
    for (int n = 0; n < v; n++) {
      Node noun = out.get(n);
      if (noun.head() != v || !noun.relation().equals("obl") || !nominal(out, n) || hasRelation(out, v, "nsubj")) {
        continue;
      }
      for (int c = 1; c < n; c++) {
        if (out.get(c).head() == n && out.get(c).relation().equals("case") && words.get(c).lower().equals("als")
            && words.get(c - 1).text().equals(",")) {
          out.set(c, new Node(out.get(c).tag(), v, "mark"));
          out.set(n, new Node(noun.tag(), v, "nsubj"));
          for (int k = n + 1; k < v; k++) {
            if (out.get(k).head() == n && out.get(k).relation().equals("nmod") && noun.tag().equals("PROPN")) {
              out.set(k, new Node(out.get(k).tag(), v, "obl"));
            }
          }
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasRelation(List<Node> nodes, int head, String relation) {
    for (Node n : nodes) {
      if (n.head() == head && n.relation().equals(relation)) {
        return true;
      }
    }
    return false;
  }

  /** Whether v reads as a passive: a form of "werden" as its auxiliary, or an agent ("von Russland unterzeichnet"). */
  private static boolean passiveAuxiliary(List<Word> words, List<Node> nodes, int v) {
    for (int c = 0; c < nodes.size(); c++) {
      if (nodes.get(c).head() != v) {
        continue;
      }
      String r = nodes.get(c).relation();
      if (r.equals("aux:pass") || (r.equals("aux") && WERDEN.contains(words.get(c).lower()))) {
        return true;
      }
      if (r.startsWith("obl")) {
        for (int k = 0; k < nodes.size(); k++) {
          if (nodes.get(k).head() == c && nodes.get(k).relation().equals("case") && Set.of("von", "durch").contains(words.get(k).lower())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A noun or name: pronouns ("die", "das" as relative pronouns, "sie") tell their case by themselves or not at all. */
  private static boolean nominal(List<Node> nodes, int i) {
    String t = nodes.get(i).tag();
    return t.equals("NOUN") || t.equals("PROPN");
  }

  /**
   * A name without article or a noun with "die" or "das": nominative or accusative alike ("der" may be
   * dative, "Der Ukraine hilft Deutschland"; a bare noun, "Waffen liefert Deutschland", is the
   * object that German puts first for weight, and is left as the parser reads it). A bare title
   * before a name ("US-Präsident Donald Trump", "Außenminister Lawrow") reads as the name does.
   */
  private static boolean ambiguous(List<Word> words, List<Node> nodes, int noun) {
    List<String> articles = new ArrayList<>();
    for (int c = 0; c < nodes.size(); c++) {
      if (nodes.get(c).head() == noun && nodes.get(c).relation().equals("det")) {
        articles.add(words.get(c).lower());
      }
    }
    return articles.isEmpty()
        ? nodes.get(noun).tag().equals("PROPN") || titleOfName(nodes, noun)
        : articles.stream().allMatch(a -> a.equals("die") || a.equals("das"));
  }

  /** Whether the noun is a title that a name right after it stands beside, as its apposition or flat part. */
  private static boolean titleOfName(List<Node> nodes, int noun) {
    int next = noun + 1;
    return next < nodes.size() && nodes.get(next).head() == noun && nodes.get(next).tag().equals("PROPN")
        && (nodes.get(next).relation().equals("appos") || nodes.get(next).relation().startsWith("flat"));
  }

  private static boolean oblique(List<Word> words, List<Node> nodes, int noun) {
    for (int c = 0; c < nodes.size(); c++) {
      if (nodes.get(c).head() == noun && nodes.get(c).relation().equals("det") && OBLIQUE.contains(words.get(c).lower())) {
        return true;
      }
    }
    return false;
  }
}
