package org.newsgraph.kb;

/**
 * The result of linking a mention: {@code id} the Wikidata id of what it names, null when the
 * knowledge base does not hold it or the choice is not safe; {@code actor} the CAMEO code of who
 * acts through it (a capital names the city, its actor is the government), null when none.
 */
public record Link(String id, String actor) {
  public static final Link NONE = new Link(null, null);
}
