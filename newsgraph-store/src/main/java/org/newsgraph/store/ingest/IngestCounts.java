package org.newsgraph.store.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Running counts of an ingest. Every record read ends up in exactly one of the last four. */
public final class IngestCounts {
  /** Records read in this run (resumed inputs: from where they stopped). */
  public final AtomicLong read = new AtomicLong();
  /** Analysed and stored. */
  public final AtomicLong stored = new AtomicLong();
  /** Already in the store before this run (same id). */
  public final AtomicLong alreadyStored = new AtomicLong();
  /** A second copy (same id) of a record read earlier in this run. */
  public final AtomicLong duplicates = new AtomicLong();
  /** Could not be read or analysed; see the rejects file. */
  public final AtomicLong rejected = new AtomicLong();
  /** Inputs that an earlier run finished, skipped whole. */
  public final AtomicLong inputsDone = new AtomicLong();

  public long finished() {
    return stored.get() + alreadyStored.get() + duplicates.get() + rejected.get();
  }

  @Override
  public String toString() {
    return "read " + read + ", stored " + stored + ", already stored " + alreadyStored + ", duplicates " + duplicates
        + ", rejected " + rejected;
  }
}
