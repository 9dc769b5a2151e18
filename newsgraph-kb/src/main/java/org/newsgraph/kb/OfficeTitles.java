package org.newsgraph.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.kb.KnowledgeBase.NameMatch;

/**
 * Office titles that name a person through a country or an international organisation and a
 * date: "the President of Russia", "Russia's foreign minister", "der russische Präsident",
 * "Bundeskanzler", "the UN secretary-general", "Nato-Generalsekretär", "EU foreign policy chief".
 * Who that is depends on the date: the President of Russia was Medvedev in 2010 and Putin in 2013.
 */
final class OfficeTitles {
  /**
   * Title words and the role they name; {@code organisation}, where the words themselves name the
   * office of one organisation (the European Commission's president), is its actor code, used when
   * the rest of the title names no country or organisation.
   */
  private record Role(Pattern words, String role, String organisation) {
    Role(Pattern words, String role) {
      this(words, role, null);
    }
  }

  /** The EU's actor code (organisations.tsv): its offices are named by title words alone. */
  private static final String EU = "IGOEUREEC";

  /**
   * The first role whose words a title contains wins, so the EU's offices ("Commission president",
   * "foreign policy chief") come before the general words they contain. The heads of international
   * organisations are offices of the organisation's actor code (leader-terms.tsv): the EU's High
   * Representative is its foreign minister, the Commission's president its head of government, the
   * European Council's president its head of state; secretaries-general, directors-general and
   * "chief" right after an organisation's name are {@link Office#SECRETARY_GENERAL}.
   */
  private static final List<Role> ROLES =
      List.of(
          new Role(Pattern.compile("\\b(foreign policy chief|foreign affairs chief|high representative|aussenbeauftragte)[a-z]*"), Office.FOREIGN_MINISTER, EU),
          new Role(Pattern.compile("\\b(commission president|president of the european commission|kommissionspraesident|kommissionschef)[a-z]*"), Office.HEAD_OF_GOVERNMENT, EU),
          new Role(Pattern.compile("\\b(european council president|president of the european council|ratspraesident)[a-z]*"), Office.HEAD_OF_STATE, EU),
          new Role(Pattern.compile("\\b(foreign minister|foreign secretary|secretary of state|top diplomat|aussenminister|chefdiplomat)[a-z]*"), Office.FOREIGN_MINISTER),
          new Role(Pattern.compile("\\b(prime minister|premier|chancellor|ministerpraesident|regierungschef|kanzler|bundeskanzler)[a-z]*"), Office.HEAD_OF_GOVERNMENT),
          new Role(Pattern.compile("\\b(supreme leader|oberste[rn]? fuehrer|revolutionsfuehrer)[a-z]*"), Office.SUPREME_LEADER),
          new Role(Pattern.compile("\\b(president|praesident|staatspraesident|staatschef|bundespraesident|king|koenig)[a-z]*"), Office.HEAD_OF_STATE),
          new Role(Pattern.compile("\\b(secretary general|generalsekretaer|director general|generaldirektor|chief|chef)[a-z]*"), Office.SECRETARY_GENERAL));
  /** The word that makes the head of an organisation only right after its name ("UN chief", "Nato-Chef"). */
  private static final Pattern CHIEF = Pattern.compile("(chief|chef)[a-z]*");
  private static final Pattern GERMAN_FEDERAL = Pattern.compile("\\bbundes(kanzler|praesident)");

  private final KnowledgeBase kb;

  OfficeTitles(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The one person who held the office the title names on the date; empty when not known. */
  Optional<KbEntry> holder(String title, LocalDate date) {
    Named office = date == null ? null : office(title);
    if (office == null) {
      return Optional.empty();
    }
    List<KbEntry> holders = new ArrayList<>();
    for (KbEntry e : kb.holding(office.role(), office.country())) {
      for (Office o : e.offices()) {
        if (o.role().equals(office.role()) && o.country().equals(office.country()) && o.confirmedOn(date)) {
          holders.add(e);
          break;
        }
      }
    }
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  /**
   * The actor code of the international organisation whose office the title names ("the UN
   * secretary-general": {@code IGOUNO}), or null for a state's office or no office. Whoever holds
   * it acts for the organisation, so the title gives that actor where no holder is known: PETRARCH2
   * codes UN_SECRETARY_GENERAL and U.N._SECRETARY_GENERAL [IGOUNO] with no date
   * (Phoenix.International.actors.txt).
   */
  String organisation(String title) {
    Named office = office(title);
    return office != null && office.country().startsWith("IGO") ? office.country() : null;
  }

  /** An office as a title names it: its role and the actor code of its country or organisation. */
  private record Named(String role, String country) {}

  /** The office the title names, or null when its words name no role or no single country or organisation. */
  private Named office(String title) {
    String key = NameKey.exact(title);
    Role role = null;
    String rest = null;
    boolean chief = false;
    for (Role r : ROLES) {
      var m = r.words().matcher(key);
      if (m.find()) {
        role = r;
        rest = (key.substring(0, m.start()) + " " + key.substring(m.end())).strip();
        chief = CHIEF.matcher(m.group()).matches();
        break;
      }
    }
    if (role == null) {
      return null;
    }
    Set<String> capitalised = capitalised(title);
    String named = country(rest, capitalised);
    List<String> words = List.of(nameWords(rest));
    if (chief && named != null && !named.equals(countryOf(String.join(" ", words), capitalised.containsAll(words)))) {
      return null; // "the UN human rights chief" heads a body of the UN: "chief" is the head only right after the name
    }
    if (role.organisation() != null && named != null && !named.equals(role.organisation())) {
      return null; // "the High Representative for Bosnia": another office of the same name
    }
    String country = GERMAN_FEDERAL.matcher(key).find() && rest.isEmpty() ? "DEU" : named != null ? named : role.organisation();
    return country == null ? null : new Named(role.role(), country);
  }

  /** How far before a name its title is looked for ("Prime Minister", "Secretary of State"). */
  private static final int TITLE_REACH = 40;

  /**
   * The role that the title right before a name gives ("President Trump": head of state), or null.
   * The title must end where the name begins, in the same sentence.
   */
  static String roleBefore(String text, int start) {
    if (start <= 0 || start > text.length()) {
      return null;
    }
    String before = text.substring(Math.max(0, start - TITLE_REACH), start);
    int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf('\n'), before.lastIndexOf(',')));
    String key = NameKey.exact(before.substring(stop + 1));
    for (Role r : ROLES) {
      var m = r.words().matcher(key);
      while (m.find()) {
        if (m.end() == key.length()) {
          return r.role();
        }
      }
    }
    return null;
  }

  /** The keys of the words the title writes with a capital: "UN" of "the UN chief", not "who" of "who was chief". */
  private static Set<String> capitalised(String title) {
    Set<String> keys = new HashSet<>();
    for (String w : title.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        keys.add(NameKey.exact(w));
      }
    }
    return keys;
  }

  /**
   * The actor code of the one country or international organisation named or described by any word
   * or pair of words ("russian", "un", "nato", "arab league"); an organisation with the generic code
   * {@code IGO} names no office, and one only where its words are written with capitals (an
   * organisation's name is: "WHO chief", but "who was chief" names none).
   */
  private String country(String words, Set<String> capitalised) {
    String[] w = nameWords(words);
    String found = null;
    for (int n = 1; n <= 2; n++) {
      for (int i = 0; i + n <= w.length; i++) {
        String phrase = String.join(" ", List.of(w).subList(i, i + n));
        String c = countryOf(phrase, capitalised.containsAll(List.of(phrase.split(" "))));
        if (c != null) {
          if (found != null && !found.equals(c)) {
            return null;
          }
          found = c;
        }
      }
    }
    return found;
  }

  /** The words of a title's rest that may name a country or an organisation: without "of", "the" and a possessive's "s". */
  private static String[] nameWords(String words) {
    return words.replaceAll("\\b(of|the|von|der|des|s)\\b", " ").strip().split("\\s+");
  }

  private String countryOf(String phrase, boolean capitalised) {
    List<String> keys = new ArrayList<>();
    keys.add(phrase);
    keys.addAll(NameKey.germanStems(phrase));
    for (String k : keys) {
      for (NameMatch m : kb.byExactKey(k)) {
        String kind = m.entry().kind();
        if (kind.equals("country") || (capitalised && kind.equals("igo") && m.entry().actor().startsWith("IGO") && !m.entry().actor().equals("IGO"))) {
          return m.entry().actor();
        }
      }
    }
    return null;
  }
}
