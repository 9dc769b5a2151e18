package org.newsgraph.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.relevance.ArticleTopic;
import org.newsgraph.relevance.TextEmbedder;

/**
 * The background facts a reader of this article needs: the knowledge base's statements about the
 * article's most salient linked entities, scored by the article's {@link ArticleTopic} (meaning,
 * actors, and the pairs that act on each other or share a paragraph, so that a statement linking
 * two of the article's actors ranks high), the best {@code limit} in {@code facts[]}. Statements
 * the article already makes are left out; statements it contradicts are reported with the span
 * that says otherwise ({@link FactCheck}), whatever their rank. Runs last, when entities, links
 * and events are known.
 */
public final class FactSelection implements Stage {
  public static final int DEFAULT_LIMIT = 5;
  /** Statements about this many of the most salient linked entities are candidates. */
  static final int SALIENT_ENTITIES = 6;
  /** Below this relevance a statement is background to something else. */
  static final double MIN_RELEVANCE = 0.2;

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
    List<KnownFact> candidates = candidates(article);
    if (candidates.isEmpty()) {
      return article.toBuilder().facts(List.of()).build();
    }
    FactCheck check = new FactCheck(article);
    List<KnownFact> open = new ArrayList<>();
    List<FactCheck.Result> verdicts = new ArrayList<>();
    for (KnownFact f : candidates) {
      FactCheck.Result verdict = check.check(f, candidates);
      if (verdict.verdict() != FactCheck.Verdict.STATED) {
        open.add(f);
        verdicts.add(verdict);
      }
    }
    double[] relevance =
        ArticleTopic.of(article, embedder).score(open.stream().map(KnownFact::text).toList(), open.stream().map(KnownFact::about).toList());
    List<Fact> chosen = new ArrayList<>();
    List<Fact> contradicted = new ArrayList<>();
    for (int i = 0; i < open.size(); i++) {
      KnownFact f = open.get(i);
      Fact fact = new Fact(f.text(), f.about(), f.source(), f.asOf(), relevance[i], verdicts.get(i).span());
      if (verdicts.get(i).verdict() == FactCheck.Verdict.CONTRADICTED) {
        contradicted.add(fact);
      } else if (relevance[i] >= MIN_RELEVANCE) {
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
  private List<KnownFact> candidates(Article article) {
    List<Entity> linked = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (Entity e : article.entities()) {
      if (e.kb() != null) {
        linked.add(e);
        named.add(e.kb());
      }
    }
    linked.sort(Comparator.comparingDouble(Entity::salience).reversed());
    Map<String, KnownFact> byText = new LinkedHashMap<>();
    for (Entity e : linked.subList(0, Math.min(SALIENT_ENTITIES, linked.size()))) {
      for (KnownFact f : facts.about(e.kb())) {
        boolean subject = f.about().get(0).equals(e.kb());
        boolean tie = f.about().stream().filter(named::contains).count() >= 2;
        if (subject || tie) {
          byText.putIfAbsent(f.text(), f);
        }
      }
    }
    return new ArrayList<>(byText.values());
  }
}
