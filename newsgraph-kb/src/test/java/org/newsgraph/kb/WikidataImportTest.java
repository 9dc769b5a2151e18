package org.newsgraph.kb;

import org.newsgraph.model.EntityType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataImportTest {
  @TempDir Path dir;

  /** Three entities as Wikimedia's dumps write them: one a line inside [ ], commas after. */
  static final String DUMP =
      """
      [
      {"type":"item","id":"Q900001","labels":{"en":{"language":"en","value":"Fjodor Testow"},"de":{"language":"de","value":"Fjodor Testow"}},"aliases":{"en":[{"language":"en","value":"Fyodor Testov"}]},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}],"P27":[{"mainsnak":{"snaktype":"value","property":"P27","datavalue":{"value":{"entity-type":"item","numeric-id":159,"id":"Q159"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}],"P39":[{"mainsnak":{"snaktype":"value","property":"P39","datavalue":{"value":{"entity-type":"item","numeric-id":900009,"id":"Q900009"},"type":"wikibase-entityid"}},"type":"statement","qualifiers":{"P580":[{"snaktype":"value","property":"P580","datavalue":{"value":{"time":"+2012-05-07T00:00:00Z","timezone":0,"before":0,"after":0,"precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"}}],"P582":[{"snaktype":"value","property":"P582","datavalue":{"value":{"time":"+2018-00-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"}}]},"rank":"normal"}]},"sitelinks":{"enwiki":{"site":"enwiki","title":"Fyodor Testov","badges":[]},"dewiki":{"site":"dewiki","title":"Fjodor Testow","badges":[]}}},
      {"type":"item","id":"Q900002","labels":{"en":{"language":"en","value":"a painting"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":3305213,"id":"Q3305213"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}]},"sitelinks":{}},
      {"type":"item","id":"Q900003","labels":{"de":{"language":"de","value":"Testhausen"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":515,"id":"Q515"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}],"P17":[{"mainsnak":{"snaktype":"value","property":"P17","datavalue":{"value":{"entity-type":"item","numeric-id":183,"id":"Q183"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}]},"sitelinks":{"dewiki":{"site":"dewiki","title":"Testhausen","badges":[]}}}
      ]
      """;

  private List<KbEntry> importAndRead(Path dump) throws IOException {
    Path out = dir.resolve("kb.tsv");
    try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      WikidataImport.Counts counts = WikidataImport.run(dump, w);
      assertEquals(new WikidataImport.Counts(3, 2), counts);
    }
    try (BufferedReader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      return KbFile.read(in, out.toString());
    }
  }

  private void checkEntries(List<KbEntry> entries) {
    assertEquals(2, entries.size());
    KbEntry person = entries.get(0);
    assertEquals("Q900001", person.id());
    assertEquals(EntityType.PERSON, person.type());
    assertEquals(List.of("Fjodor Testow", "Fyodor Testov"), person.namesEn());
    assertEquals("Q159", person.country());
    assertEquals("Fyodor Testov", person.enwiki());
    assertEquals("Fjodor Testow", person.dewiki());
    assertEquals(
        List.of(new Office("Q900009", "", LocalDate.of(2012, 5, 7), LocalDate.of(2018, 1, 1), null, null)),
        person.offices());
    KbEntry city = entries.get(1);
    assertEquals("city", city.kind());
    assertEquals(List.of(), city.namesEn());
    assertEquals(List.of("Testhausen"), city.namesDe());
    assertEquals("Q183", city.country());
  }

  @Test
  void importsPlainGzipAndBzip2DumpsAlike() throws IOException {
    Path plain = dir.resolve("dump.json");
    Files.writeString(plain, DUMP, StandardCharsets.UTF_8);
    checkEntries(importAndRead(plain));

    Path gz = dir.resolve("dump.json.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(DUMP.getBytes(StandardCharsets.UTF_8));
    }
    checkEntries(importAndRead(gz));

    Path bz2 = dir.resolve("dump.json.bz2");
    try (OutputStream o = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
      o.write(DUMP.getBytes(StandardCharsets.UTF_8));
    }
    checkEntries(importAndRead(bz2));
  }

  @Test
  void importedEntriesAreLinkedBesideTheBundledOnes() throws IOException {
    Path plain = dir.resolve("dump.json");
    Files.writeString(plain, DUMP, StandardCharsets.UTF_8);
    Path out = dir.resolve("kb.tsv");
    try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      WikidataImport.run(plain, w);
    }
    KnowledgeBase kb = KnowledgeBase.bundled().with(out);
    assertEquals(KnowledgeBase.bundled().size() + 2, kb.size());
    Linker linker = new Linker(kb);
    ArticleContext article = new ArticleContext("Fjodor Testow kam nach Testhausen.", List.of("Fjodor Testow", "Testhausen"), null, "de");
    // A Russian citizen: his actor comes from the bundled country.
    assertEquals(new Link("Q900001", "RUS"), linker.link(new MentionQuery("Fyodor Testov", EntityType.PERSON, 0, 13), article));
    assertEquals(new Link("Q900003", "DEU"), linker.link(new MentionQuery("Testhausen", EntityType.LOCATION, 23, 33), article));
    assertEquals("Q159", linker.link(new MentionQuery("Russia", EntityType.LOCATION, 0, 0), article).id());
  }

  @Test
  void memoryStaysFlatOnADumpLargerThanTheHeap() throws Exception {
    String entity = DUMP.lines().filter(l -> l.startsWith("{\"type\":\"item\",\"id\":\"Q900001\"")).findFirst().orElseThrow().replaceAll(",$", "");
    Path big = dir.resolve("big.json.gz");
    int n = 40_000; // about 80 MB of JSON, more than twice the heap the import gets below
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(big))) {
      o.write("[\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < n; i++) {
        o.write((entity.replace("Q900001", "Q" + (1_000_000 + i)) + (i + 1 < n ? ",\n" : "\n")).getBytes(StandardCharsets.UTF_8));
      }
      o.write("]\n".getBytes(StandardCharsets.UTF_8));
    }
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                SmallHeapImport.class.getName(),
                big.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), output);
    assertEquals(n + " " + n, output);
  }

  @Test
  void aBrokenDumpIsAnError() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[\n{\"id\":\"Q1\",\"labels\":\n", StandardCharsets.UTF_8);
    assertThrows(JsonProcessingException.class, () -> WikidataImport.run(bad, new StringWriter()));
  }
}
