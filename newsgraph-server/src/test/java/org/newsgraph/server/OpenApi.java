package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * Checks real responses against the served OpenAPI file: the operation must document the status,
 * and the body must validate against the schema given for it (JSON Schema 2020-12, as OpenAPI 3.1
 * uses it).
 */
final class OpenApi {
  private static final String FILE = "org/newsgraph/server/openapi.json";
  private static final JsonNode SPEC = load();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private OpenApi() {}

  private static JsonNode load() {
    try (var in = OpenApi.class.getClassLoader().getResourceAsStream(FILE)) {
      return TestCollection.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates the response of {@code method template} (a path as the spec writes it) and returns its JSON. */
  static JsonNode check(String method, String template, HttpResponse<String> response) throws IOException {
    JsonNode operation = SPEC.path("paths").path(template).path(method.toLowerCase());
    assertTrue(operation.isObject(), "the OpenAPI file has no " + method + " " + template);
    String status = String.valueOf(response.statusCode());
    JsonNode documented = operation.path("responses").path(status);
    assertTrue(documented.isObject(), method + " " + template + " answered " + status + ", which the OpenAPI file does not document: " + response.body());
    if (documented.has("$ref")) {
      String ref = documented.get("$ref").asText();
      documented = SPEC.at(ref.substring(1));
    }
    JsonNode schemaNode = documented.path("content").path("application/json").path("schema");
    assertTrue(schemaNode.has("$ref"), "no JSON schema for " + status + " of " + method + " " + template);
    String pointer = schemaNode.get("$ref").asText();
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "not JSON: " + response.headers());
    JsonNode body = TestCollection.JSON.readTree(response.body());
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + FILE + pointer));
    Set<ValidationMessage> errors = schema.validate(body);
    assertEquals(Set.of(), errors, method + " " + template + " " + status + " does not match " + pointer + ": " + abbreviate(response.body()));
    return body;
  }

  private static String abbreviate(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
  }
}
