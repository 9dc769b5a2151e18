package org.newsgraph.store.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.SourceRecord;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.JournalEntry;

/**
 * Reads inputs, analyses their articles on all cores and stores them, with a journal that makes
 * the ingest resumable and idempotent:
 *
 * <ul>
 *   <li>one thread reads the inputs in order and hands each record to a bounded pool of analysis
 *       threads (the reader waits while the pool is full); records finish in any order;
 *   <li>an article whose {@code id} is already stored, or was read earlier in this run, is not
 *       analysed again;
 *   <li>every few seconds (and at the end) the store commits the articles added so far together
 *       with, for each input, the position before which every record has finished; a killed
 *       ingest resumes each input at that position, and records after it that were already stored
 *       are recognised by their id, so nothing is lost and nothing doubled;
 *   <li>an input that was finished is skipped whole by later runs.
 * </ul>
 */
public final class Ingester {
  /**
   * {@code threads}: analysis threads; {@code commitMillis}/{@code commitArticles}: commit after
   * this much time or this many stored articles, whichever first; {@code stories}: group stories at
   * the end.
   */
  public record Options(int threads, long commitMillis, int commitArticles, boolean stories) {
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), 10_000, 5_000, true);
    }
  }

  /** What a run did. */
  public record Report(
      IngestCounts counts, int inputs, long inputsSkipped, double seconds, ArticleStore.StoryReport stories,
      long articlesInStore, int commits) {}

  private final ArticleStore store;
  private final UnaryOperator<Article> analysis;
  private final RejectLog rejects;
  private final Options options;
  private final IngestProgress progress;
  private final IngestCounts counts = new IngestCounts();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final List<Tracker> active = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private long lastCommit = System.nanoTime();
  private long storedAtLastCommit;
  private int commits;

  public Ingester(ArticleStore store, UnaryOperator<Article> analysis, RejectLog rejects, Options options, IngestProgress progress) {
    this.store = store;
    this.analysis = analysis;
    this.rejects = rejects;
    this.options = options;
    this.progress = progress;
  }

  /** Where one input stands in this run. */
  private static final class Tracker {
    final ArticleSource source;
    final long from;
    private final TreeSet<Long> inFlight = new TreeSet<>();
    private long next;
    private boolean readAll;

    Tracker(ArticleSource source, long from) {
      this.source = source;
      this.from = from;
      this.next = from;
    }

    synchronized void dispatched(long position) {
      inFlight.add(position);
      next = position + 1;
    }

    synchronized void finished(long position) {
      inFlight.remove(position);
    }

    synchronized void readAll() {
      readAll = true;
    }

    /** The journal entry: every record before the first one still in flight has finished. */
    synchronized JournalEntry entry() {
      long safe = inFlight.isEmpty() ? next : inFlight.first();
      return new JournalEntry(source.key(), source.name(), safe, readAll && inFlight.isEmpty());
    }
  }

  public Report run(Inputs.Expansion inputs) throws IOException, InterruptedException {
    long start = System.nanoTime();
    for (SourceRecord r : inputs.rejected()) {
      rejects.reject("input:" + r.name(), 0, r.name(), r.rejectReason());
      counts.rejected.incrementAndGet();
    }
    List<Tracker> work = new ArrayList<>();
    for (ArticleSource source : inputs.sources()) {
      var entry = store.journal(source.key());
      if (entry.isPresent() && entry.get().done()) {
        counts.inputsDone.incrementAndGet();
      } else {
        work.add(new Tracker(source, entry.map(JournalEntry::next).orElse(0L)));
      }
    }
    AtomicLong total = new AtomicLong(-1);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("newsgraph-progress"));
    ticker.execute(() -> total.set(estimate(work)));
    ticker.scheduleAtFixedRate(
        () -> progress.update(counts, total.get(), seconds(start)), 250, 250, TimeUnit.MILLISECONDS);
    int threads = Math.max(1, options.threads());
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(threads * 8), daemon("newsgraph-analysis"));
    Semaphore room = new Semaphore(threads * 8);
    try {
      for (Tracker t : work) {
        synchronized (active) {
          active.add(t);
        }
        try {
          t.source.read(
              t.entry().next(),
              record -> {
                checkFailure();
                counts.read.incrementAndGet();
                t.dispatched(record.position());
                room.acquire();
                pool.execute(
                    () -> {
                      try {
                        process(t.source, record);
                      } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                      } finally {
                        t.finished(record.position());
                        room.release();
                      }
                    });
                maybeCommit();
              });
        } catch (IOException e) {
          long at = t.entry().next();
          rejects.reject(t.source.key(), at, t.source.name(), "input stops being readable here: " + e.getMessage());
          counts.rejected.incrementAndGet();
        }
        t.readAll();
      }
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        checkFailure();
      }
      checkFailure();
      commit();
    } finally {
      pool.shutdownNow();
      ticker.shutdownNow();
      ticker.awaitTermination(5, TimeUnit.SECONDS);
    }
    ArticleStore.StoryReport stories = null;
    if (options.stories() && counts.stored.get() > 0) {
      stories = store.groupStories();
    }
    progress.finish(counts, total.get(), seconds(start));
    return new Report(
        counts, inputs.sources().size(), counts.inputsDone.get(), seconds(start), stories, store.count(), commits);
  }

  private void checkFailure() {
    Throwable f = failure.get();
    if (f != null) {
      throw new IllegalStateException("ingest failed: " + f, f);
    }
  }

  private void process(ArticleSource source, SourceRecord record) throws IOException {
    if (record.isRejected()) {
      rejects.reject(source.key(), record.position(), record.name(), record.rejectReason());
      counts.rejected.incrementAndGet();
      return;
    }
    Article read = record.article();
    String id = ArticleJson.id(read.text());
    if (!seen.add(id)) {
      counts.duplicates.incrementAndGet();
      return;
    }
    if (store.contains(id)) {
      counts.alreadyStored.incrementAndGet();
      return;
    }
    ObjectNode json;
    try {
      json = ArticleJson.toTree(analysis.apply(read));
    } catch (RuntimeException | StackOverflowError e) {
      rejects.reject(source.key(), record.position(), record.name(), "analysis failed: " + e);
      counts.rejected.incrementAndGet();
      return;
    }
    store.put(json);
    counts.stored.incrementAndGet();
  }

  private void maybeCommit() throws InterruptedException {
    long now = System.nanoTime();
    if ((now - lastCommit) / 1_000_000 >= options.commitMillis()
        || counts.stored.get() - storedAtLastCommit >= options.commitArticles()) {
      try {
        commit();
      } catch (IOException e) {
        throw new IllegalStateException("cannot commit the store: " + e.getMessage(), e);
      }
    }
  }

  private void commit() throws IOException {
    List<JournalEntry> entries = new ArrayList<>();
    long stored = counts.stored.get();
    synchronized (active) {
      for (Tracker t : active) {
        entries.add(t.entry());
      }
    }
    store.commit(entries);
    commits++;
    synchronized (active) {
      active.removeIf(t -> entries.stream().anyMatch(e -> e.key().equals(t.source.key()) && e.done()));
    }
    lastCommit = System.nanoTime();
    storedAtLastCommit = stored;
    progress.committed(counts);
  }

  private long estimate(List<Tracker> work) {
    long sum = 0;
    for (Tracker t : work) {
      try {
        long n = t.source.count();
        if (n < 0) {
          return -1;
        }
        sum += Math.max(0, n - t.from);
      } catch (IOException e) {
        return -1;
      }
    }
    return sum;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
