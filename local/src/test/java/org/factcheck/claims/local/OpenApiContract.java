package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a real response against openapi.yaml: the status is documented, the headers the
 * operation declares for it are there when required and fit their schemas, and the body
 * fits its schema, `format` included (date-time, uri, date are assertions here, not notes).
 */
final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SPEC = read();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Draft 2020-12 makes `format` an annotation by default: "not a date" would pass as a date-time. */
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Router ROUTER = new Router(TestEnvironment.TEMPLATE.routes());
    /** Every response header openapi.yaml declares somewhere: one of these sent where it is not declared is a defect. */
    private static final Set<String> API_HEADERS = declaredHeaders();

    private OpenApiContract() {}

    private static JsonNode read() {
        try {
            return new YAMLMapper()
                    .readTree(TestEnvironment.ROOT.resolve("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void check(String method, String resource, HandlerClient.Response response) {
        check(method, resource, response.status(), response.headers(), response.body());
    }

    /** A response of the development server over HTTP: its route found as API Gateway finds it. */
    static void check(HttpResponse<String> response) {
        String method = response.request().method();
        String path = response.request().uri().getRawPath();
        Router.Match match = ROUTER.match(method, path);
        if (match == null) throw new AssertionError("template.yaml has no route for " + method + " " + path);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        check(method, match.route().path(), response.statusCode(), headers, response.body());
    }

    /** {@code headers} must look names up case-insensitively, as HTTP does. */
    static void check(String method, String resource, int status, Map<String, String> headers, String body) {
        String where = method + " " + resource + " → " + status;
        JsonNode operation = SPEC.path("paths").path(resource).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode())
            throw new AssertionError("openapi.yaml has no operation " + method + " " + resource);
        JsonNode documented = resolve(operation.path("responses").path(Integer.toString(status)));
        if (documented.isMissingNode())
            throw new AssertionError("openapi.yaml does not document " + where + ": " + body);
        checkHeaders(where, method + resource + status, documented.path("headers"), headers);
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body != null && !body.isEmpty())
                throw new AssertionError(where + " has a body openapi.yaml does not describe");
            return;
        }
        String mediaType =
                String.valueOf(headers.get("Content-Type")).split(";")[0].strip();
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode())
            throw new AssertionError(where + " answered " + mediaType + ", documented: "
                    + content.fieldNames().next());
        JsonSchema schema =
                SCHEMAS.computeIfAbsent(method + resource + status + mediaType, k -> compile(media.path("schema")));
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(where + " body is not JSON: " + body);
        }
        Set<ValidationMessage> errors = schema.validate(parsed);
        if (!errors.isEmpty())
            throw new AssertionError(where + " does not match openapi.yaml: " + errors + "\n" + body);
    }

    private static Set<String> declaredHeaders() {
        Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<JsonNode> responses = new java.util.ArrayList<>();
        SPEC.path("paths")
                .forEach(path ->
                        path.forEach(operation -> operation.path("responses").forEach(responses::add)));
        SPEC.path("components").path("responses").forEach(responses::add);
        responses.forEach(r -> r.path("headers").fieldNames().forEachRemaining(names::add));
        return names;
    }

    /**
     * Required headers present; every declared header that is present fits its schema; no
     * header the API declares elsewhere is sent where this response does not declare it.
     */
    private static void checkHeaders(String where, String key, JsonNode declared, Map<String, String> headers) {
        for (String name : headers.keySet()) {
            if (API_HEADERS.contains(name) && !hasField(declared, name)) {
                throw new AssertionError(where + " sends " + name + ", which openapi.yaml does not declare for it");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = declared.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode header = resolve(entry.getValue());
            String value = headers.get(name);
            if (value == null) {
                if (header.path("required").asBoolean(false))
                    throw new AssertionError(where + " lacks the required header " + name);
                continue;
            }
            JsonNode schemaNode = header.path("schema");
            JsonSchema schema = SCHEMAS.computeIfAbsent(key + " header " + name, k -> compile(schemaNode));
            Set<ValidationMessage> errors = schema.validate(headerValue(value, resolve(schemaNode)));
            if (!errors.isEmpty())
                throw new AssertionError(
                        where + " header " + name + ": " + value + " does not match openapi.yaml: " + errors);
        }
    }

    private static boolean hasField(JsonNode object, String name) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); )
            if (it.next().equalsIgnoreCase(name)) return true;
        return false;
    }

    /** A header is text; a schema of type integer or number reads it as a number (OpenAPI's simple style). */
    private static JsonNode headerValue(String value, JsonNode schema) {
        String type = schema.path("type").asText("");
        if (type.equals("integer") || type.equals("number")) {
            try {
                return JSON.readTree(value.strip()).isNumber()
                        ? JSON.readTree(value.strip())
                        : JSON.getNodeFactory().textNode(value);
            } catch (IOException e) {
                return JSON.getNodeFactory().textNode(value);
            }
        }
        return JSON.getNodeFactory().textNode(value);
    }

    /** A schema that can follow "#/components/..." references: the components travel with it. */
    private static JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", SPEC.path("components"));
        return FACTORY.getSchema(root, CONFIG);
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (!ref.isTextual()) return node;
        JsonNode target = SPEC;
        for (String part : ref.asText().substring(2).split("/")) target = target.path(part);
        return target;
    }
}
