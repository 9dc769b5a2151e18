package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.story.MinHash;
import org.newsgraph.story.StoryGrouper;
import org.newsgraph.story.TextFeatures;

/**
 * The store as an embedded Lucene index in {@code DATA/index}. Each article is one document: its
 * newsgraph/1 JSON (stored, compressed), title and body analysed as English, German or standard
 * text by the article's language, keyword fields and facets (language, outlet, year, month,
 * entity, actor, event, agency), the publication day, and doc values for {@code story} and {@code
 * duplicateOf} that {@link #groupStories} fills in place. The ingest journal is kept as documents
 * of the same index, so that it is committed atomically with the articles it describes.
 */
public final class LuceneArticleStore implements ArticleStore {
  public static final String INDEX = "index";
  static final String KIND = "kind";
  static final String ARTICLE = "article";
  static final String JOURNAL = "journal";
  static final String ID = "id";
  static final String JSON = "json";
  static final String DAY = "day";
  static final String STORY = "story";
  static final String DUP = "dup";
  static final List<String> FACETS = List.of("lang", "outlet", "year", "month", "entity", "actor", "event", "agency");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final BytesRef NONE = new BytesRef();

  private final Path data;
  private final Directory directory;
  private final IndexWriter writer;
  private final Analyzer analyzer = analyzer();
  private final FacetsConfig facets = facetsConfig();
  private final Set<String> putSinceOpen = ConcurrentHashMap.newKeySet();
  private final UnifiedHighlighter highlighter;
  private DirectoryReader committedAtOpen;
  private Searching searching;

  private record Searching(DirectoryReader reader, IndexSearcher searcher, SortedSetDocValuesReaderState facetState) {}

  private LuceneArticleStore(Path data, boolean writable) throws IOException {
    this.data = data;
    Path index = data.resolve(INDEX);
    if (writable) {
      Files.createDirectories(index);
    } else if (!Files.isDirectory(index) || !DirectoryReader.indexExists(FSDirectory.open(index))) {
      throw new IOException("no store in " + data + " (make one with: newsgraph ingest --data " + data + " SOURCE...)");
    }
    this.directory = FSDirectory.open(index);
    if (writable) {
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION))
              .setRAMBufferSizeMB(64)
              .setCommitOnClose(false);
      try {
        this.writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IOException("the store in " + data + " is in use by another ingest (" + e.getMessage() + ")");
      }
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit();
      }
      this.committedAtOpen = DirectoryReader.open(directory);
    } else {
      this.writer = null;
    }
    this.highlighter =
        UnifiedHighlighter.builderWithoutSearcher(analyzer)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxLength(100_000)
            .build();
  }

  /** Opens (or makes) the store in the data folder for writing; one writer at a time. */
  public static LuceneArticleStore open(Path data) throws IOException {
    return new LuceneArticleStore(data, true);
  }

  /** Opens an existing store for searching; many readers may run beside a writer. */
  public static LuceneArticleStore openReadOnly(Path data) throws IOException {
    return new LuceneArticleStore(data, false);
  }

  public Path data() {
    return data;
  }

  static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    Analyzer en = new EnglishAnalyzer();
    Analyzer de = new GermanAnalyzer();
    for (String base : List.of("title", "body")) {
      perField.put(base + ".en", en);
      perField.put(base + ".de", de);
    }
    Analyzer keyword = new KeywordAnalyzer();
    for (String k : ArticleQueryParser.KEYWORDS) {
      perField.put(k, keyword);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String multi : List.of("entity", "actor", "event", "agency")) {
      config.setMultiValued(multi, true);
    }
    return config;
  }

  // ---- writing

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the store is open for reading only");
    }
    return writer;
  }

  @Override
  public boolean contains(String id) throws IOException {
    if (putSinceOpen.contains(id)) {
      return true;
    }
    DirectoryReader reader = committedAtOpen != null ? committedAtOpen : searching().reader();
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ID);
      if (terms != null) {
        TermsEnum e = terms.iterator();
        if (e.seekExact(term)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void put(ObjectNode article) throws IOException {
    String id = StoreFields.text(article, ID);
    if (id == null) {
      throw new IllegalArgumentException("article without id");
    }
    writer().updateDocument(new Term(ID, id), facets.build(document(id, article)));
    putSinceOpen.add(id);
  }

  private static Document document(String id, ObjectNode a) {
    Document d = new Document();
    d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
    d.add(new StringField(ID, id, Field.Store.YES));
    ObjectNode stored = a.deepCopy();
    stored.remove(List.of("story", "duplicateOf"));
    d.add(new StoredField(JSON, new BytesRef(stored.toString().getBytes(StandardCharsets.UTF_8))));
    String language = StoreFields.text(a, "language");
    String suffix = StoreFields.analysis(language);
    String title = StoreFields.text(a, "title");
    String body = StoreFields.text(a, "body");
    if (body == null || body.isBlank()) {
      body = StoreFields.text(a, "text");
    }
    if (title != null) {
      d.add(new TextField("title." + suffix, title, Field.Store.NO));
    }
    if (body != null) {
      d.add(new TextField("body." + suffix, body, Field.Store.NO));
    }
    keywordAndFacet(d, "lang", language);
    String outlet = StoreFields.outlet(a);
    if (outlet != null && !outlet.isBlank()) {
      d.add(new StringField("outlet", ArticleQueryParser.keyword("outlet", outlet.strip()), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField("outlet", outlet.strip()));
    }
    String url = StoreFields.text(a, "url");
    if (url != null && !url.isBlank()) {
      d.add(new StringField("url", ArticleQueryParser.keyword("url", url), Field.Store.NO));
    }
    Long day = StoreFields.epochDay(a);
    if (day != null) {
      LocalDate date = LocalDate.ofEpochDay(day);
      d.add(new LongPoint(DAY, day));
      d.add(new NumericDocValuesField(DAY, day));
      d.add(new SortedSetDocValuesFacetField("year", String.valueOf(date.getYear())));
      d.add(new SortedSetDocValuesFacetField("month", date.toString().substring(0, 7)));
    }
    StoreFields.entities(a).forEach(v -> keywordAndFacet(d, "entity", v));
    StoreFields.actors(a).forEach(v -> keywordAndFacet(d, "actor", v));
    StoreFields.events(a).forEach(v -> keywordAndFacet(d, "event", v));
    StoreFields.agencies(a).forEach(v -> keywordAndFacet(d, "agency", v));
    d.add(new BinaryDocValuesField(STORY, NONE));
    d.add(new BinaryDocValuesField(DUP, NONE));
    return d;
  }

  private static void keywordAndFacet(Document d, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(field, ArticleQueryParser.keyword(field, value), Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(field, value));
  }

  @Override
  public Optional<JournalEntry> journal(String key) throws IOException {
    DirectoryReader reader = searching().reader();
    IndexSearcher s = new IndexSearcher(reader);
    TopDocs top = s.search(new TermQuery(new Term("jkey", key)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document d = s.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(
        new JournalEntry(key, d.get("jname"), d.getField("jnext").numericValue().longValue(), d.getField("jdone").numericValue().intValue() == 1));
  }

  @Override
  public void commit(Collection<JournalEntry> journal) throws IOException {
    IndexWriter w = writer();
    synchronized (this) {
      for (JournalEntry e : journal) {
        Document d = new Document();
        d.add(new StringField(KIND, JOURNAL, Field.Store.NO));
        d.add(new StringField("jkey", e.key(), Field.Store.YES));
        d.add(new StoredField("jname", e.name() == null ? "" : e.name()));
        d.add(new StoredField("jnext", e.next()));
        d.add(new StoredField("jdone", e.done() ? 1 : 0));
        w.updateDocument(new Term("jkey", e.key()), d);
      }
      w.commit();
    }
  }

  /** Every journal entry, committed. */
  public List<JournalEntry> journalEntries() throws IOException {
    List<JournalEntry> out = new ArrayList<>();
    IndexSearcher s = searching().searcher();
    StoredFields stored = s.storedFields();
    for (ScoreDoc sd : s.search(new TermQuery(new Term(KIND, JOURNAL)), Integer.MAX_VALUE).scoreDocs) {
      Document d = stored.document(sd.doc);
      out.add(new JournalEntry(d.get("jkey"), d.get("jname"), d.getField("jnext").numericValue().longValue(), d.getField("jdone").numericValue().intValue() == 1));
    }
    return out;
  }

  // ---- reading

  /** A searcher over the last commit, reopened when a newer commit exists. */
  private synchronized Searching searching() throws IOException {
    if (searching == null) {
      searching = searching(DirectoryReader.open(directory));
    } else {
      DirectoryReader newer = DirectoryReader.openIfChanged(searching.reader());
      if (newer != null) {
        searching.reader().close();
        searching = searching(newer);
      }
    }
    return searching;
  }

  private Searching searching(DirectoryReader reader) throws IOException {
    SortedSetDocValuesReaderState state = null;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, facets);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // no article has facets yet
    }
    return new Searching(reader, new IndexSearcher(reader), state);
  }

  @Override
  public long count() throws IOException {
    return searching().searcher().count(new TermQuery(new Term(KIND, ARTICLE)));
  }

  @Override
  public Optional<ObjectNode> get(String id) throws IOException {
    Searching s = searching();
    TopDocs top = s.searcher().search(new TermQuery(new Term(ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(json(s.reader(), top.scoreDocs[0].doc));
  }

  private ObjectNode json(IndexReader reader, int doc) throws IOException {
    BytesRef bytes = reader.storedFields().document(doc).getBinaryValue(JSON);
    ObjectNode o = (ObjectNode) MAPPER.readTree(bytes.bytes, bytes.offset, bytes.length);
    String story = docValue(reader, doc, STORY);
    if (story != null) {
      o.put("story", story);
      String dup = docValue(reader, doc, DUP);
      o.put("duplicateOf", dup);
    }
    return o;
  }

  private static String docValue(IndexReader reader, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    BytesRef v = values.binaryValue();
    return v.length == 0 ? null : v.utf8ToString();
  }

  /**
   * The committed articles of a story (its copies and rewrites), in index order. {@code story} is
   * a doc value, not a term (grouping updates it in place), so this scans the doc values.
   */
  public List<ObjectNode> story(String story) throws IOException {
    Searching s = searching();
    BytesRef wanted = new BytesRef(story);
    List<ObjectNode> members = new ArrayList<>();
    for (LeafReaderContext leaf : s.reader().leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(STORY);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if ((live == null || live.get(doc)) && values.binaryValue().bytesEquals(wanted)) {
          members.add(json(s.reader(), leaf.docBase + doc));
        }
      }
    }
    return members;
  }

  @Override
  public void forEach(Consumer<ObjectNode> action) throws IOException {
    forEach(new TermQuery(new Term(KIND, ARTICLE)), action);
  }

  @Override
  public void forEachMatching(String query, Consumer<ObjectNode> action) throws IOException {
    Query parsed;
    try {
      parsed = new ArticleQueryParser(analyzer).parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot read the query: " + firstLine(e.getMessage()));
    }
    forEach(
        new BooleanQuery.Builder().add(parsed, Occur.MUST).add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER).build(),
        action);
  }

  private void forEach(Query articles, Consumer<ObjectNode> action) throws IOException {
    Searching s = searching();
    // createWeight on the searcher rewrites first, which prefix and wildcard queries need
    var weight = s.searcher().createWeight(s.searcher().rewrite(articles), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : s.reader().leaves()) {
      var scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      var it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          action.accept(json(s.reader(), leaf.docBase + doc));
        }
      }
    }
  }

  @Override
  public SearchResult search(SearchRequest r) throws IOException {
    long start = System.nanoTime();
    Searching s = searching();
    Query text = null;
    if (r.query() != null && !r.query().isBlank()) {
      try {
        text = new ArticleQueryParser(analyzer).parse(r.query());
      } catch (ParseException e) {
        throw new IllegalArgumentException("cannot read the query: " + firstLine(e.getMessage()));
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
    b.add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER);
    anyOf(b, "entity", r.entities());
    anyOf(b, "actor", r.actors());
    anyOf(b, "event", r.events());
    anyOf(b, "outlet", r.outlets());
    anyOf(b, "lang", r.languages());
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(DAY, lo, hi), Occur.FILTER);
    }
    Query query = b.build();
    int limit = Math.max(0, r.limit());
    Sort sort = r.sortByDate() ? new Sort(new SortField(DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE) : null;
    FacetsCollectorManager.FacetsResult result =
        sort == null
            ? FacetsCollectorManager.search(s.searcher(), query, Math.max(1, limit), new FacetsCollectorManager())
            : FacetsCollectorManager.search(s.searcher(), query, Math.max(1, limit), sort, true, new FacetsCollectorManager());
    FacetsCollector fc = result.facetsCollector();
    long total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    List<SearchResult.Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = result.topDocs().scoreDocs;
    for (int i = 0; i < Math.min(limit, docs.length); i++) {
      hits.add(hit(s.reader(), docs[i], text, r.highlight()));
    }
    Map<String, List<SearchResult.FacetValue>> facetCounts = new LinkedHashMap<>();
    if (s.facetState() != null && r.facetValues() > 0 && total > 0) {
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s.facetState(), fc);
      Set<String> dims = new HashSet<>();
      s.facetState().getDims().forEach(dims::add);
      for (String dim : FACETS) {
        if (!dims.contains(dim)) {
          continue;
        }
        FacetResult fr = counts.getTopChildren(dim.equals("year") ? 100 : r.facetValues(), dim);
        if (fr == null) {
          continue;
        }
        List<SearchResult.FacetValue> values = new ArrayList<>();
        for (LabelAndValue lv : fr.labelValues) {
          values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
        }
        if (dim.equals("year")) {
          values.sort(java.util.Comparator.comparing(SearchResult.FacetValue::value));
        }
        facetCounts.put(dim, values);
      }
    }
    return new SearchResult(total, hits, facetCounts, (System.nanoTime() - start) / 1e6);
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, ArticleQueryParser.keyword(field, v.strip()))), Occur.SHOULD);
    }
    b.add(any.build(), Occur.FILTER);
  }

  private SearchResult.Hit hit(IndexReader reader, ScoreDoc sd, Query text, boolean highlight) throws IOException {
    ObjectNode o = json(reader, sd.doc);
    String language = StoreFields.text(o, "language");
    String title = StoreFields.text(o, "title");
    String body = StoreFields.text(o, "body");
    if (body == null || body.isBlank()) {
      body = StoreFields.text(o, "text");
    }
    String snippet = null;
    if (highlight) {
      String suffix = StoreFields.analysis(language);
      if (text != null && body != null) {
        Object h = highlighter.highlightWithoutSearcher("body." + suffix, text, body, 2);
        snippet = h == null ? null : h.toString();
      }
      if (snippet == null || snippet.isBlank() || !snippet.contains("<b>")) {
        snippet = escape(lead(body, 240));
      }
    }
    return new SearchResult.Hit(
        StoreFields.text(o, ID), StoreFields.text(o, "published"), StoreFields.outlet(o), language, title,
        StoreFields.text(o, "url"), Float.isNaN(sd.score) ? 0 : sd.score, snippet, StoreFields.text(o, "story"),
        StoreFields.text(o, "duplicateOf"));
  }

  private static String lead(String s, int max) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max) + " …";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ---- stories

  @Override
  public StoryReport groupStories() throws IOException {
    return groupStories(StoryGrouper.Options.DEFAULT);
  }

  public StoryReport groupStories(StoryGrouper.Options options) throws IOException {
    long start = System.nanoTime();
    IndexWriter w = writer();
    record Doc(String id, Long day, String story, String dup, int docId) {}
    List<Doc> all = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(w)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader lr = leaf.reader();
        Bits live = lr.getLiveDocs();
        BinaryDocValues story = lr.getBinaryDocValues(STORY);
        BinaryDocValues dup = lr.getBinaryDocValues(DUP);
        var days = lr.getNumericDocValues(DAY);
        var weight = new TermQuery(new Term(KIND, ARTICLE)).createWeight(searcher, org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        var scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        StoredFields stored = lr.storedFields();
        var it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String s = story != null && story.advanceExact(doc) && story.binaryValue().length > 0 ? story.binaryValue().utf8ToString() : null;
          String dp = dup != null && dup.advanceExact(doc) && dup.binaryValue().length > 0 ? dup.binaryValue().utf8ToString() : null;
          Long day = days != null && days.advanceExact(doc) ? days.longValue() : null;
          all.add(new Doc(stored.document(doc).get(ID), day, s, dp, leaf.docBase + doc));
        }
      }
      List<Doc> fresh = all.stream().filter(d -> d.story() == null).toList();
      if (fresh.isEmpty()) {
        return new StoryReport(0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
      }
      long margin = Math.max(options.copyWindowDays(), options.windowDays());
      long lo = fresh.stream().filter(d -> d.day() != null).mapToLong(Doc::day).min().orElse(Long.MIN_VALUE + margin) - margin;
      long hi = fresh.stream().filter(d -> d.day() != null).mapToLong(Doc::day).max().orElse(Long.MAX_VALUE - margin) + margin;
      boolean undatedFresh = fresh.stream().anyMatch(d -> d.day() == null);
      List<Doc> candidates =
          all.stream()
              .filter(d -> d.story() == null || undatedFresh || d.day() == null || (d.day() >= lo && d.day() <= hi))
              .toList();
      List<StoryGrouper.Item> items =
          candidates.parallelStream()
              .map(
                  d -> {
                    try {
                      ObjectNode o = json(reader, d.docId());
                      String title = StoreFields.text(o, "title");
                      String body = StoreFields.text(o, "body");
                      if (body == null || body.isBlank()) {
                        body = StoreFields.text(o, "text");
                      }
                      String lead = (title == null ? "" : title + "\n") + body;
                      return new StoryGrouper.Item(
                          d.id(), d.day(), TextFeatures.of(lead, StoreFields.text(o, "language")), MinHash.of(body),
                          StoreFields.entities(o), d.story(), d.dup());
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .toList();
      List<StoryGrouper.Assignment> assignments = new StoryGrouper(options).group(items);
      int copies = 0;
      int joined = 0;
      int newStories = 0;
      for (StoryGrouper.Assignment a : assignments) {
        w.updateDocValues(
            new Term(ID, a.id()),
            new BinaryDocValuesField(STORY, new BytesRef(a.story())),
            new BinaryDocValuesField(DUP, a.duplicateOf() == null ? NONE : new BytesRef(a.duplicateOf())));
        if (a.duplicateOf() != null) {
          copies++;
        } else if (!a.story().equals(a.id())) {
          joined++;
        } else {
          newStories++;
        }
      }
      synchronized (this) {
        w.commit();
      }
      return new StoryReport(assignments.size(), copies, joined, newStories, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Bytes the index takes on disk. */
  public long sizeOnDisk() throws IOException {
    long size = 0;
    for (String f : directory.listAll()) {
      try {
        size += directory.fileLength(f);
      } catch (IOException e) {
        // deleted meanwhile
      }
    }
    return size;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (searching != null) {
        searching.reader().close();
      }
      if (committedAtOpen != null) {
        committedAtOpen.close();
      }
      if (writer != null) {
        writer.rollback(); // what was not committed is dropped, as a crash would drop it
      }
    } finally {
      directory.close();
    }
  }
}
