package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The entries the linker chooses from, indexed by id, name and Wikipedia title. Immutable once
 * built, so one instance serves all threads. {@link #bundled()} is the project's own curated
 * knowledge base; {@link #with} adds entries imported from Wikidata, which replace bundled ones with
 * the same id.
 */
public final class KnowledgeBase {
  /** The curated files, in the order they are loaded. */
  static final List<String> BUNDLED_FILES =
      List.of("countries.tsv", "capitals.tsv", "organisations.tsv", "outlets.tsv", "leaders.tsv",
          "people.tsv");
  /**
   * The officials (ministers, advisers, ambassadors, commanders, judges), read after the files
   * above: a person one of them holds gains the offices there, keeping that entry's names and own
   * offices; one entry per id.
   */
  static final String OFFICIALS = "officials.tsv.gz";
  /** The members of the US Congress (terms as {@code LEG} offices), read after the officials and the same way. */
  static final String CONGRESS = "congress.tsv";
  /**
   * The first-level subdivisions and large cities ({@link Places}), read last: an id the files above
   * hold (a capital, a city-state's country) keeps their entry.
   */
  static final String PLACES = "places.tsv.gz";

  private static volatile KnowledgeBase bundled;

  private final Map<String, KbEntry> byId;
  private final Map<String, KbEntry> countryByCode = new HashMap<>();
  private final Map<String, List<NameMatch>> exact = new HashMap<>();
  private final Map<String, List<NameMatch>> folded = new HashMap<>();
  private final Map<String, KbEntry> enwiki = new HashMap<>();
  private final Map<String, KbEntry> dewiki = new HashMap<>();
  /** The people who held an office of a role for a country or organisation, at any time. */
  private final Map<OfficeKey, List<KbEntry>> byOffice = new HashMap<>();

  private record OfficeKey(String role, String country) {}

  /** How a name points to an entry. */
  enum NameKind {
    /** a label or alias */
    NAME,
    /** an adjective or demonym of a country */
    DEMONYM,
    /** the last word of a person's name */
    SURNAME
  }

  record NameMatch(KbEntry entry, NameKind kind) {}

  private KnowledgeBase(Collection<KbEntry> entries) {
    Map<String, KbEntry> ids = new LinkedHashMap<>();
    for (KbEntry e : entries) {
      ids.put(e.id(), e);
    }
    this.byId = Map.copyOf(ids);
    for (KbEntry e : ids.values()) {
      if (e.kind().equals("country")) {
        countryByCode.put(e.country(), e);
        countryByCode.put(e.actor(), e);
        countryByCode.put(e.id(), e);
      }
    }
    for (KbEntry e : ids.values()) {
      index(e);
    }
  }

  /** The knowledge base built from the project's curated files; loaded once. */
  public static KnowledgeBase bundled() {
    KnowledgeBase kb = bundled;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = bundled;
        if (kb == null) {
          kb = new KnowledgeBase(readBundled());
          bundled = kb;
        }
      }
    }
    return kb;
  }

  /** A knowledge base of exactly these entries. */
  public static KnowledgeBase of(Collection<KbEntry> entries) {
    return new KnowledgeBase(entries);
  }

  /**
   * This knowledge base plus the entries of a knowledge-base file, or of every {@code .tsv} file in
   * a folder (in name order), which win on equal ids.
   */
  public KnowledgeBase with(Path fileOrFolder) throws IOException {
    List<Path> files;
    if (Files.isDirectory(fileOrFolder)) {
      try (var listing = Files.list(fileOrFolder)) {
        files = listing.filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList();
      }
      if (files.isEmpty()) {
        throw new IOException(fileOrFolder + ": no knowledge-base (.tsv) file in the folder");
      }
    } else {
      files = List.of(fileOrFolder);
    }
    List<KbEntry> all = new ArrayList<>(byId.values());
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        all.addAll(KbFile.read(in, file.toString()));
      }
    }
    return new KnowledgeBase(all);
  }

  private static List<KbEntry> readBundled() {
    Map<String, KbEntry> all = new LinkedHashMap<>();
    for (String name : BUNDLED_FILES) {
      for (KbEntry e : readResource(name)) {
        all.put(e.id(), e); // a later file wins
      }
    }
    for (String file : List.of(OFFICIALS, CONGRESS)) {
      for (KbEntry official : readResource(file)) {
        all.merge(official.id(), official, KnowledgeBase::withOffices);
      }
    }
    for (KbEntry place : readResource(PLACES)) {
      all.putIfAbsent(place.id(), place);
    }
    return all.values().stream().map(KnowledgeBase::withGermanForms).toList();
  }

  /**
   * A person of a state that writes Cyrillic ({@link GermanTransliteration#convention}) whose files
   * give no German name of their own gains the German forms of the English names ("Maria
   * Zakharova" Maria Sacharowa), as aliases, marked as derived in the source: German articles
   * write these names so. A German label from the sources wins: the entry keeps it alone.
   */
  private static KbEntry withGermanForms(KbEntry e) {
    GermanTransliteration.Convention convention = GermanTransliteration.convention(e.country());
    if (e.type() != EntityType.PERSON || convention == null) {
      return e;
    }
    Set<String> known = new HashSet<>();
    e.namesEn().forEach(n -> known.add(NameKey.exact(n)));
    if (e.namesDe().stream().anyMatch(n -> !known.contains(NameKey.exact(n)))) {
      return e;
    }
    List<String> namesDe = new ArrayList<>(e.namesDe());
    for (String n : e.namesEn()) {
      for (String german : GermanTransliteration.german(n, convention)) {
        if (known.add(NameKey.exact(german))) {
          namesDe.add(german);
        }
      }
    }
    if (namesDe.size() == e.namesDe().size()) {
      return e;
    }
    return new KbEntry(e.id(), e.type(), e.kind(), e.actor(), e.country(), e.namesEn(), namesDe,
        e.demonymsEn(), e.demonymsDe(), e.enwiki(), e.dewiki(), e.capital(), e.offices(),
        e.source() + " ; German names derived from the English ones by GermanTransliteration");
  }

  /** The entry with the offices of the same person's officials entry added. */
  private static KbEntry withOffices(KbEntry e, KbEntry official) {
    List<Office> offices = new ArrayList<>(e.offices());
    offices.addAll(official.offices());
    return new KbEntry(e.id(), e.type(), e.kind(), e.actor(), e.country(), e.namesEn(), e.namesDe(),
        e.demonymsEn(), e.demonymsDe(), e.enwiki(), e.dewiki(), e.capital(), offices, e.source() + " ; offices as an official: " + official.source());
  }

  /** A bundled knowledge-base file; a generated one too large to keep as text is gzipped ({@code .gz}). */
  static List<KbEntry> readResource(String name) {
    try (InputStream raw = KnowledgeBase.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("bundled knowledge-base file missing: " + name);
      }
      InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      return KbFile.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void index(KbEntry e) {
    for (String n : e.namesEn()) {
      add(n, e, NameKind.NAME);
    }
    for (String n : e.namesDe()) {
      add(n, e, NameKind.NAME);
    }
    for (String n : e.demonymsEn()) {
      add(n, e, NameKind.DEMONYM);
      String plural = englishPlural(n);
      if (plural != null) {
        add(plural, e, NameKind.DEMONYM);
      }
    }
    for (String n : e.demonymsDe()) {
      add(n, e, NameKind.DEMONYM);
    }
    if (e.type() == EntityType.PERSON) {
      for (String n : e.namesEn()) {
        surname(n, e);
      }
      for (String n : e.namesDe()) {
        surname(n, e);
      }
    }
    if (!e.enwiki().isEmpty()) {
      enwiki.putIfAbsent(title(e.enwiki()), e);
    }
    if (!e.dewiki().isEmpty()) {
      dewiki.putIfAbsent(title(e.dewiki()), e);
    }
    e.offices().stream().map(o -> new OfficeKey(o.role(), o.country())).distinct()
        .forEach(k -> byOffice.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
  }

  /**
   * The plural of an English demonym that names people ("Russians", "Saudis", "Israelis"), which news
   * uses for the state as it uses "the Chinese" or "the British"; null for an adjective whose plural
   * is itself (Chinese, British, French, Swiss) or that names no one (Icelandic).
   */
  static String englishPlural(String demonym) {
    return demonym.matches(".*(sh|ch|ss|ese|ic|men|s)") ? null : demonym + "s";
  }

  private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile("\\b(bin|ibn|bint|ben)$");

  /**
   * Countries whose people English writes family name first ("Moon Jae-in", "Park Geun-hye"): the
   * first word is the surname news names them by ("Moon's government"). Chinese names are left out:
   * their few family names ("Wang") are shared by many officials the knowledge base lacks.
   */
  private static final Set<String> FAMILY_NAME_FIRST = Set.of("KOR", "PRK");

  private void surname(String name, KbEntry e) {
    String key = NameKey.exact(name);
    if (FAMILY_NAME_FIRST.contains(e.country())) {
      // the last word is part of the given name: "moon" of "Ban Ki-moon" is no surname
      int first = key.indexOf(' ');
      if (first > 3) {
        add(key.substring(0, first), e, NameKind.SURNAME);
      }
      return;
    }
    int space = key.lastIndexOf(' ');
    // Short last words ("Kim Jong Un") are no surnames to find a person by, nor is the father's
    // name after bin/ibn ("Salman" in "Mohammed bin Salman" is his father, the king).
    if (space > 0 && key.length() - space > 4 && !PATRONYMIC.matcher(key.substring(0, space)).find()) {
      add(key.substring(space + 1), e, NameKind.SURNAME);
    }
  }

  private void add(String name, KbEntry e, NameKind kind) {
    String key = NameKey.exact(name);
    if (key.isEmpty()) {
      return;
    }
    put(exact, key, new NameMatch(e, kind));
    put(folded, NameKey.folded(name), new NameMatch(e, kind));
  }

  private static void put(Map<String, List<NameMatch>> index, String key, NameMatch m) {
    List<NameMatch> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (int i = 0; i < list.size(); i++) {
      NameMatch old = list.get(i);
      if (old.entry().id().equals(m.entry().id())) {
        // A name that is both a full name and a surname counts as the stronger kind.
        if (m.kind().ordinal() < old.kind().ordinal()) {
          list.set(i, m);
        }
        return;
      }
    }
    list.add(m);
  }

  /** Wikipedia titles compare with spaces and underscores alike, first letter in any case. */
  static String title(String t) {
    String s = t.strip().replace('_', ' ');
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  List<NameMatch> byExactKey(String key) {
    return exact.getOrDefault(key, List.of());
  }

  List<NameMatch> byFoldedKey(String key) {
    return folded.getOrDefault(key, List.of());
  }

  /**
   * The entries that have this name as a label or alias (case, accents and punctuation aside); the
   * places ({@link Places}) only where no curated entry has it, as the linker reads names: "London"
   * is the capital, not also the city in Ontario.
   */
  public List<KbEntry> named(String name) {
    List<KbEntry> all = byExactKey(NameKey.exact(name)).stream()
        .filter(m -> m.kind() == NameKind.NAME)
        .map(NameMatch::entry)
        .toList();
    List<KbEntry> curated = all.stream().filter(e -> !Places.is(e)).toList();
    return curated.isEmpty() ? all : curated;
  }

  public Optional<KbEntry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The country with this ISO 3166 alpha-3 code, CAMEO code or Wikidata id. */
  public Optional<KbEntry> country(String codeOrId) {
    return Optional.ofNullable(countryByCode.get(codeOrId));
  }

  /** The entry whose Wikipedia article in {@code lang} ("en" or "de") has this title. */
  public Optional<KbEntry> byWikipediaTitle(String lang, String title) {
    return Optional.ofNullable((lang.equals("de") ? dewiki : enwiki).get(title(title)));
  }

  /**
   * The entries that held an office of this role ({@link Office#role}) for this country or
   * organisation ({@link Office#country}) on any day: who held it on a date is among them.
   */
  List<KbEntry> holding(String role, String country) {
    return byOffice.getOrDefault(new OfficeKey(role, country), List.of());
  }

  public Collection<KbEntry> entries() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }
}
