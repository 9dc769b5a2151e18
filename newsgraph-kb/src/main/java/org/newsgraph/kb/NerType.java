package org.newsgraph.kb;

/** The four classes of named-entity recognition, as in CoNLL-2003 and the newsgraph/1 JSON. */
public enum NerType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
