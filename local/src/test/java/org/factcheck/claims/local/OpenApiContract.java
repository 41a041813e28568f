package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Checks a real response against openapi.yaml: the status is documented and the body fits its schema. */
final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SPEC = read();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApiContract() {}

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(TestEnvironment.ROOT.resolve("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void check(String method, String resource, HandlerClient.Response response) {
        String where = method + " " + resource + " → " + response.status();
        JsonNode operation = SPEC.path("paths").path(resource).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) throw new AssertionError("openapi.yaml has no operation " + method + " " + resource);
        JsonNode documented = resolve(operation.path("responses").path(Integer.toString(response.status())));
        if (documented.isMissingNode()) throw new AssertionError("openapi.yaml does not document " + where + ": " + response.body());
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (response.body() != null && !response.body().isEmpty()) throw new AssertionError(where + " has a body openapi.yaml does not describe");
            return;
        }
        String mediaType = String.valueOf(response.header("Content-Type")).split(";")[0].strip();
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) throw new AssertionError(where + " answered " + mediaType + ", documented: " + content.fieldNames().next());
        JsonSchema schema = SCHEMAS.computeIfAbsent(method + resource + response.status() + mediaType, k -> compile(media.path("schema")));
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(where + " body is not JSON: " + response.body());
        }
        Set<ValidationMessage> errors = schema.validate(body);
        if (!errors.isEmpty()) throw new AssertionError(where + " does not match openapi.yaml: " + errors + "\n" + response.body());
    }

    /** A schema that can follow "#/components/..." references: the components travel with it. */
    private static JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", SPEC.path("components"));
        return FACTORY.getSchema(root);
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (!ref.isTextual()) return node;
        JsonNode target = SPEC;
        for (String part : ref.asText().substring(2).split("/")) target = target.path(part);
        return target;
    }
}
