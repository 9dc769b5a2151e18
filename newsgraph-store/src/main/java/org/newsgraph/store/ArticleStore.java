package org.newsgraph.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A collection of analysed articles (newsgraph/1 JSON), searchable, with the ingest journal. The
 * embedded Lucene index ({@link LuceneArticleStore}) implements it; a search cluster can replace
 * it behind this interface.
 *
 * <p>Writes become visible and durable together at {@link #commit}: articles put since the last
 * commit and the journal entries given to it are committed atomically, so a crash at any moment
 * leaves the store as of the last commit, with a journal that matches it.
 */
public interface ArticleStore extends Closeable {
  /** Whether the article is stored: committed, or put since this store was opened. */
  boolean contains(String id) throws IOException;

  /** Adds the article, or replaces the one with the same {@code id}. Thread-safe. */
  void put(ObjectNode article) throws IOException;

  /** The committed journal entry of an input, if any. */
  Optional<JournalEntry> journal(String key) throws IOException;

  /** Commits the articles put so far together with these journal entries. */
  void commit(Collection<JournalEntry> journal) throws IOException;

  /** Committed articles. */
  long count() throws IOException;

  /** The stored JSON of an article, with its {@code story} and {@code duplicateOf} where known. */
  Optional<ObjectNode> get(String id) throws IOException;

  SearchResult search(SearchRequest request) throws IOException;

  /** Every committed article's JSON, in index order. */
  void forEach(Consumer<ObjectNode> action) throws IOException;

  /** The JSON of every committed article that matches the query (search syntax), in index order. */
  void forEachMatching(String query, Consumer<ObjectNode> action) throws IOException;

  /**
   * Places the articles that have no story yet into stories (near-copies and rewrites), and
   * commits. Returns how many were placed.
   */
  StoryReport groupStories() throws IOException;

  /** What {@link #groupStories} did. */
  record StoryReport(int placed, int copies, int joined, int newStories, long millis) {}
}
