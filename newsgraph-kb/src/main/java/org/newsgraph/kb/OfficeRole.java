package org.newsgraph.kb;

import java.util.List;

/** How an office of {@link Office} is written in a statement, and the titles articles give its holder. */
enum OfficeRole {
  HEAD_OF_STATE(Office.HEAD_OF_STATE, "head of state",
      List.of("president", "king", "queen", "präsident", "staatspräsident", "bundespräsident", "staatschef", "könig", "königin")),
  HEAD_OF_GOVERNMENT(Office.HEAD_OF_GOVERNMENT, "head of government",
      List.of("prime minister", "premier", "chancellor", "kanzler", "bundeskanzler", "ministerpräsident", "regierungschef")),
  FOREIGN_MINISTER(Office.FOREIGN_MINISTER, "foreign minister",
      List.of("foreign minister", "foreign secretary", "außenminister", "aussenminister")),
  SUPREME_LEADER(Office.SUPREME_LEADER, "Supreme Leader", List.of("supreme leader", "revolutionsführer"));

  private final String code;
  private final String title;
  private final List<String> titles;

  OfficeRole(String code, String title, List<String> titles) {
    this.code = code;
    this.title = title;
    this.titles = titles;
  }

  /** The role with this code of {@link Office}, or null (Wikidata positions of imported entries). */
  static OfficeRole of(String code) {
    for (OfficeRole r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    return null;
  }

  String title() {
    return title;
  }

  /** Lower-case titles that name the holder in English and German. */
  List<String> titles() {
    return titles;
  }
}
