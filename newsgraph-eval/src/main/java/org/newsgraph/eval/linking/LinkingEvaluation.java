package org.newsgraph.eval.linking;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsgraph.eval.linking.NifCorpus.Document;
import org.newsgraph.eval.linking.NifCorpus.GoldMention;
import org.newsgraph.kb.ArticleContext;
import org.newsgraph.kb.KbEntry;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.kb.Link;
import org.newsgraph.kb.Linker;
import org.newsgraph.kb.MentionQuery;
import org.newsgraph.read.BadInputException;

/**
 * Links the gold mention spans of a NIF corpus (recognition is not measured here: the spans and
 * their text are given, the document is the context) and counts links. A gold link is covered when
 * the knowledge base holds the entry whose Wikipedia title it names. A predicted link is right when
 * it is that entry; any other predicted link is wrong, including links for mentions the gold leaves
 * unlinked.
 */
public final class LinkingEvaluation {
  /** Link counts: {@code predicted} links made, {@code correct} of them right, {@code gold} links to find. */
  public record Counts(int predicted, int correct, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          "P %.3f  R %.3f  F1 %.3f  (%d correct of %d links made, %d gold links)",
          precision(), recall(), f1(), correct, predicted, gold);
    }
  }

  /** Figures over the mentions whose gold entry the knowledge base covers, and over all. */
  public record Result(int documents, int mentions, Counts covered, Counts overall) {}

  private final KnowledgeBase kb;
  private final Linker linker;

  public LinkingEvaluation(KnowledgeBase kb) {
    this.kb = kb;
    this.linker = new Linker(kb);
  }

  public Result evaluate(Path ttl) throws IOException, BadInputException {
    List<Document> docs = NifCorpus.read(ttl);
    int mentions = 0;
    int predicted = 0;
    int correct = 0;
    int gold = 0;
    int coveredPredicted = 0;
    int coveredGold = 0;
    for (Document d : docs) {
      List<String> texts = d.mentions().stream().map(GoldMention::text).toList();
      String lang = d.mentions().stream().map(GoldMention::wikiLang).filter(l -> l != null).findFirst().orElse(null);
      ArticleContext article = new ArticleContext(d.text(), texts, null, lang);
      for (GoldMention m : d.mentions()) {
        mentions++;
        Link link = linker.link(new MentionQuery(m.text(), null, m.start(), m.end()), article);
        Optional<KbEntry> expected = m.linked() ? entryFor(m.wikiLang(), m.wikiTitle()) : Optional.empty();
        boolean right = link.id() != null && expected.isPresent() && expected.get().id().equals(link.id());
        if (m.linked()) {
          gold++;
        }
        if (link.id() != null) {
          predicted++;
        }
        if (right) {
          correct++;
        }
        if (expected.isPresent()) {
          coveredGold++;
          if (link.id() != null) {
            coveredPredicted++;
          }
        }
      }
    }
    return new Result(
        docs.size(), mentions, new Counts(coveredPredicted, correct, coveredGold), new Counts(predicted, correct, gold));
  }

  /**
   * The entry with this Wikipedia title; else, as Wikipedia redirects old titles, the one entry
   * with that name.
   */
  Optional<KbEntry> entryFor(String lang, String title) {
    Optional<KbEntry> byTitle = kb.byWikipediaTitle(lang, title);
    if (byTitle.isPresent()) {
      return byTitle;
    }
    List<KbEntry> named = kb.named(title);
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }
}
