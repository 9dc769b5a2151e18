package org.newsgraph.kb;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party-state tag news puts after a US legislator's name: "(R-Mich.)", ", R-Texas,", "(D., N.Y.)",
 * "(R-LA)". Its state tells a member from a namesake who sat for another state.
 */
final class PartyTag {
  /** The tag right after a name: party letter, then the state as written. */
  private static final Pattern TAG = Pattern.compile("^\\s*[(,]\\s*[RDI](?:-|\\.,?\\s*)\\s*([A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)?)");

  /**
   * The states and territories by their postal codes, as scripts/thomas_ids.py of
   * unitedstates/congress-legislators (the source of congress.tsv) names them.
   */
  private static final Map<String, String> STATES = states(
      "AL Alabama", "AK Alaska", "AS American Samoa", "AZ Arizona", "AR Arkansas", "CA California", "CO Colorado",
      "CT Connecticut", "DE Delaware", "DC District of Columbia", "FL Florida", "GA Georgia", "GU Guam", "HI Hawaii",
      "ID Idaho", "IL Illinois", "IN Indiana", "IA Iowa", "KS Kansas", "KY Kentucky", "LA Louisiana", "ME Maine",
      "MD Maryland", "MA Massachusetts", "MI Michigan", "MN Minnesota", "MS Mississippi", "MO Missouri", "MT Montana",
      "NE Nebraska", "NV Nevada", "NH New Hampshire", "NJ New Jersey", "NM New Mexico", "NY New York",
      "NC North Carolina", "ND North Dakota", "MP Northern Mariana Islands", "OH Ohio", "OK Oklahoma", "OR Oregon",
      "PA Pennsylvania", "PR Puerto Rico", "RI Rhode Island", "SC South Carolina", "SD South Dakota", "TN Tennessee",
      "TX Texas", "UT Utah", "VT Vermont", "VI Virgin Islands", "VA Virginia", "WA Washington", "WV West Virginia",
      "WI Wisconsin", "WY Wyoming");

  private PartyTag() {}

  private static Map<String, String> states(String... codeAndName) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String s : codeAndName) {
      m.put(s.substring(0, 2), s.substring(3).toLowerCase(Locale.ROOT));
    }
    return m;
  }

  /**
   * The postal codes the state of a tag right after {@code end} may stand for: the code itself
   * ("LA"), the name ("Texas") or an abbreviation made of the start of each word of the name ("Mich."
   * Michigan, "N.J." New Jersey); "Miss." may be Mississippi or Missouri. Null where no tag follows;
   * empty where its state is none of these ("Fla.", "W.Va."): the caller then rules no state out.
   */
  static Set<String> states(String text, int end) {
    if (end < 0 || end > text.length()) {
      return null;
    }
    Matcher m = TAG.matcher(text).region(end, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    Set<String> codes = codes(m.group(1));
    // ", R-Wis. Johnson said": the second capitalised word is no part of the state
    return codes.isEmpty() && m.group(1).contains(" ") ? codes(m.group(1).substring(0, m.group(1).indexOf(' '))) : codes;
  }

  private static Set<String> codes(String state) {
    String written = state.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
    Set<String> codes = new TreeSet<>();
    for (Map.Entry<String, String> s : STATES.entrySet()) {
      if (written.equals(s.getKey().toLowerCase(Locale.ROOT)) || abbreviates(written, s.getValue().split(" "), 0)) {
        codes.add(s.getKey());
      }
    }
    return codes;
  }

  /** Whether {@code written} is a start of each of the words from {@code i} on, in order ("wva": "w" + "va"). */
  private static boolean abbreviates(String written, String[] words, int i) {
    if (i == words.length) {
      return written.isEmpty();
    }
    for (int k = 1; k <= Math.min(written.length(), words[i].length()); k++) {
      if (words[i].startsWith(written.substring(0, k)) && abbreviates(written.substring(k), words, i + 1)) {
        return true;
      }
    }
    return false;
  }
}
