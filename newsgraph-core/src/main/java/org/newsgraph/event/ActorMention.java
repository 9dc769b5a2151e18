package org.newsgraph.event;

import org.newsgraph.model.Span;

/**
 * A name in a sentence that stands for a CAMEO actor: a mention of an entity with an actor code
 * (Russia, Moscow, the Kremlin, Putin), or a phrase of a PETRARCH actor dictionary.
 *
 * @param entity the id of the article's entity, or null for a dictionary phrase
 * @param person whether the name is a person's, whom "he" or "she" may refer to
 */
record ActorMention(Span span, String code, String entity, boolean person) {}
