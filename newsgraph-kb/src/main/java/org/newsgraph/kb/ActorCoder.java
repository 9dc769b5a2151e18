package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CAMEO actor codes for linked entries: the code the knowledge base gives (a country's {@code RUS},
 * an organisation's {@code IGOUNO}), the government of the country a person held office for on the
 * article's date, and a role from the title words next to the mention ("Russian army" is {@code
 * RUSMIL}, "Iran's foreign ministry" {@code IRNGOV}).
 */
final class ActorCoder {
  /** Words either side of a mention that are read for its role. */
  private static final int WINDOW = 3;

  /** A word; a hyphen compound is one ("US-Truppen" names the US's troops, not those of a country beside it). */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
  /**
   * English words for a person who acts for a government: read as a title before a person's name
   * ({@link TitledActors}: "Iranian Foreign Minister X") and as a role word next to a country's name
   * ({@link #ROLES}: "Iran's foreign minister"), {@code GOV} in both.
   */
  static final Set<String> GOVERNMENT_PEOPLE = Set.of("president", "minister", "spokesman", "spokeswoman", "official", "leader");

  /** A table of words and their sectors with the words of {@link #GOVERNMENT_PEOPLE} added as {@code GOV}; a word in both is an error. */
  static Map<String, String> withGovernmentPeople(Map<String, String> words) {
    return Stream.concat(words.entrySet().stream(), GOVERNMENT_PEOPLE.stream().map(w -> Map.entry(w, "GOV")))
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static final Map<String, String> ROLES = withGovernmentPeople(
      Map.ofEntries(
          Map.entry("army", "MIL"), Map.entry("military", "MIL"), Map.entry("troops", "MIL"),
          Map.entry("forces", "MIL"), Map.entry("soldiers", "MIL"), Map.entry("navy", "MIL"),
          // ships and aircraft of the armed forces, state media: PETRARCH2's Phoenix.agents.txt
          // (DESTROYER, FRIGATE, NAVAL_SHIP, FIGHTER_JET, MARINES [~MIL]; MEDIA, TELEVISION, TV [~MED])
          Map.entry("warship", "MIL"), Map.entry("warships", "MIL"), Map.entry("frigate", "MIL"),
          Map.entry("destroyer", "MIL"), Map.entry("warplanes", "MIL"), Map.entry("marines", "MIL"),
          Map.entry("kriegsschiff", "MIL"), Map.entry("kriegsschiffe", "MIL"), Map.entry("fregatte", "MIL"),
          Map.entry("media", "MED"), Map.entry("tv", "MED"), Map.entry("television", "MED"),
          Map.entry("medien", "MED"), Map.entry("staatsmedien", "MED"), Map.entry("fernsehen", "MED"),
          Map.entry("staatsfernsehen", "MED"),
          Map.entry("armee", "MIL"), Map.entry("militaer", "MIL"), Map.entry("truppen", "MIL"),
          Map.entry("streitkraefte", "MIL"), Map.entry("soldaten", "MIL"),
          Map.entry("kampfflugzeuge", "MIL"), Map.entry("kampfjets", "MIL"),
          Map.entry("ministry", "GOV"), Map.entry("government", "GOV"), Map.entry("officials", "GOV"),
          Map.entry("embassy", "GOV"),
          Map.entry("praesident", "GOV"), Map.entry("praesidenten", "GOV"),
          Map.entry("ministerium", "GOV"), Map.entry("regierung", "GOV"),
          Map.entry("sprecher", "GOV"), Map.entry("sprecherin", "GOV"),
          Map.entry("botschaft", "GOV"), Map.entry("aussenminister", "GOV"),
          Map.entry("regierungsvertreter", "GOV"), Map.entry("beamte", "GOV"), Map.entry("beamten", "GOV"),
          Map.entry("police", "COP"), Map.entry("polizei", "COP"),
          Map.entry("opposition", "OPP"), Map.entry("rebels", "REB"),
          Map.entry("rebellen", "REB")));

  /**
   * The last parts of German compounds that name a group acting for a state or an organisation
   * ("US-Stützpunkt", "EU-Außenchef", "UN-Sicherheitsrat"), beside the role words above; a part
   * ending in one of the endings ("Verteidigungsminister", "Außenministerium") too.
   */
  private static final Map<String, String> COMPOUND_ROLES =
      Map.ofEntries(
          Map.entry("militaers", "MIL"), Map.entry("luftwaffe", "MIL"), Map.entry("marine", "MIL"),
          Map.entry("stuetzpunkt", "MIL"), Map.entry("stuetzpunkte", "MIL"), Map.entry("stuetzpunkts", "MIL"),
          Map.entry("militaerbasis", "MIL"), Map.entry("soldat", "MIL"), Map.entry("truppe", "MIL"),
          Map.entry("aussenchef", "GOV"), Map.entry("regierungschef", "GOV"), Map.entry("staatschef", "GOV"),
          Map.entry("botschafter", "GOV"), Map.entry("behoerden", "GOV"), Map.entry("kommission", "GOV"),
          Map.entry("sicherheitsrat", "GOV"), Map.entry("generalsekretaer", "GOV"), Map.entry("praesidentin", "GOV"),
          Map.entry("polizisten", "COP"));
  private static final Map<String, String> COMPOUND_ENDINGS =
      Map.ofEntries(
          Map.entry("minister", "GOV"), Map.entry("ministerin", "GOV"), Map.entry("ministerium", "GOV"),
          Map.entry("ministeriums", "GOV"), Map.entry("regierung", "GOV"), Map.entry("sprecher", "GOV"),
          Map.entry("sprecherin", "GOV"), Map.entry("truppen", "MIL"), Map.entry("soldaten", "MIL"),
          Map.entry("streitkraefte", "MIL"), Map.entry("polizei", "COP"));

  /**
   * Capitals that also seat an organisation, and the words that say the organisation acts: Brussels
   * (Q239) speaks for the EU far more often than for Belgium. Words of the host country near the
   * mention, or anywhere when the organisation's words are not near it, keep the host's government.
   */
  private record Seat(Pattern organisation, Pattern host, String actor) {}

  private static final Map<String, Seat> SEATS =
      Map.of(
          "Q239",
          new Seat(
              Pattern.compile(
                  "(?iu)\\b(EU|E\\.U\\.|European (Union|Commission|Council|Parliament)|Commission|bloc|member states"
                      + "|eurozone|euro zone|euro (area|group|ministers|finance ministers)|Eurogroup|Eurogruppe|Euro-Finanzminister|Europäische[nr]? (Union|Kommission)|EU-\\p{L}+|Kommission|Mitgliedstaaten"
                      + "|Mitgliedsstaaten|Eurozone)\\b"),
              Pattern.compile("(?iu)\\b(Belgi(um|an|ans|en)|belgisch\\p{L}*|Wallonia|Flanders|Wallonie|Flandern)\\b"),
              "IGOEUREEC"));
  /** How far either side of a mention the words of a seat's organisation are looked for. */
  private static final int SEAT_WINDOW = 200;

  private final KnowledgeBase kb;

  ActorCoder(KnowledgeBase kb) {
    this.kb = kb;
  }

  String actor(KbEntry e, MentionQuery m, ArticleContext a) {
    Seat seat = SEATS.get(e.id());
    if (seat != null && seatActs(seat, m, a.text())) {
      return seat.actor();
    }
    String base = base(e, a.date());
    if (base == null) {
      return null;
    }
    if (base.length() == 3 && !e.kind().equals("igo")) {
      String role = role(a.text(), m.start(), m.end());
      return role == null ? base : base + role;
    }
    return base;
  }

  /**
   * Bodies of a state that taggers name as one organisation with the state's name or demonym ("Russian
   * Defense Ministry", "US Embassy", "U.S. Treasury Department"), by their last word, with the role
   * PETRARCH2's Phoenix.agents.txt gives them (MINISTRY_, EMBASSY, FOREIGN_OFFICE [~GOV]; AIR_FORCE,
   * COAST_GUARD [~MIL]; PARLIAMENT [~LEG]; CENTRAL_BANK [~GOVBUS]).
   */
  private static final Map<String, String> BODIES =
      Map.ofEntries(
          Map.entry("ministry", "GOV"), Map.entry("ministries", "GOV"), Map.entry("embassy", "GOV"),
          Map.entry("consulate", "GOV"), Map.entry("government", "GOV"), Map.entry("cabinet", "GOV"),
          Map.entry("department", "GOV"), Map.entry("army", "MIL"),
          Map.entry("navy", "MIL"), Map.entry("military", "MIL"), Map.entry("forces", "MIL"),
          Map.entry("guard", "MIL"), Map.entry("guards", "MIL"), Map.entry("marines", "MIL"),
          Map.entry("police", "COP"), Map.entry("parliament", "LEG"), Map.entry("congress", "LEG"),
          Map.entry("senate", "LEG"), Map.entry("corps", "MIL"));
  /**
   * Words that may stand between the state and the body's last word: the body's field ("Defense
   * Ministry", "Armed Forces", "Revolutionary Guard Corps"). Others name another group: the "Syrian
   * Democratic Forces" and the "Syrian National Army" are militias, not Syria's forces.
   */
  private static final java.util.Set<String> BODY_FIELDS = java.util.Set.of(
      "defense", "defence", "foreign", "affairs", "interior", "home", "finance", "justice", "treasury", "commerce",
      "trade", "economy", "energy", "health", "education", "agriculture", "transport", "information",
      "intelligence", "state", "armed", "security", "central", "federal", "air", "naval", "coast", "border",
      "special", "revolutionary", "guard", "presidential", "and");
  /** Bodies named by their last two words: "Air Force", "Central Bank", "Foreign Office". */
  private static final Map<String, String> TWO_WORD_BODIES = Map.of("air force", "MIL", "central bank", "GOVBUS", "foreign office", "GOV");

  /**
   * The actor of an organisation that is a state's body named with the state ("Russian Defense
   * Ministry" RUSGOV, "US Army" USAMIL, "Russian Central Bank" RUSGOVBUS), which the knowledge base
   * has no entry for: the state is the name or demonym the mention begins with, the body its last
   * word. Null for any other name ("Russian Orthodox Church", "Turkish Airlines").
   */
  String stateBody(MentionQuery m) {
    String[] words = m.text().trim().split("\\s+");
    if (m.type() != EntityType.ORGANIZATION || words.length < 2) {
      return null;
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    String two = (words[words.length - 2] + " " + last).toLowerCase(Locale.ROOT);
    String role = TWO_WORD_BODIES.containsKey(two) ? TWO_WORD_BODIES.get(two) : BODIES.get(last);
    if (role == null) {
      return null;
    }
    for (int k = words.length - 1; k >= 1; k--) {
      if (k < words.length - 1 && !BODY_FIELDS.contains(words[k].toLowerCase(Locale.ROOT))) {
        return null; // "Syrian Democratic Forces": a word that names no field of a state body
      }
      String state = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
      for (KnowledgeBase.NameMatch n : kb.byExactKey(NameKey.exact(state))) {
        KbEntry e = n.entry();
        if (e.kind().equals("country") && e.actor().length() == 3) {
          return e.actor() + role;
        }
      }
    }
    return null;
  }

  private static boolean seatActs(Seat seat, MentionQuery m, String text) {
    if (m.start() < 0 || m.end() > text.length() || m.start() > m.end()) {
      return false;
    }
    String near = text.substring(Math.max(0, m.start() - SEAT_WINDOW), Math.min(text.length(), m.end() + SEAT_WINDOW));
    if (seat.host().matcher(near).find()) {
      return false;
    }
    return seat.organisation().matcher(near).find()
        || (seat.organisation().matcher(text).find() && !seat.host().matcher(text).find());
  }

  private String base(KbEntry e, LocalDate date) {
    if (!e.actor().isEmpty()) {
      return e.actor();
    }
    if (e.type() == EntityType.PERSON) {
      String office = officeActor(e.offices(), date);
      if (office != null) {
        return office;
      }
    }
    return kb.country(e.country()).map(KbEntry::actor).filter(s -> !s.isEmpty()).orElse(null);
  }

  /** The government a leader's name stands for in "the Obama administration": that of the latest leader's office. */
  String government(KbEntry leader) {
    return officeActor(leader.offices().stream().filter(o -> !o.official()).toList(), null);
  }

  /**
   * The government (or the armed forces, courts, police) a person acted for: on the date, or in the
   * latest office when no date. Before and after their offices a person is their country's, as
   * Phoenix codes former officials (their country, or its elites).
   */
  private String officeActor(List<Office> offices, LocalDate date) {
    Office chosen = null;
    for (Office o : offices) {
      // On a date: only an office the sources show held then, not one merely left open; of two,
      // the government's (a general who is defence minister acts as the minister).
      if (date != null
          ? o.confirmedOn(date) && (chosen == null || !chosen.sector().equals("GOV") || o.sector().equals("GOV"))
          : chosen == null || later(o, chosen)) {
        chosen = o;
      }
    }
    if (chosen == null) {
      return null;
    }
    String c = kb.country(chosen.country()).map(KbEntry::actor).orElse(chosen.country());
    if (c.length() == 3) {
      return c + chosen.sector();
    }
    return c.startsWith("IGO") ? c : null;
  }

  private static boolean later(Office a, Office b) {
    return a.start() != null && (b.start() == null || a.start().isAfter(b.start()));
  }

  /** The role that the last part of a compound names ("Soldaten" MIL, "Verteidigungsminister" GOV), or null. */
  static String compoundRole(String part) {
    String w = NameKey.exact(part).toLowerCase(Locale.ROOT);
    String r = ROLES.containsKey(w) ? ROLES.get(w) : COMPOUND_ROLES.get(w);
    if (r != null) {
      return r;
    }
    for (Map.Entry<String, String> e : COMPOUND_ENDINGS.entrySet()) {
      if (w.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The role named by a title word within a few words of the mention, in the same sentence. */
  static String role(String text, int start, int end) {
    String[] around = around(text, start, end);
    if (around == null) {
      return null;
    }
    List<String> next = words(around[1]);
    List<String> prev = words(around[0]);
    for (int i = 0; i < Math.min(WINDOW, next.size()); i++) {
      String r = ROLES.get(next.get(i));
      if (r != null) {
        return r;
      }
    }
    for (int i = prev.size() - 1; i >= Math.max(0, prev.size() - WINDOW); i--) {
      String r = ROLES.get(prev.get(i));
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** Up to 80 characters of the mention's sentence before and after it, without the mention; null for a span outside the text. */
  private static String[] around(String text, int start, int end) {
    if (text.isEmpty() || start < 0 || end > text.length() || start > end) {
      return null;
    }
    String after = text.substring(end, Math.min(text.length(), end + 80));
    Matcher stop = SENTENCE_END.matcher(after);
    if (stop.find()) {
      after = after.substring(0, stop.start());
    }
    String before = text.substring(Math.max(0, start - 80), start);
    int cut = -1;
    for (Matcher s = SENTENCE_END.matcher(before); s.find(); ) {
      cut = s.end();
    }
    before = cut < 0 ? before : before.substring(cut);
    return new String[] {before, after};
  }

  /** The words of the mention's sentence within 80 characters either side, the mention left out. */
  static String sentenceAround(String text, int start, int end) {
    String[] around = around(text, start, end);
    return around == null ? "" : around[0] + " " + around[1];
  }

  private static List<String> words(String s) {
    return WORD.matcher(s).results().map(r -> NameKey.exact(r.group()).toLowerCase(Locale.ROOT)).toList();
  }
}
