package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.kb.KnowledgeBase.NameKind;
import org.newsgraph.kb.KnowledgeBase.NameMatch;

/**
 * Links a mention to a knowledge-base entry and codes its actor. Candidates come by name, alias,
 * transliteration and German inflection; they are filtered by type and ranked by how the name
 * matched, by the article's other mentions and by its date (who held an office then). When two
 * entries stay equally likely, or a bare surname finds no support in the article, the answer is no
 * link: a wrong link is worse than none. Pure and thread-safe.
 */
public final class Linker {
  /** The sector of a term in Congress (congress.tsv). */
  private static final String LEGISLATURE = "LEG";
  private final KnowledgeBase kb;
  private final ActorCoder actors;
  private final TitledActors titled;
  private final OfficeTitles titles;
  private final NearOffice nearOffice;

  public Linker(KnowledgeBase kb) {
    this.kb = kb;
    this.actors = new ActorCoder(kb);
    this.titled = new TitledActors(kb);
    this.titles = new OfficeTitles(kb);
    this.nearOffice = new NearOffice(kb);
  }

  KnowledgeBase knowledgeBase() {
    return kb;
  }

  /** The actor code of the international organisation whose office a title names, or null: see {@link OfficeTitles#organisation}. */
  String organisationOffice(String title) {
    return titles.organisation(title);
  }

  /** The entry of a Wikidata id this linker gave. */
  KbEntry entry(String id) {
    return kb.get(id).orElseThrow(() -> new IllegalArgumentException("not in the knowledge base: " + id));
  }

  public Link link(MentionQuery mention, ArticleContext article) {
    if (mention.type() != EntityType.PERSON && leads(mention, article)) {
      Link government = government(mention, article);
      if (government != null) {
        return government;
      }
    }
    Scored chosen = choose(mention, article);
    if (chosen == null) {
      String body = mention.type() == EntityType.PERSON ? personActor(mention, article) : actors.stateBody(mention);
      return body == null ? Link.NONE : new Link(null, body);
    }
    String actor = actors.actor(chosen.entry, mention, article);
    if (actor == null && mention.type() == EntityType.PERSON) {
      // a person known only by an organisation's office, named before it with a state's title
      // ("German Defence Minister Ursula von der Leyen" in 2016): the title tells the side
      actor = titled.actor(mention, article);
    }
    // "Russian" names Russians or their language, not Russia: it gives an actor and no link.
    return new Link(chosen.kind == NameKind.DEMONYM ? null : chosen.entry.id(), actor);
  }

  /**
   * The actor of a person the knowledge base does not single out: the side the title before the
   * name gives ("Iranian Foreign Minister X"), or, where the mention is itself the title of an
   * international organisation's office whose holder is not known ("the UN secretary-general" in an
   * undated text), that organisation; else, for a surname alone, the country of the people of that
   * surname near their time in office, where the article names it or one of them, the only one, held an
   * office that day ({@link NearOffice}).
   */
  private String personActor(MentionQuery mention, ArticleContext article) {
    String side = titled.actor(mention, article);
    if (side == null) {
      side = titles.organisation(mention.text());
    }
    if (side == null) {
      Set<String> countries = evidence(mention.text(), article).countries;
      side = nearOffice.actor(mention.text(), article.date(), countries::contains, e -> actors.actor(e, mention, article));
    }
    return side;
  }

  /** "the Obama administration", "the Putin regime": a leader's name that stands for a government. */
  private static final Pattern LED_BY = Pattern.compile("\\s*(?:administration|government|regime|cabinet)\\b");

  private static boolean leads(MentionQuery mention, ArticleContext article) {
    String text = article.text();
    return mention.end() > 0 && mention.end() <= text.length() && LED_BY.matcher(text).region(mention.end(), text.length()).lookingAt();
  }

  /**
   * The government that one leader of the knowledge base, named before "administration" and the
   * like, stood for: an actor and no link, since the mention names the government, not the person.
   * Taggers often call such a name an organisation.
   */
  private Link government(MentionQuery mention, ArticleContext article) {
    List<KbEntry> leaders = candidates(mention.text(), EntityType.PERSON, article.language()).stream()
        .map(c -> c.entry)
        .filter(e -> e.offices().stream().anyMatch(o -> !o.official()))
        .distinct()
        .toList();
    if (leaders.size() != 1) {
      return null;
    }
    String actor = actors.government(leaders.get(0));
    return actor == null ? null : new Link(null, actor);
  }

  private Scored choose(MentionQuery mention, ArticleContext article) {
    List<Scored> candidates = candidates(mention.text(), mention.type(), article.language());
    Evidence evidence = candidates.isEmpty() ? null : evidence(mention.text(), article);
    if (evidence != null) {
      candidates.removeIf(c -> officialOnly(c.entry) && !titledMember(c, mention, article) && !officialBacked(c, evidence, mention, article));
      List<KbEntry> unbacked = Places.ruledOut(candidates.stream().map(c -> c.entry).toList(),
          e -> evidence.countries.contains(countryId(e.country())));
      if (!unbacked.isEmpty()) {
        candidates.removeIf(c -> unbacked.contains(c.entry));
        if (candidates.isEmpty()) {
          return null; // a place's name, not a surname to look for among office holders
        }
      }
    }
    if (candidates.isEmpty()) {
      if (mention.type() != EntityType.PERSON && mention.type() != null) {
        if (placeBefore(mention, article.text())) {
          return null;
        }
        Scored holder = officeHolderBySurname(mention.text(), article);
        return holder != null ? holder : surnameTaggedAsPlace(mention, article);
      }
      return titles.holder(mention.text(), article.date())
          .or(() -> respelled(mention.text()))
          .or(() -> addressedHolder(mention, article))
          .map(e -> new Scored(e, NameKind.NAME, 0))
          .orElse(null);
    }
    String titled = OfficeTitles.roleBefore(article.text(), mention.start());
    Scored best = null;
    boolean tie = false;
    for (Scored c : candidates) {
      c.score += support(c, evidence, article.date(), mention.type());
      c.supported |= titledMember(c, mention, article);
      // "President Trump": the one candidate who held the office the title names
      if (titled != null && c.entry.offices().stream().anyMatch(o -> o.role().equals(titled))) {
        c.score += 3;
        c.supported = true;
      } else if (titled == null && article.date() == null && leadsNow(c.entry)) {
        // an undated text is read as of today: "Trump" alone is the leader the sources show in office now
        c.supported = true;
      }
      if (best == null || c.score > best.score + 0.5) {
        best = c;
        tie = false;
      } else if (Math.abs(c.score - best.score) <= 0.5) {
        tie = true;
      }
    }
    if (tie) {
      return null;
    }
    if (best.kind == NameKind.SURNAME && !best.supported) {
      return null;
    }
    return best;
  }

  /** A person whose offices are all an official's (officials.tsv.gz), none a leader's. */
  private static boolean officialOnly(KbEntry e) {
    return !e.offices().isEmpty() && e.offices().stream().allMatch(Office::official);
  }

  /**
   * Whether the article backs an official: officials are many more names than leaders, and common
   * ones ("Michael Smith" was Ireland's defence minister and a U.S. trade negotiator). A surname
   * alone ("Flynn") is an official's only where the article names them in full; a full name where
   * the article also names the country of an office, is dated within an office, or gives the
   * office's title next to the name ("Former CIA Director David Petraeus").
   */
  private boolean officialBacked(Scored c, Evidence ev, MentionQuery mention, ArticleContext article) {
    KbEntry e = c.entry;
    if (otherState(e, article.text(), mention.end())) {
      return false;
    }
    if (sharedName(e)) {
      return namedAsMember(e, article);
    }
    if (ev.ids.contains(e.id())) {
      return true;
    }
    LocalDate date = article.date();
    if (c.kind != NameKind.NAME) {
      return false;
    }
    if (e.offices().stream().anyMatch(o -> ev.countries.contains(countryId(o.country())) || (date != null && o.heldOn(date)))) {
      return true;
    }
    return titledNear(e, article, mention.start(), mention.end());
  }

  /** A legislator's title right before a name, as news abbreviates it: "Sen. Graham", "Congresswoman Ocasio-Cortez". */
  private static final Pattern MEMBER_TITLE = Pattern.compile(
      "(?:\\b(Sen|Rep|Del)\\.|\\b(Senator|Representative|Congressman|Congresswoman|Delegate))\\s+$");

  /**
   * "Sen. Graham": a surname after a legislator's title is the member who held an office of that title
   * on the article's date; two such members ("Sen. Scott" in 2024: Tim and Rick Scott) tie and give no
   * link.
   */
  private static boolean titledMember(Scored c, MentionQuery mention, ArticleContext article) {
    String text = article.text();
    LocalDate date = article.date();
    if (c.kind != NameKind.SURNAME || date == null || !within(mention, text)) {
      return false;
    }
    Set<String> words = memberTitleBefore(text, mention.start());
    return c.entry.offices().stream()
        .anyMatch(o -> o.role().equals(LEGISLATURE) && o.heldOn(date) && titleWords(o.title()).stream().anyMatch(words::contains));
  }

  /** The title words of a legislator's title right before a span ("senator" for "Sen. "); none when there is none. */
  private static Set<String> memberTitleBefore(String text, int start) {
    var m = MEMBER_TITLE.matcher(text.substring(Math.max(0, start - 16), start));
    return m.find() ? titleWords(m.group()) : Set.of();
  }

  /**
   * Whether the sentence around a span gives one of the person's office titles ("Former CIA Director"),
   * or a legislator's title stands right before it ("Sen. ", whose full stop ends no sentence).
   */
  private static boolean titledNear(KbEntry e, ArticleContext article, int start, int end) {
    String around = ActorCoder.sentenceAround(article.text(), start, end);
    Set<String> near = titleWords(around);
    near.addAll(memberTitleBefore(article.text(), start));
    if ("de".equals(article.language())) {
      near.addAll(GermanTitleWords.english(around));
    }
    return e.offices().stream().anyMatch(o -> o.title() != null && titleWords(o.title()).stream().anyMatch(near::contains));
  }

  /**
   * A member of Congress (congress.tsv) whose English Wikipedia title carries a qualifier ("Adam Smith
   * (Washington politician)", "Al Green (politician)", "John Kennedy (Louisiana politician)") shares the
   * name with someone better known: the economist, the singer, a former member ("Senator John
   * Kennedy" in 1960). Neither the article's date nor its country backs such a name.
   */
  private static boolean sharedName(KbEntry e) {
    return e.enwiki().contains("(") && e.offices().stream().allMatch(o -> o.role().equals(LEGISLATURE));
  }

  /**
   * Whether the article names the member in full with a legislator's title in the sentence ("Rep.
   * Adam Smith", "Senator John Kennedy") or the party and state after the name ("Adam Smith
   * (D-Wash.)"), on a day of a term where it is dated: only then is the shared name, or the surname
   * later, the member's.
   */
  private static boolean namedAsMember(KbEntry e, ArticleContext article) {
    LocalDate date = article.date();
    if (date != null && e.offices().stream().noneMatch(o -> o.heldOn(date))) {
      return false;
    }
    String text = article.text();
    for (String name : e.namesEn()) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (!otherState(e, text, end) && (titledNear(e, article, at, end) || PartyTag.states(text, end) != null)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The state of a member's office: its title ends with the postal code in brackets ("senator (SC)"). */
  private static final Pattern OFFICE_STATE = Pattern.compile("\\(([A-Z]{2})\\)$");

  /**
   * Whether a party-state tag after the name gives a state the member never sat for: "Lindsey Graham
   * (R-Texas)" is not the member from South Carolina. A tag whose state is not read says nothing.
   */
  private static boolean otherState(KbEntry e, String text, int end) {
    Set<String> tagged = PartyTag.states(text, end);
    if (tagged == null || tagged.isEmpty()) {
      return false;
    }
    Set<String> states = new HashSet<>();
    for (Office o : e.offices()) {
      var m = o.role().equals(LEGISLATURE) && o.title() != null ? OFFICE_STATE.matcher(o.title()) : null;
      if (m != null && m.find()) {
        states.add(m.group(1));
      }
    }
    return !states.isEmpty() && java.util.Collections.disjoint(states, tagged);
  }

  /** Words of an office title that tell offices apart: not "minister", "secretary", "deputy", "of". */
  private static final Set<String> GENERIC_TITLE_WORDS = Set.of(
      "of", "the", "for", "and", "to", "on", "in", "at", "a", "an", "minister", "ministry", "secretary", "deputy",
      "state", "states", "united", "general", "chief", "head", "director", "vice", "assistant", "under", "first",
      "senior", "office", "affairs", "national", "federal", "president", "prime", "government", "council",
      "department", "republic", "special", "member", "former", "acting");

  private static Set<String> titleWords(String text) {
    Set<String> words = new HashSet<>();
    for (String w : NameKey.exact(text).split(" ")) {
      // the spellings of one title word in British and American English, and the forms news gives
      // the titles of members of Congress ("Sen.", "Rep.", "Congresswoman")
      String word = switch (w) {
        case "sen" -> "senator";
        case "rep", "congressman", "congresswoman" -> "representative";
        case "del" -> "delegate";
        default -> w.replace("defence", "defense").replace("adviser", "advisor");
      };
      if (word.length() > 2 && !GENERIC_TITLE_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** Whether the sources show the person in a leader's office to the present: open, and not only listed up to some day. */
  private static boolean leadsNow(KbEntry e) {
    return e.offices().stream().anyMatch(o -> !o.official() && o.end() == null && o.listedUntil() == null);
  }

  /** Whether the person held a leader's office (not an official's) on the date. */
  private static boolean ledOn(KbEntry e, LocalDate date) {
    return e.offices().stream().anyMatch(o -> !o.official() && o.heldOn(date));
  }

  /**
   * A surname that the tagger took for an organisation or a place ("Trump signaled ...", "Trump"
   * tagged ORGANIZATION in a one-sentence text): the one person of the knowledge base by that surname
   * who held an office on the article's date. Without a date, or with two such holders, no link; and
   * none after a preposition of place ("in Kerry"), which the caller checks.
   */
  private Scored officeHolderBySurname(String text, ArticleContext article) {
    if (article.date() == null) {
      return null;
    }
    List<Scored> holders = candidates(text, EntityType.PERSON, article.language()).stream()
        .filter(c -> c.kind == NameKind.SURNAME && ledOn(c.entry, article.date()))
        .toList();
    return holders.size() == 1 ? holders.get(0) : null;
  }

  /** A capitalised word right after a mention continues a name ("Obama Tower", "Trump Organization"). */
  private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+\\p{Lu}");
  /** Prepositions of place before a mention: "in Kerry" is a county, not John Kerry. */
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "(?iu)\\b(?:in|at|near|into|across|outside|inside|around|via|im|bei|nach|aus)\\s+$");

  /**
   * A surname that the tagger took for a place or an organisation when the knowledge base has no
   * place or organisation of that name ("Trump has exchanged compliments with Putin" in 2016, the
   * sentence-initial "Trump" tagged a place): linked as the person it names, on the same evidence
   * as a surname tagged as a person (the article names the person's country or another mention of
   * them, or they held an office on its date). Not where a capitalised word follows ("Obama Tower").
   */
  private Scored surnameTaggedAsPlace(MentionQuery mention, ArticleContext article) {
    String text = article.text();
    String name = mention.text().strip();
    if (name.contains(" ") || !within(mention, text) || NAME_GOES_ON.matcher(text).region(mention.end(), text.length()).lookingAt()) {
      return null;
    }
    List<Scored> all = candidates(name, null, article.language());
    if (all.isEmpty() || all.stream().anyMatch(c -> c.kind != NameKind.SURNAME || c.entry.type() != EntityType.PERSON)) {
      return null;
    }
    return choose(new MentionQuery(mention.text(), EntityType.PERSON, mention.start(), mention.end()), article);
  }

  private static boolean within(MentionQuery mention, String text) {
    return mention.start() >= 0 && mention.end() <= text.length() && mention.start() <= mention.end();
  }

  /** Whether a preposition of place comes right before the mention: "in Kerry" is a county, not John Kerry. */
  private static boolean placeBefore(MentionQuery mention, String text) {
    return within(mention, text) && PLACE_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 12), mention.start())).find();
  }

  /**
   * A full name spelled another way than the knowledge base's, letter for vowel: "Mohammed Javad
   * Zarif" is "Mohammad Javad Zarif". The surname must match as written and the consonants of the
   * whole name agree, for exactly one person.
   */
  private java.util.Optional<KbEntry> respelled(String text) {
    String key = NameKey.exact(text);
    int space = key.lastIndexOf(' ');
    if (space < 0) {
      return java.util.Optional.empty();
    }
    String consonants = consonants(key);
    List<KbEntry> found = candidates(key.substring(space + 1), EntityType.PERSON, "en").stream()
        .filter(c -> c.kind == NameKind.SURNAME)
        .map(c -> c.entry)
        // not an official's: the name as written did not back them (officialBacked)
        .filter(e -> !officialOnly(e))
        .filter(e -> e.namesEn().stream().anyMatch(n -> consonants(NameKey.exact(n)).equals(consonants)))
        .distinct()
        .toList();
    return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
  }

  private static String consonants(String key) {
    return NameKey.folded(key).replaceAll("[aeiouy]", "");
  }

  /** "Mr." or "Mrs." (or "Herr", "Frau") right before a name: how news addresses a person by the surname alone. */
  private static final Pattern ADDRESS = Pattern.compile("\\b(?:Mr|Mrs|Ms|Herr|Frau)\\.?\\s+$");
  private static final Pattern ADDRESSED_NAME = Pattern.compile("(?:Mr|Mrs|Ms|Herr|Frau)\\.?\\s+(\\S+)");

  /**
   * "Mr. Abe" on a date when one person of that surname held an office: a surname too short to be
   * looked up alone ("Abe", "Kim" are no keys: too many share them) is that office holder when the
   * sentence addresses a person by it and the date singles out one holder.
   */
  private java.util.Optional<KbEntry> addressedHolder(MentionQuery mention, ArticleContext article) {
    String text = article.text();
    var inside = ADDRESSED_NAME.matcher(mention.text().strip());
    boolean addressed = inside.matches() || (mention.start() > 0 && mention.start() <= text.length()
        && ADDRESS.matcher(text.substring(Math.max(0, mention.start() - 6), mention.start())).find());
    String key = NameKey.exact(inside.matches() ? inside.group(1) : mention.text());
    if (article.date() == null || !addressed || key.isEmpty() || key.contains(" ")) {
      return java.util.Optional.empty();
    }
    List<KbEntry> holders = new ArrayList<>();
    for (KbEntry e : kb.entries()) {
      if (e.type() == EntityType.PERSON && ledOn(e, article.date())
          && e.namesEn().stream().anyMatch(n -> NameKey.exact(n).endsWith(" " + key))) {
        holders.add(e);
      }
    }
    return holders.size() == 1 ? java.util.Optional.of(holders.get(0)) : java.util.Optional.empty();
  }

  /**
   * Candidates of the most exact tier that finds any: the name as written, its transliteration
   * key, then (in German text) the name without an inflection ending.
   */
  private List<Scored> candidates(String text, EntityType type, String language) {
    String key = NameKey.exact(text);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Scored> found = collect(kb.byExactKey(key), type, 0);
    if (found.isEmpty()) {
      found = collect(kb.byFoldedKey(NameKey.folded(text)), type, 1);
    }
    if (found.isEmpty() && "de".equals(language)) {
      for (String stem : NameKey.germanStems(key)) {
        found = collect(kb.byExactKey(stem), type, 2);
        if (found.isEmpty()) {
          found = collect(kb.byFoldedKey(NameKey.folded(stem)), type, 2);
        }
        if (!found.isEmpty()) {
          break;
        }
      }
    }
    return found;
  }

  private static List<Scored> collect(List<NameMatch> matches, EntityType type, int tier) {
    List<Scored> out = new ArrayList<>();
    for (NameMatch m : matches) {
      // a place only by its name as written: the folded key's respellings ("Ozaki" Ōsaki) are for people
      if (fits(m, type) && !(tier == 1 && Places.is(m.entry()))) {
        out.add(new Scored(m.entry(), m.kind(), 10.0 * weight(m.kind()) - 2.0 * tier));
      }
    }
    return out;
  }

  private static int weight(NameKind kind) {
    return switch (kind) {
      case NAME -> 3;
      case DEMONYM -> 2;
      case SURNAME -> 1;
    };
  }

  /** Whether an entry can be what a mention of this recognised type names. */
  private static boolean fits(NameMatch m, EntityType type) {
    EntityType t = m.entry().type();
    if (m.kind() == NameKind.DEMONYM) {
      return type == null || type == EntityType.MISC;
    }
    if (type == null || type == t) {
      return true;
    }
    return switch (type) {
      // Taggers call countries acting as governments organisations, and organisations places.
      case ORGANIZATION -> t == EntityType.LOCATION && m.entry().kind().equals("country");
      case LOCATION -> t == EntityType.ORGANIZATION && m.entry().kind().equals("igo");
      // "Californian", "Texas-based": an adjective, not the place
      case MISC -> t != EntityType.PERSON && !Places.is(m.entry());
      case PERSON -> false;
    };
  }

  private double support(Scored c, Evidence ev, LocalDate date, EntityType type) {
    double s = 0;
    KbEntry e = c.entry;
    if (ev.ids.contains(e.id())) {
      s += 5;
      c.supported = true;
    } else if (!e.country().isEmpty() && ev.countries.contains(countryId(e.country()))) {
      s += 2;
      // "Erdogan" in an article about Turkey: the one Turkish office holder of that name.
      if (e.offices().stream().anyMatch(o -> !o.official() && ev.countries.contains(countryId(o.country())))) {
        c.supported = true;
      }
    }
    if (date != null && e.offices().stream().anyMatch(o -> o.heldOn(date))) {
      s += 4;
      // a surname alone is a leader's on the days of office; an official's only when named in full
      c.supported |= ledOn(e, date);
    }
    if (type != null && e.type() == type) {
      s += 1;
    }
    return s;
  }

  private String countryId(String codeOrId) {
    return kb.country(codeOrId).map(KbEntry::id).orElse(codeOrId);
  }

  /** The entries the article's other mentions name unambiguously, and their countries. */
  private Evidence evidence(String self, ArticleContext article) {
    Evidence ev = new Evidence();
    for (String other : article.mentions()) {
      if (other.equals(self)) {
        continue;
      }
      List<NameMatch> matches = kb.byExactKey(NameKey.exact(other));
      Set<String> ids = new HashSet<>();
      KbEntry only = null;
      // a place yields to a curated entry of its name ("Washington" the capital, not the state)
      boolean curated = matches.stream().anyMatch(m -> m.kind() == NameKind.NAME && !Places.is(m.entry()));
      for (NameMatch m : matches) {
        // a city's name repeats the most across the world: it backs no country (a subdivision of one does)
        if (m.kind() == NameKind.NAME && !m.entry().kind().equals(Places.LARGE_CITY) && !(curated && Places.is(m.entry()))) {
          ids.add(m.entry().id());
          only = m.entry();
        }
      }
      if (ids.size() == 1) {
        ev.ids.add(only.id());
        if (only.kind().equals("country")) {
          ev.countries.add(only.id());
        } else if (!only.country().isEmpty() && !sharedName(only)) {
          // "Adam Smith" may be the economist: the name says nothing of the country
          ev.countries.add(countryId(only.country()));
        }
      }
    }
    return ev;
  }

  private static final class Evidence {
    final Set<String> ids = new HashSet<>();
    final Set<String> countries = new HashSet<>();
  }

  private static final class Scored {
    final KbEntry entry;
    final NameKind kind;
    double score;
    boolean supported;

    Scored(KbEntry entry, NameKind kind, double score) {
      this.entry = entry;
      this.kind = kind;
      this.score = score;
    }
  }
}
