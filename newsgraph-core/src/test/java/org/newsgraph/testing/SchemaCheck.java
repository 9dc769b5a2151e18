package org.newsgraph.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.newsgraph.json.ArticleJson;

/** Validates newsgraph/1 JSON against the published JSON Schema; every test output goes through it. */
public final class SchemaCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private SchemaCheck() {}

  private static JsonSchema load() {
    try (InputStream in = ArticleJson.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertSpan(String text, JsonNode s, String what) {
    int start = s.get("start").asInt();
    int end = s.get("end").asInt();
    assertTrue(start <= end && end <= text.length(), what + " out of range: " + s);
    assertTrue(text.substring(start, end).equals(s.get("text").asText()), what + " text differs from its span: " + s);
  }

  /**
   * Fails the test when the document does not validate; also checks the text of every segment,
   * mention, quote and event span, and that every speaker's and actor's entity is one of the article's entities.
   */
  public static JsonNode assertValid(String json) {
    try {
      JsonNode doc = MAPPER.readTree(json);
      Set<ValidationMessage> errors = SCHEMA.validate(doc);
      assertTrue(errors.isEmpty(), () -> "newsgraph/1 schema violations: " + errors + "\nin " + json);
      String text = doc.get("text").asText();
      for (JsonNode s : doc.get("segments")) {
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        assertTrue(start <= end && end <= text.length(), "segment out of range: " + s);
        assertTrue(text.substring(start, end).equals(s.get("text").asText()), "segment text differs from its span: " + s);
      }
      JsonNode entities = doc.get("entities");
      if (entities != null) {
        for (JsonNode e : entities) {
          for (JsonNode m : e.get("mentions")) {
            int start = m.get("start").asInt();
            int end = m.get("end").asInt();
            assertTrue(start < end && end <= text.length(), "mention out of range: " + m);
            assertTrue(text.substring(start, end).equals(m.get("text").asText()), "mention text differs from its span: " + m);
          }
        }
      }
      if (doc.has("quotes")) {
        for (JsonNode q : doc.get("quotes")) {
          assertSpan(text, q, "quote");
          for (JsonNode p : q.get("parts")) {
            assertSpan(text, p, "quote part");
          }
          if (!q.get("cue").isNull()) {
            int cs = q.get("cueStart").asInt();
            int ce = q.get("cueEnd").asInt();
            assertTrue(cs <= ce && ce <= text.length() && text.substring(cs, ce).equals(q.get("cue").asText()), "cue differs from its span: " + q);
          }
          JsonNode sp = q.get("speaker");
          if (!sp.isNull()) {
            assertSpan(text, sp, "speaker");
            if (!sp.get("antecedent").isNull()) {
              assertSpan(text, sp.get("antecedent"), "antecedent");
            }
            if (!sp.get("entity").isNull()) {
              boolean known = false;
              if (entities != null) {
                for (JsonNode e : entities) {
                  known |= e.get("id").asText().equals(sp.get("entity").asText());
                }
              }
              assertTrue(known, "speaker entity not among the entities: " + q);
            }
          }
        }
      }
      if (doc.has("events")) {
        for (JsonNode ev : doc.get("events")) {
          assertSpan(text, ev, "event");
          if (!ev.get("cue").isNull()) {
            int cs = ev.get("cueStart").asInt();
            int ce = ev.get("cueEnd").asInt();
            assertTrue(cs <= ce && ce <= text.length() && text.substring(cs, ce).equals(ev.get("cue").asText()), "event cue differs from its span: " + ev);
          }
          for (String role : new String[] {"sourceEntity", "targetEntity"}) {
            if (!ev.get(role).isNull()) {
              boolean known = false;
              if (entities != null) {
                for (JsonNode e : entities) {
                  known |= e.get("id").asText().equals(ev.get(role).asText());
                }
              }
              assertTrue(known, role + " not among the entities: " + ev);
            }
          }
        }
      }
      if (doc.has("facts")) {
        for (JsonNode f : doc.get("facts")) {
          if (!f.get("contradiction").isNull()) {
            assertSpan(text, f.get("contradiction"), "fact contradiction");
          }
        }
      }
      return doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
