package org.newsgraph.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.enrich.FactSource;
import org.newsgraph.enrich.KnownFact;

/**
 * The statements of the knowledge base: those of {@code facts.tsv}, and the offices of its people
 * as the loaded entries hold them (people.tsv, or a Wikidata import), so they are never written
 * twice. Indexed by every id a statement is about; immutable, one instance for all threads.
 */
public final class KnowledgeBaseFacts implements FactSource {
  private static volatile KnowledgeBaseFacts bundled;

  private final Map<String, List<KnownFact>> byId = new HashMap<>();

  /** The bundled statements; found by the standard pipeline through {@code META-INF/services}. */
  public KnowledgeBaseFacts() {
    this(bundled().byId);
  }

  private KnowledgeBaseFacts(Map<String, List<KnownFact>> index) {
    byId.putAll(index);
  }

  /** The statements of {@code facts} and the offices of the entries of {@code kb}. */
  public static KnowledgeBaseFacts of(KnowledgeBase kb, List<KnownFact> facts) {
    KnowledgeBaseFacts f = new KnowledgeBaseFacts(Map.of());
    for (KnownFact fact : facts) {
      f.index(fact);
    }
    for (KbEntry e : kb.entries()) {
      for (Office o : e.offices()) {
        office(kb, e, o).ifPresent(f::index);
      }
    }
    return f;
  }

  @Override
  public List<KnownFact> about(String wikidataId) {
    return byId.getOrDefault(wikidataId, List.of());
  }

  private void index(KnownFact fact) {
    for (String id : fact.about()) {
      byId.computeIfAbsent(id, k -> new ArrayList<>()).add(fact);
    }
  }

  private static KnowledgeBaseFacts bundled() {
    KnowledgeBaseFacts f = bundled;
    if (f == null) {
      synchronized (KnowledgeBaseFacts.class) {
        f = bundled;
        if (f == null) {
          f = of(KnowledgeBase.bundled(), readBundled());
          bundled = f;
        }
      }
    }
    return f;
  }

  private static List<KnownFact> readBundled() {
    try (InputStream in = KnowledgeBaseFacts.class.getResourceAsStream("facts.tsv")) {
      if (in == null) {
        throw new IllegalStateException("bundled knowledge-base file missing: facts.tsv");
      }
      return FactFile.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "facts.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An office as a statement, when its role is one the project names and its country is known. */
  static Optional<KnownFact> office(KnowledgeBase kb, KbEntry person, Office o) {
    OfficeRole role = OfficeRole.of(o.role());
    Optional<KbEntry> country = kb.country(o.country());
    if (role == null || country.isEmpty() || o.start() == null) {
      return Optional.empty();
    }
    String where = role.title() + " of " + country.get().label();
    String since = person.label() + " has been " + where + " since " + FactFile.words(o.start().toString());
    String text;
    String asOf;
    if (o.end() != null) {
      text = person.label() + " was " + where + " from " + FactFile.words(o.start().toString()) + " to "
          + FactFile.words(o.end().toString()) + ".";
      asOf = o.end().toString();
    } else if (o.listedUntil() != null) {
      // the sources confirm the office only to the day they last listed it
      text = since + " (as of " + FactFile.words(o.listedUntil().toString()) + ").";
      asOf = o.listedUntil().toString();
    } else {
      text = since + ".";
      asOf = o.start().toString();
    }
    return Optional.of(
        new KnownFact(text, List.of(person.id(), country.get().id()), FactFile.url(person.source()), asOf,
            KnownFact.OFFICE, o.start(), o.end(), role.titles(), o.listedUntil(), since + "."));
  }
}
