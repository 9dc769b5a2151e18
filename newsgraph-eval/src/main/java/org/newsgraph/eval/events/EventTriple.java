package org.newsgraph.eval.events;

import java.util.Locale;

/**
 * What the event evaluations compare: the primary codes of source and target and the root of the
 * event code. A state actor's primary code is its first three letters (RUSGOV: RUS); a code that
 * starts IGO, NGO, IMG or MNC keeps up to six letters (IGOUNOWFP: IGOUNO).
 */
public record EventTriple(String source, String target, String root) {
  public static EventTriple of(String source, String target, String code) {
    return new EventTriple(primary(source), primary(target), code.substring(0, 2));
  }

  static String primary(String actor) {
    String a = actor.toUpperCase(Locale.ROOT);
    if (a.startsWith("IGO") || a.startsWith("NGO") || a.startsWith("IMG") || a.startsWith("MNC")) {
      return a.length() > 6 ? a.substring(0, 6) : a;
    }
    return a.length() > 3 ? a.substring(0, 3) : a;
  }

  @Override
  public String toString() {
    return source + " " + target + " " + root;
  }
}
