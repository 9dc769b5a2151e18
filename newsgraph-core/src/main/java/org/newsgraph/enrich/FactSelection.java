package org.newsgraph.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.relevance.ArticleTopic;
import org.newsgraph.relevance.TextEmbedder;

/**
 * The background facts a reader of this article needs: the knowledge base's statements about the
 * article's central entities, scored by the article's {@link ArticleTopic}, the best {@code limit}
 * in {@code facts[]}. Fewer facts rather than filler: a statement is offered only when
 *
 * <ul>
 *   <li>its subject is central to the article: among the most salient linked entities (one place per
 *       Wikidata id) and named in the headline or lead or twice in the article's own text; or the
 *       statement ties two entities that act on each other in {@code events[]};
 *   <li>everything else it is about is named in the article (the United States' seat on the
 *       Security Council is no background to a story that does not name the Council), and central
 *       too or acting on the subject in {@code events[]}; one named only in passing needs {@link
 *       #STRONG_MEANING};
 *   <li>an office needs only its holder, who must be central and the one the story turns on (the
 *       most salient linked entity or person, or one acting on another linked entity in {@code
 *       events[]}: not Obama's term under a story on his successor's appointments), and is the one
 *       held on the article's date, or the holder's latest before it, worded as of that date (a term
 *       that ended later is "held since", with no end still to come); never one its sources no
 *       longer confirm on the date (after an open office's last listed day); without a date, one
 *       still held by a holder who held it in no other term, worded as its sources confirm it ("...
 *       since 2018 (as of 11 December 2022)", {@code asOf} that day);
 *   <li>it was already true on the article's date; without a date, it began by the end of the latest
 *       year the article's own text names, where it names one (offices: see above);
 *   <li>its meaning is close to the article's ({@link ArticleTopic.Fit#meaning()} at least {@link
 *       #MIN_MEANING}), and its score, with actors and events, at least {@link #MIN_RELEVANCE}.
 * </ul>
 *
 * Statements the article already makes are left out; statements it contradicts, about any of its
 * most salient linked entities, are reported with the span that says otherwise ({@link FactCheck}),
 * whatever their rank. Runs last, when entities, links and events are known.
 */
public final class FactSelection implements Stage {
  public static final int DEFAULT_LIMIT = 5;
  /** Statements about this many of the most salient linked entities are candidates. */
  static final int SALIENT_ENTITIES = 6;
  /** Below this relevance a statement is background to something else. */
  static final double MIN_RELEVANCE = 0.2;
  /** Below this meaning a statement shares actors with the article but not its story. */
  static final double MIN_MEANING = 0.2;
  /**
   * A statement that ties its subject to an entity the article names only in passing must be this
   * close in meaning: France's withdrawal from Mali under a story on its withdrawal from Niger, not
   * the United States' NATO membership under a story on an attack in Istanbul.
   */
  static final double STRONG_MEANING = 0.35;

  private final FactSource facts;
  private final TextEmbedder embedder;
  private final int limit;

  /**
   * The fact source and embedder installed on the class path, {@link #DEFAULT_LIMIT} facts; without
   * either, articles pass through unchanged.
   */
  public FactSelection() {
    this(FactSource.installed(), TextEmbedder.installed(), DEFAULT_LIMIT);
  }

  public FactSelection(FactSource facts, TextEmbedder embedder, int limit) {
    this.facts = facts;
    this.embedder = embedder;
    this.limit = limit;
  }

  @Override
  public Article apply(Article article) {
    if (facts == FactSource.NONE || embedder == null || article.entities() == null) {
      return article;
    }
    Cast cast = new Cast(article);
    LocalDate date = article.publishedDay();
    List<KnownFact> candidates = candidates(cast).stream().map(f -> f.on(date)).toList();
    if (candidates.isEmpty()) {
      return article.toBuilder().facts(List.of()).build();
    }
    FactCheck check = new FactCheck(article);
    Integer namedYear = date == null ? check.latestYearNamed() : null;
    List<KnownFact> open = new ArrayList<>();
    List<FactCheck.Result> verdicts = new ArrayList<>();
    for (KnownFact f : candidates) {
      FactCheck.Result verdict = check.check(f, candidates);
      boolean contradicted = verdict.verdict() == FactCheck.Verdict.CONTRADICTED;
      if (contradicted || (verdict.verdict() != FactCheck.Verdict.STATED && cast.offers(f, candidates, date, namedYear))) {
        open.add(f);
        verdicts.add(verdict);
      }
    }
    ArticleTopic.Fit[] fits =
        ArticleTopic.of(article, embedder).fit(open.stream().map(KnownFact::text).toList(), open.stream().map(KnownFact::about).toList());
    List<Fact> chosen = new ArrayList<>();
    List<Fact> contradicted = new ArrayList<>();
    for (int i = 0; i < open.size(); i++) {
      KnownFact f = open.get(i);
      Fact fact = new Fact(f.text(), f.about(), f.source(), f.asOf(), fits[i].score(), verdicts.get(i).span());
      if (verdicts.get(i).verdict() == FactCheck.Verdict.CONTRADICTED) {
        contradicted.add(fact);
      } else if (fits[i].score() >= MIN_RELEVANCE && fits[i].meaning() >= (cast.tiedClosely(f) ? MIN_MEANING : STRONG_MEANING)) {
        chosen.add(fact);
      }
    }
    Comparator<Fact> byRelevance = Comparator.comparingDouble(Fact::relevance).reversed();
    chosen.sort(byRelevance);
    contradicted.sort(byRelevance);
    List<Fact> out = new ArrayList<>(contradicted);
    for (Fact f : chosen) {
      if (out.size() >= Math.max(limit, contradicted.size())) {
        break;
      }
      out.add(f);
    }
    out.sort(byRelevance);
    return article.toBuilder().facts(out).build();
  }

  /**
   * The statements about the most salient linked entities, each once: those whose subject is one of
   * them, and those that tie one of them to another entity of the article (so NATO brings in
   * Turkey's membership when the article names Turkey, not that of every member).
   */
  private List<KnownFact> candidates(Cast cast) {
    Map<String, KnownFact> byText = new LinkedHashMap<>();
    for (Entity e : cast.salient) {
      for (KnownFact f : facts.about(e.kb())) {
        boolean subject = f.about().get(0).equals(e.kb());
        boolean tie = f.about().stream().filter(cast.named::contains).count() >= 2;
        if (subject || tie) {
          byText.putIfAbsent(f.text(), f);
        }
      }
    }
    return new ArrayList<>(byText.values());
  }

  /** The article's linked entities: which are named, which are central, which act on each other. */
  private static final class Cast {
    final List<Entity> salient;
    /** Wikidata ids of all linked entities, of the central ones, and of pairs acting on each other ("a|b"). */
    final Set<String> named = new HashSet<>();
    final Set<String> central = new HashSet<>();
    final Set<String> acting = new HashSet<>();
    /**
     * Wikidata ids of those the story may turn on: the most salient linked entity, the most salient
     * linked person, and those acting on another.
     */
    final Set<String> leading = new HashSet<>();

    Cast(Article article) {
      List<Entity> linked = new ArrayList<>();
      Map<String, String> kbOf = new HashMap<>();
      for (Entity e : article.entities()) {
        if (e.kb() != null) {
          linked.add(e);
          named.add(e.kb());
          kbOf.put(e.id(), e.kb());
        }
      }
      linked.sort(Comparator.comparingDouble(Entity::salience).reversed());
      // one place per Wikidata id: "U.S.", "US" and "America" are one actor, not half the cast
      Set<String> seen = new HashSet<>();
      salient = linked.stream().filter(e -> seen.add(e.kb())).limit(SALIENT_ENTITIES).toList();
      for (Entity e : salient) {
        if (prominent(article, e, linked)) {
          central.add(e.kb());
        }
      }
      for (Event ev : article.events() == null ? List.<Event>of() : article.events()) {
        String a = kbOf.get(ev.sourceEntity());
        String b = kbOf.get(ev.targetEntity());
        if (a != null && b != null) {
          acting.add(a + "|" + b);
          acting.add(b + "|" + a);
          leading.add(a);
          leading.add(b);
        }
      }
      if (!salient.isEmpty()) {
        leading.add(salient.get(0).kb());
      }
      // offices are held by people: a capital or a country ahead of them does not hide the leading one
      salient.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().ifPresent(e -> leading.add(e.kb()));
    }

    /** Named in the headline or lead, or at least twice in the article's own text, by any entity with its id. */
    private static boolean prominent(Article article, Entity e, List<Entity> linked) {
      int own = 0;
      List<Mention> mentions = linked.stream().filter(o -> o.kb().equals(e.kb())).flatMap(o -> o.mentions().stream()).toList();
      for (Mention m : mentions) {
        for (Segment s : article.segments()) {
          if (m.start() >= s.start() && m.end() <= s.end()) {
            if (s.kind() == SegmentKind.HEADLINE || s.kind() == SegmentKind.LEAD) {
              return true;
            }
            own += s.kind().isOwnText() ? 1 : 0;
            break;
          }
        }
      }
      return own >= 2;
    }

    /** Whether the statement is background this article's reader needs (see the class comment). */
    boolean offers(KnownFact f, List<KnownFact> candidates, LocalDate date, Integer namedYear) {
      if (date != null && f.start() != null && f.start().isAfter(date)) {
        return false;
      }
      // after the last day its sources listed an open office the holder may have changed: no word on it
      if (date != null && f.heldOn(date) && !f.confirmedOn(date)) {
        return false;
      }
      String subject = f.about().get(0);
      boolean office = KnownFact.OFFICE.equals(f.relation());
      // an undated article that names years was written about then, and may be much older than a statement
      // that began after the latest (Ukraine's rupture with Russia of 2022 under a story naming 2014 and 2016)
      if (date == null && !office && f.start() != null && namedYear != null && f.start().getYear() > namedYear) {
        return false;
      }
      if (office) {
        boolean which = date != null ? currentOrLatest(f, candidates, date) : onlyTerm(f, candidates);
        return central.contains(subject) && leading.contains(subject) && which;
      }
      if (!named.containsAll(f.about())) {
        return false;
      }
      if (central.contains(subject)) {
        return true;
      }
      for (String other : f.about()) {
        if (acting.contains(subject + "|" + other)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether everything else the statement is about is central too or acts on its subject; if not
     * (named in passing), the statement needs {@link #STRONG_MEANING}.
     */
    boolean tiedClosely(KnownFact f) {
      if (KnownFact.OFFICE.equals(f.relation())) {
        return true;
      }
      String subject = f.about().get(0);
      for (String other : f.about()) {
        boolean bothCentral = central.contains(subject) && central.contains(other);
        if (!other.equals(subject) && !bothCentral && !acting.contains(subject + "|" + other)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Without the article's date: whether the office is still held and its holder held it in no other
     * term (Trump's term from 2025 is no background to an undated article of 2016).
     */
    private static boolean onlyTerm(KnownFact office, List<KnownFact> candidates) {
      if (office.end() != null) {
        return false;
      }
      for (KnownFact o : candidates) {
        if (o != office && KnownFact.OFFICE.equals(o.relation()) && o.about().equals(office.about()) && o.cues().equals(office.cues())) {
          return false;
        }
      }
      return true;
    }

    /** Whether the office was held on the date, or is its holder's latest before it while none was held. */
    private static boolean currentOrLatest(KnownFact office, List<KnownFact> candidates, LocalDate date) {
      if (office.heldOn(date)) {
        return true;
      }
      String holder = office.about().get(0);
      for (KnownFact o : candidates) {
        if (o != office && KnownFact.OFFICE.equals(o.relation()) && o.about().get(0).equals(holder)
            && (o.heldOn(date) || (o.end() != null && !o.end().isAfter(date) && office.end() != null && o.end().isAfter(office.end())))) {
          return false;
        }
      }
      return true;
    }
  }
}
