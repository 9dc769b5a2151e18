package org.newsgraph.kb;

import java.util.regex.Pattern;

/** The shape of Wikidata item ids: Q followed by a number without leading zeros. */
public final class WikidataId {
  private static final Pattern ITEM = Pattern.compile("Q[1-9][0-9]*");

  private WikidataId() {}

  public static boolean isItem(String id) {
    return id != null && ITEM.matcher(id).matches();
  }
}
