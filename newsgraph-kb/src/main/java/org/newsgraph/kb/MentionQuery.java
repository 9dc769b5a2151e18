package org.newsgraph.kb;

import org.newsgraph.model.EntityType;

/**
 * A mention to link: its text, its recognised type (null when unknown) and its offsets in the
 * article text, which let the actor coder read the title words around it.
 */
public record MentionQuery(String text, EntityType type, int start, int end) {}
