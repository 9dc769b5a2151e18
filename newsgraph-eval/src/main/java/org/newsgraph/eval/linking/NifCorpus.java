package org.newsgraph.eval.linking;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.read.BadInputException;

/**
 * An entity-linking gold corpus in NIF Turtle, as the N3 collection publishes it: documents
 * ({@code nif:isString}) and their mentions ({@code nif:anchorOf}, {@code nif:beginIndex}, {@code
 * nif:endIndex}, {@code nif:referenceContext}) with the resource each links to ({@code
 * itsrdf:taIdentRef}, a DBpedia URI, or a {@code notInWiki} URI for things Wikipedia lacks).
 */
public final class NifCorpus {
  private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  private static final String ITS = "http://www.w3.org/2005/11/its/rdf#";

  /** One gold mention: offsets into its document's text, and the Wikipedia title it links to. */
  public record GoldMention(int start, int end, String text, String wikiLang, String wikiTitle) {
    /** Whether the gold says the mention names something Wikipedia has. */
    public boolean linked() {
      return wikiTitle != null;
    }
  }

  /** One document and its gold mentions in text order. */
  public record Document(String uri, String text, List<GoldMention> mentions) {}

  private NifCorpus() {}

  public static List<Document> read(Path ttl) throws IOException, BadInputException {
    Model model;
    try (InputStream in = Files.newInputStream(ttl)) {
      model = Rio.parse(in, "", RDFFormat.TURTLE);
    } catch (RDFParseException e) {
      throw new BadInputException(ttl.toString(), "not NIF Turtle: " + e.getMessage());
    }
    Map<Resource, String> texts = new HashMap<>();
    Map<Resource, Map<String, Value>> props = new HashMap<>();
    for (Statement s : model) {
      String p = s.getPredicate().stringValue();
      if (p.equals(NIF + "isString")) {
        texts.put(s.getSubject(), s.getObject().stringValue());
      } else if (p.startsWith(NIF) || p.startsWith(ITS)) {
        props.computeIfAbsent(s.getSubject(), k -> new HashMap<>()).put(p, s.getObject());
      }
    }
    Map<Resource, List<GoldMention>> byDoc = new HashMap<>();
    for (Map.Entry<Resource, Map<String, Value>> e : props.entrySet()) {
      Map<String, Value> m = e.getValue();
      Value context = m.get(NIF + "referenceContext");
      Value anchor = m.get(NIF + "anchorOf");
      if (context == null || anchor == null || !(context instanceof Resource)) {
        continue;
      }
      Value ref = m.get(ITS + "taIdentRef");
      String[] link = ref == null ? null : wikiTitle(ref.stringValue());
      byDoc.computeIfAbsent((Resource) context, k -> new ArrayList<>())
          .add(
              new GoldMention(
                  ((Literal) m.get(NIF + "beginIndex")).intValue(),
                  ((Literal) m.get(NIF + "endIndex")).intValue(),
                  anchor.stringValue(),
                  link == null ? null : link[0],
                  link == null ? null : link[1]));
    }
    List<Document> docs = new ArrayList<>();
    for (Map.Entry<Resource, String> t : texts.entrySet()) {
      List<GoldMention> ms = byDoc.getOrDefault(t.getKey(), new ArrayList<>());
      ms.sort(Comparator.comparingInt(GoldMention::start));
      docs.add(new Document(t.getKey().stringValue(), t.getValue(), List.copyOf(ms)));
    }
    docs.sort(Comparator.comparing(Document::uri));
    return docs;
  }

  /** {lang, title} of a DBpedia resource URI; null for anything else (notInWiki). */
  static String[] wikiTitle(String uri) {
    for (String[] prefix :
        new String[][] {
          {"http://dbpedia.org/resource/", "en"}, {"http://de.dbpedia.org/resource/", "de"}
        }) {
      if (uri.startsWith(prefix[0])) {
        String name = uri.substring(prefix[0].length());
        if (name.contains("%")) {
          name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return new String[] {prefix[1], name.replace('_', ' ')};
      }
    }
    return null;
  }
}
