package org.newsgraph.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PETRARCH2's coder unit tests ({@code PETR.UnitTest.records.xml}): sentences with the events the
 * coder must produce, exactly (source, target and full event code), or none.
 */
public final class PetrarchUnitTests {
  /** An expected event, with full codes. */
  public record Coded(String source, String target, String code) {
    @Override
    public String toString() {
      return source + " " + target + " " + code;
    }
  }

  /** One record; {@code expected} is empty for a record that expects no events. */
  public record Record(String id, String category, String date, String text, Set<Coded> expected) {}

  private PetrarchUnitTests() {}

  public static List<Record> read(Path file) throws IOException {
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(file + ": not a PETRARCH unit-test file: " + e.getMessage(), e);
    }
    List<Record> out = new ArrayList<>();
    NodeList sentences = doc.getElementsByTagName("Sentence");
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      NodeList texts = s.getElementsByTagName("Text");
      if (texts.getLength() == 0) {
        continue;
      }
      Set<Coded> expected = new LinkedHashSet<>();
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("eventcode")) {
          expected.add(new Coded(c.getAttribute("sourcecode"), c.getAttribute("targetcode"), c.getAttribute("eventcode")));
        }
      }
      String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
      out.add(new Record(s.getAttribute("id"), s.getAttribute("category"), s.getAttribute("date"), text, Set.copyOf(expected)));
    }
    return out;
  }
}
