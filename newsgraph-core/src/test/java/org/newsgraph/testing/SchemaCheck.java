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

  /** Fails the test when the document does not validate; also checks the text of every segment and mention span. */
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
      return doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
