package org.newsgraph.kb;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words of office titles that German title words name, so that a German article backs
 * an official as an English one does ("Verteidigungsminister Sergej Schoigu" names the Minister of
 * Defense). German writes the field and the office as one compound, so a word names a field by its
 * start ("Innenminister"; "innen" elsewhere is only the plural ending of "-in" nouns) followed by an
 * office word, and an office of its own ("Botschafter", "Kremlsprecher") by its end. The English
 * words are those of the officials' titles (Wikidata's English position labels).
 */
final class GermanTitleWords {
  /** Fields of ministries, by the start of the German compound. */
  private static final Map<String, Set<String>> FIELDS =
      Map.ofEntries(
          Map.entry("verteidigungs", Set.of("defense")),
          Map.entry("justiz", Set.of("justice")),
          Map.entry("finanz", Set.of("finance")),
          Map.entry("gesundheits", Set.of("health")),
          Map.entry("innen", Set.of("interior")),
          Map.entry("aussen", Set.of("foreign")),
          Map.entry("wirtschafts", Set.of("economy", "economic")),
          Map.entry("bildungs", Set.of("education")),
          Map.entry("umwelt", Set.of("environment")),
          Map.entry("landwirtschafts", Set.of("agriculture")),
          Map.entry("verkehrs", Set.of("transport", "transportation")),
          Map.entry("energie", Set.of("energy")),
          Map.entry("kultur", Set.of("culture")));

  /** The office words that end a field's compound: the minister, the ministry, its head or its state secretary. */
  private static final String OFFICE =
      "(minister|ministerin|ministers|ministerium|ministeriums|chef|chefin|staatssekretaer|staatssekretaerin)";

  /** The spellings of "spokesperson" in the officials' titles, "Spokeperson" among them (three Russian titles). */
  private static final Set<String> SPOKESPERSON = Set.of("spokesperson", "spokesman", "spokeswoman", "spokeperson");

  /** Offices named by the end of a word: "Botschafter", "US-Botschafterin", "Kremlsprecher". */
  private static final Map<String, Set<String>> OFFICES =
      Map.of(
          "botschafter", Set.of("ambassador"),
          "botschafterin", Set.of("ambassador"),
          "sprecher", SPOKESPERSON,
          "sprecherin", SPOKESPERSON);

  private GermanTitleWords() {}

  /** The English title words that the German words of a text name. */
  static Set<String> english(String text) {
    Set<String> out = new HashSet<>();
    for (String word : NameKey.exact(text).split(" ")) {
      String w = word.toLowerCase(Locale.ROOT);
      // "Bundesinnenminister", "Vize-Außenminister": the field follows these
      for (String lead : new String[] {"bundes", "vize"}) {
        if (w.startsWith(lead) && w.length() > lead.length() + 4) {
          w = w.substring(lead.length());
        }
      }
      for (Map.Entry<String, Set<String>> f : FIELDS.entrySet()) {
        if (w.startsWith(f.getKey()) && w.substring(f.getKey().length()).matches("s?" + OFFICE)) {
          out.addAll(f.getValue());
        }
      }
      // "Generalstabschef", "Chef des Generalstabs": the Chief of the General Staff
      if (w.startsWith("generalstab")) {
        out.add("staff");
      }
      for (Map.Entry<String, Set<String>> o : OFFICES.entrySet()) {
        if (w.endsWith(o.getKey())) {
          out.addAll(o.getValue());
        }
      }
    }
    return out;
  }
}
