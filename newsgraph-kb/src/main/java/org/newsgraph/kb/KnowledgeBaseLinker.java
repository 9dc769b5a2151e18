package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entity.EntityLinker;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * The {@link EntityLinker} of the bundled knowledge base: asks the {@link Linker} about the
 * entity's mentions, fullest form first, and takes the first id and the first actor it gives.
 */
public final class KnowledgeBaseLinker implements EntityLinker {
  private final Linker linker;
  private final TitleMentions titles;
  private final CompoundActors compounds;
  private final NationalNouns nationals;

  /** The bundled knowledge base; found by the standard pipeline through {@code META-INF/services}. */
  public KnowledgeBaseLinker() {
    this(new Linker(KnowledgeBase.bundled()));
  }

  public KnowledgeBaseLinker(Linker linker) {
    this.linker = linker;
    this.titles = new TitleMentions(linker);
    this.compounds = new CompoundActors(linker.knowledgeBase());
    this.nationals = new NationalNouns(linker.knowledgeBase());
  }

  @Override
  public Article withTitleMentions(Article article) {
    // titles first: a compound title ("US-Präsident") names its holder where the date tells who
    return nationals.apply(compounds.apply(titles.apply(article, context(article))));
  }

  @Override
  public Entity link(Entity entity, Article article) {
    ArticleContext context = context(article);
    List<Mention> fullestFirst = new ArrayList<>(entity.mentions());
    fullestFirst.sort(Comparator.comparingInt((Mention m) -> m.span().length()).reversed());
    if (entity.type() == EntityType.PERSON) {
      // A person is linked by the fullest names only: when "Hunter Biden" is not in the knowledge
      // base, the "Biden" that stands for him must not link him to Joe Biden.
      int most = fullestFirst.stream().mapToInt(m -> words(article.textOf(m.span()))).max().orElse(0);
      fullestFirst.removeIf(m -> words(article.textOf(m.span())) < most);
    }
    String id = entity.kb();
    String actor = entity.actor();
    for (Mention m : fullestFirst) {
      if (id != null && actor != null) {
        break;
      }
      Link link =
          linker.link(new MentionQuery(article.textOf(m.span()), entity.type(), m.span().start(), m.span().end()), context);
      id = id == null ? link.id() : id;
      actor = actor == null ? link.actor() : actor;
    }
    return new Entity(entity.id(), entity.name(), linkedType(entity.type(), id), id, actor, entity.salience(), entity.mentions());
  }

  /** A surname the tagger took for a place ("Trump imposed tariffs ..."), once linked to a person, is a person. */
  private EntityType linkedType(EntityType recognised, String id) {
    return id != null && recognised != EntityType.PERSON && linker.entry(id).type() == EntityType.PERSON ? EntityType.PERSON : recognised;
  }

  /** The words of a name, not counting the titles before it ("President Trump" is one word of name). */
  private static int words(String text) {
    String[] w = text.strip().split("\\s+");
    int i = 0;
    while (i < w.length - 1 && TITLES.contains(w[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
      i++;
    }
    return w.length - i;
  }

  private static final Set<String> TITLES =
      Set.of("president", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep", "gov", "governor",
          "king", "queen", "prince", "princess", "crown", "emir", "sheikh", "ayatollah", "pope", "general", "gen",
          "mr", "mrs", "ms", "dr", "sir", "praesident", "präsident", "kanzler", "kanzlerin", "bundeskanzler",
          "bundeskanzlerin", "herr", "frau", "ministerpräsident", "ministerpraesident", "premier", "foreign");

  private static ArticleContext context(Article article) {
    List<String> mentions = new ArrayList<>();
    for (Entity e : article.entities()) {
      for (Mention m : e.mentions()) {
        mentions.add(article.textOf(m.span()));
      }
    }
    return new ArticleContext(article.text(), mentions, article.publishedDay(), article.language());
  }
}
