package org.factcheck.claims.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/** Requests to a development server over HTTP, and what end-to-end tests check them with. */
final class DevServerCalls {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DevServerCalls() {}

    /** A request with a bearer key; a body is sent as application/json unless the headers say otherwise. */
    static HttpResponse<String> send(
            DevServer server, String method, String path, String key, Map<String, String> headers, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + key)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && !headers.containsKey("Content-Type")) request.header("Content-Type", "application/json");
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with a bearer key, its response checked against openapi.yaml. */
    static HttpResponse<String> get(DevServer server, String path, String key) throws Exception {
        HttpResponse<String> response = send(server, "GET", path, key, Map.of(), null);
        OpenApiContract.check(response);
        return response;
    }

    /** The response as {@link OpenApiContract} takes it. */
    static HandlerClient.Response response(HttpResponse<String> r) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.headers().map().forEach((k, v) -> headers.put(k, v.getFirst()));
        return new HandlerClient.Response(r.statusCode(), headers, r.body());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> r) throws Exception {
        return HandlerClient.JSON.readValue(r.body(), Map.class);
    }

    /** Every item of the test table, keyed by pk and sk: Scan is for tests only. */
    static Map<String, String> tableDump() {
        Map<String, String> items = new TreeMap<>();
        FaultProxy.SCANNER
                .scanPaginator(r -> r.tableName(TestEnvironment.TABLE).consistentRead(true))
                .items()
                .forEach(item ->
                        items.put(item.get("pk").s() + " " + item.get("sk").s(), new TreeMap<>(item).toString()));
        return items;
    }
}
