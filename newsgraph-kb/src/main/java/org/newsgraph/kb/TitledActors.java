package org.newsgraph.kb;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;

/**
 * The actor of a person the knowledge base does not know, from the title right before the name
 * when the title says whom the person acts for: "Iranian Foreign Minister X" IRNGOV, "Russian
 * lawmaker X" RUSLEG, "Iran's army commander X" IRNMIL, "Sen. X (D-N.J.)" USALEG. Only an actor,
 * never a link: the title tells the side, not who the person is.
 */
final class TitledActors {
  /**
   * The title's last word, and the sector it acts in: the government's people of {@link
   * ActorCoder#GOVERNMENT_PEOPLE} and these, which {@code ActorCoder} does not read as role words next
   * to a country: singulars only (a title stands before one name), legislators' and officers' titles.
   */
  private static final Map<String, String> OFFICES = ActorCoder.withGovernmentPeople(
      Map.ofEntries(
          Map.entry("ambassador", "GOV"), Map.entry("envoy", "GOV"), Map.entry("diplomat", "GOV"),
          Map.entry("spokesperson", "GOV"), Map.entry("negotiator", "GOV"), Map.entry("secretary", "GOV"),
          Map.entry("prince", "GOV"),
          Map.entry("lawmaker", "LEG"), Map.entry("legislator", "LEG"), Map.entry("mp", "LEG"),
          Map.entry("parliamentarian", "LEG"), Map.entry("senator", "LEG"), Map.entry("sen", "LEG"),
          Map.entry("rep", "LEG"), Map.entry("congressman", "LEG"), Map.entry("congresswoman", "LEG"),
          Map.entry("speaker", "LEG"),
          Map.entry("general", "MIL"), Map.entry("gen", "MIL"), Map.entry("commander", "MIL"),
          Map.entry("admiral", "MIL")));
  /** Words that may stand between the country and the office's last word ("Foreign Minister", "Crown Prince"). */
  private static final Set<String> FIELDS =
      Set.of("foreign", "defense", "defence", "interior", "finance", "economy", "oil", "energy", "trade",
          "justice", "affairs", "deputy", "crown", "prime", "state", "government", "military", "army", "top",
          "senior", "chief", "lead", "nuclear", "security", "house", "senate", "majority", "minority", "leader");
  /** US-only legislative titles: they code USALEG where the text ties them to the US. */
  private static final Set<String> US_LEGISLATIVE = Set.of("sen", "senator", "rep", "congressman", "congresswoman", "speaker", "leader");
  /** Field words that put an office in a legislature ("House Speaker", "Senate Majority Leader"). */
  private static final Set<String> CHAMBERS = Set.of("house", "senate", "majority", "minority");
  /** Titles only the US uses: a bare country name before them is a US state's ("Georgia Rep. X", "New Mexico Sen. X"). */
  private static final Set<String> US_ONLY = Set.of("sen", "rep", "congressman", "congresswoman", "senator");
  /** A party-state tag after a US legislator's name: "(D-N.J.)", ", R-Texas,". */
  private static final Pattern PARTY_STATE = Pattern.compile("^\\s*[(,]\\s*[RDI]-[A-Z][\\p{L}.]*");
  private static final Pattern US_MARKER =
      Pattern.compile("(?<!\\p{L})(U\\.S\\.|US|United States|America|American|Americans|Congress|Republicans?|Democrats?|Democratic)(?!\\p{L})");
  private static final Pattern WORD = Pattern.compile("[\\p{L}.'’]+");
  /** A sentence's end: a full stop after a word that is no abbreviation ("Sen.", "Gen.", "U.S."), or other marks. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[!?\\n;:\"“”]|(?<!\\b(?:Sen|Rep|Gen|Lt|Col|Maj|Adm|Gov|Mr|Mrs|Ms|Dr|St|Jr|Sr))(?<!\\b\\p{Lu})\\.\\s");
  private static final Set<String> FORMER = Set.of("former", "ex", "late");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private final KnowledgeBase kb;

  TitledActors(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The actor the title before a person's name gives, or null when there is none or it names no country. */
  String actor(MentionQuery m, ArticleContext a) {
    String text = a.text();
    if (m.type() != EntityType.PERSON || m.start() <= 0 || m.end() > text.length()) {
      return null;
    }
    String before = sentenceBefore(text, m.start());
    // "A Kremlin spokesman, Arkady Volkov": a title in apposition, before a comma
    boolean apposed = before.stripTrailing().endsWith(",") && !before.stripTrailing().endsWith(",,");
    if (apposed) {
      before = before.stripTrailing();
      before = before.substring(0, before.length() - 1);
    } else if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
      return null; // the name follows a quote, not a title
    }
    List<String> words = title(before);
    int i = words.size() - 1;
    if (i < 0) {
      return null;
    }
    String head = key(words.get(i));
    String sector = OFFICES.get(head);
    if (sector == null) {
      return null;
    }
    int j = i - 1;
    boolean stateLevel = false;
    while (j >= 0 && FIELDS.contains(key(words.get(j)))) {
      sector = CHAMBERS.contains(key(words.get(j))) ? "LEG" : sector;
      stateLevel |= key(words.get(j)).equals("state");
      j--;
    }
    if (head.equals("leader") && !sector.equals("LEG")) {
      return null; // "Hezbollah leader", "opposition leader": a leader of what the title does not say
    }
    String country = j >= 0 ? country(words.get(j), US_ONLY.contains(head)) : null;
    int k = country == null ? j : j - 1;
    // A former official is his country's, as Phoenix codes former officials.
    boolean countryOnly = k >= 0 && FORMER.contains(key(words.get(k)));
    int article = countryOnly ? k - 1 : k;
    if (apposed && !(article >= 0 && ARTICLES.contains(key(words.get(article))))) {
      return null; // "Officials met Iran's minister, Darius Velmani said": no apposition without its article
    }
    if (country == null && US_LEGISLATIVE.contains(head) && sector.equals("LEG") && usTied(words, j, text, m.end())) {
      country = "USA";
      // "state Sen. X" sits in a state's legislature, not in Congress.
      countryOnly |= stateLevel;
    }
    if (country == null) {
      return null;
    }
    if (country.length() > 3) {
      return countryOnly ? country.substring(0, 3) : country; // a seat's spokesman speaks for its government
    }
    return countryOnly ? country : country + sector;
  }

  /** "Republican Sen. X", "Sen. X (D-N.J.)", or "Sen. X" in a text that names the US or its parties. */
  private static boolean usTied(List<String> words, int j, String text, int end) {
    if (j >= 0 && Set.of("republican", "democratic", "democrat").contains(key(words.get(j)))) {
      return true;
    }
    return PARTY_STATE.matcher(text).region(end, text.length()).lookingAt() || US_MARKER.matcher(text).find();
  }

  /**
   * The three-letter code of the country the word names ("Iranian", "Iran's", "U.S."), the whole
   * actor of a seat of government ("Kremlin": RUSGOV), or null. Before a US-only title, only a
   * demonym, a possessive or an abbreviation counts.
   */
  private String country(String word, boolean usOnlyTitle) {
    boolean form = word.endsWith("'s") || word.endsWith("’s") || word.equals(word.toUpperCase(Locale.ROOT));
    for (KnowledgeBase.NameMatch n : kb.byExactKey(NameKey.exact(word))) {
      KbEntry e = n.entry();
      if (e.kind().equals("country") && e.actor().length() == 3
          && (!usOnlyTitle || form || n.kind() == KnowledgeBase.NameKind.DEMONYM)) {
        return e.actor();
      }
      if (e.kind().equals("seat") && !usOnlyTitle && e.actor() != null && e.actor().length() > 3) {
        return e.actor();
      }
    }
    return null;
  }

  /** The words right before the name with only spaces between them: "Iran, minister X" has no title with a country. */
  private static List<String> title(String before) {
    List<MatchResult> all = WORD.matcher(before).results().toList();
    int first = all.size();
    while (first > 0
        && before.substring(all.get(first - 1).end(), first == all.size() ? before.length() : all.get(first).start()).isBlank()) {
      first--;
    }
    return all.subList(first, all.size()).stream().map(MatchResult::group).toList();
  }

  /**
   * Up to 60 characters before the name, from the start of its sentence: a full stop ends a
   * sentence, except after a title's abbreviation ("Sen.", "Gen.") or a single capital ("U.S.").
   */
  private static String sentenceBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 60), start);
    int cut = -1;
    for (Matcher s = SENTENCE_END.matcher(before); s.find(); ) {
      cut = s.end();
    }
    return cut < 0 ? before : before.substring(cut);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }
}
