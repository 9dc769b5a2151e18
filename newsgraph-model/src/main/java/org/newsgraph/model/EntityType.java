package org.newsgraph.model;

import java.util.Locale;

/** The four CoNLL classes of named entities. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Other names: nationalities, events, works, products. */
  MISC;

  /**
   * Reads a tag class as taggers and data sets spell it: {@code PERSON}, {@code PER}, {@code ORG},
   * {@code LOC}, {@code MISC}, {@code OTH}; null for anything else (such as {@code O}).
   */
  public static EntityType fromTag(String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag.toUpperCase(Locale.ROOT)) {
      case "PERSON", "PER" -> PERSON;
      case "ORGANIZATION", "ORGANISATION", "ORG" -> ORGANIZATION;
      case "LOCATION", "LOC" -> LOCATION;
      case "MISC", "MISCELLANEOUS", "OTH" -> MISC;
      default -> null;
    };
  }

  /** The CoNLL tag class: PER, ORG, LOC, MISC. */
  public String conll() {
    return switch (this) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }
}
