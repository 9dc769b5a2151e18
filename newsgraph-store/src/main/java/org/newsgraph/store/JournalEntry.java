package org.newsgraph.store;

/**
 * What the ingest journal knows of one input: every record before position {@code next} is stored
 * (or rejected); {@code done} when the whole input is.
 */
public record JournalEntry(String key, String name, long next, boolean done) {}
