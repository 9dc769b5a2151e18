package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  private List<SourceRecord> read(ArticleSource s) throws Exception {
    List<SourceRecord> out = new ArrayList<>();
    s.read(0, out::add);
    return out;
  }

  @Test
  void expandsFilesFoldersAndGlobsAndReportsMissingInputs() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), "Harbour reopens after storm.");
    Files.writeString(dir.resolve("a/b/two.jsonl"), "{\"text\": \"x\"}\n");
    Files.writeString(dir.resolve("a/b/image.png"), "not news");
    Files.writeString(dir.resolve("notes"), "A file without an extension, named explicitly.");
    Inputs inputs = Inputs.standard(FieldMapping.DEFAULT, 1 << 20, List.of());
    Inputs.Expansion folder = inputs.expand(List.of(dir.resolve("a").toString()));
    assertEquals(2, folder.sources().size());
    assertEquals(1, folder.skipped(), "the image in the folder is skipped");
    Inputs.Expansion glob = inputs.expand(List.of(dir + "/a/**.jsonl", dir.resolve("notes").toString(), dir + "/missing.txt"));
    assertEquals(2, glob.sources().size());
    assertEquals(1, glob.rejected().size());
    assertEquals("no such file", glob.rejected().get(0).rejectReason());
    assertTrue(glob.sources().get(0) instanceof JsonLinesSource);
    assertTrue(glob.sources().get(1) instanceof TextFileSource);
  }

  @Test
  void jsonLinesMapsFieldsRejectsBadRecordsAndResumesAtAPosition() throws Exception {
    Path f = dir.resolve("n.jsonl");
    Files.writeString(
        f,
        "{\"text\": \"Body one.\", \"title\": \"One\", \"date\": \"2016-03-01\", \"url\": \"u1\", \"source\": \"Daily\", \"authors\": \"A B, C D\"}\n"
            + "\n"
            + "not json\n"
            + "{\"title\": \"no text\"}\n"
            + "{\"body\": \"Body five.\", \"published_at\": \"2017\"}\n");
    JsonLinesSource s = new JsonLinesSource(f, FieldMapping.DEFAULT, 1 << 20);
    assertEquals(4, s.count());
    List<SourceRecord> all = read(s);
    assertEquals(List.of(0L, 2L, 3L, 4L), all.stream().map(SourceRecord::position).toList());
    var one = all.get(0).article();
    assertEquals("One", one.title());
    assertEquals("2016-03-01", one.published());
    assertEquals("Daily", one.credit().outlet());
    assertEquals(List.of("A B", "C D"), one.credit().authors());
    assertTrue(all.get(1).rejectReason().startsWith("not valid JSON"));
    assertEquals("no text in field 'text'", all.get(2).rejectReason());
    JsonLinesSource mapped = new JsonLinesSource(f, FieldMapping.DEFAULT.with(Map.of("text", "body", "date", "published_at")), 1 << 20);
    List<SourceRecord> from4 = new ArrayList<>();
    mapped.read(4, from4::add);
    assertEquals(1, from4.size());
    assertEquals("Body five.", from4.get(0).article().text());
    assertEquals("2017", from4.get(0).article().published());
    assertNotEquals(s.key(), mapped.key(), "another mapping is another input for the journal");
  }
}
