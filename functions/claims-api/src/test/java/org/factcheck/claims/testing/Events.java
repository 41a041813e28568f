package org.factcheck.claims.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API Gateway events of events/ (the files `sam local invoke -e` takes), adjusted per
 * test and handed to a handler's handleRequest as the Lambda runtime would, in process.
 */
public final class Events {
    /** events/ at the repository root; `sam build` copies only this module, and there the handler tests are skipped. */
    private static final Path DIR = Path.of(System.getProperty("events.dir", "../../events"));

    private Events() {}

    /** An event file, as a mutable map. */
    public static Event load(String file) {
        assumeTrue(
                Files.isDirectory(DIR),
                "events/ is not beside this module (a `sam build` copy): handler tests skipped");
        try {
            return new Event(JSON.std.mapFrom(Files.readString(DIR.resolve(file))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One event, changed in place by its fluent setters. */
    public record Event(Map<String, Object> map) {
        @SuppressWarnings("unchecked")
        private Map<String, Object> child(Map<String, Object> parent, String name) {
            Object value = parent.get(name);
            if (value == null) {
                value = new LinkedHashMap<String, Object>();
                parent.put(name, value);
            }
            return (Map<String, Object>) value;
        }

        /** Sets a header (single and multi-value forms); null removes it. */
        public Event header(String name, String value) {
            for (String form : List.of("headers", "multiValueHeaders")) {
                Map<String, Object> headers = child(map, form);
                headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
                if (value != null) headers.put(name, form.equals("headers") ? value : List.of(value));
            }
            return this;
        }

        /** Sets a path parameter and rewrites the paths that contain its old value. */
        public Event pathParameter(String name, String value) {
            Map<String, Object> params = child(map, "pathParameters");
            Object old = params.put(name, value);
            Map<String, Object> context = child(map, "requestContext");
            if (old != null) {
                map.put("path", ((String) map.get("path")).replace(old.toString(), value));
                context.put("path", ((String) context.get("path")).replace(old.toString(), value));
            }
            return this;
        }

        /** Replaces the query string with these parameters (name, value, name, value ...). */
        public Event query(String... nameValues) {
            Map<String, Object> single = new LinkedHashMap<>();
            Map<String, Object> multi = new LinkedHashMap<>();
            for (int i = 0; i < nameValues.length; i += 2) {
                single.put(nameValues[i], nameValues[i + 1]);
                multi.put(nameValues[i], List.of(nameValues[i + 1]));
            }
            map.put("queryStringParameters", single.isEmpty() ? null : single);
            map.put("multiValueQueryStringParameters", multi.isEmpty() ? null : multi);
            return this;
        }

        public Event body(String body) {
            map.put("body", body);
            return this;
        }

        public String body() {
            return (String) map.get("body");
        }

        /** A member of the JSON body. */
        public Object json(String member) {
            try {
                return JSON.std.mapFrom(body()).get(member);
            } catch (IOException e) {
                throw new AssertionError("the event's body is not JSON", e);
            }
        }

        /** The caller's role in the authorizer context, or no authorizer context at all with null. */
        public Event role(String role) {
            Map<String, Object> context = child(map, "requestContext");
            if (role == null) context.remove("authorizer");
            else child(context, "authorizer").put("role", role);
            return this;
        }

        /** The caller's key id (its identity) in the authorizer context. */
        public Event keyId(String keyId) {
            Map<String, Object> authorizer = child(child(map, "requestContext"), "authorizer");
            authorizer.put("keyId", keyId);
            authorizer.put("principalId", keyId);
            return this;
        }

        public Response sendTo(RequestStreamHandler handler) {
            return Response.of(invoke(handler, this));
        }
    }

    /** A handler's answer, headers looked up case-insensitively. */
    public record Response(int status, Map<String, String> headers, String body) {
        @SuppressWarnings("unchecked")
        static Response of(String output) {
            try {
                Map<String, Object> event = JSON.std.mapFrom(output);
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                Map<String, Object> raw = (Map<String, Object>) event.get("headers");
                if (raw != null) raw.forEach((k, v) -> headers.put(k, String.valueOf(v)));
                return new Response(((Number) event.get("statusCode")).intValue(), headers, (String) event.get("body"));
            } catch (IOException e) {
                throw new AssertionError("not a proxy response: " + output, e);
            }
        }

        public String header(String name) {
            return headers.get(name);
        }

        public Map<String, Object> json() {
            try {
                return JSON.std.mapFrom(body);
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + body, e);
            }
        }

        /** Asserts an RFC 9457 problem of this status and type (the last segment of its URI); returns its body. */
        public Map<String, Object> problem(int expectedStatus, String type) {
            assertEquals(expectedStatus, status, body);
            assertEquals("application/problem+json", header("Content-Type"));
            Map<String, Object> problem = json();
            assertEquals(expectedStatus, ((Number) problem.get("status")).intValue());
            String uri = String.valueOf(problem.get("type"));
            assertEquals(type, uri.substring(uri.lastIndexOf('/') + 1), body);
            return problem;
        }
    }

    /** Runs a handler on an event, as the runtime would; the handler's log lines go nowhere. */
    public static String invoke(RequestStreamHandler handler, Event event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.std.asBytes(event.map())), out, TestContext.quiet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
