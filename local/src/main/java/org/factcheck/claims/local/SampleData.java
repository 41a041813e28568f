package org.factcheck.claims.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads samplerequests/ through the running API, as a client would: the article with
 * POST /articles, then for each verdict: PATCH to IN_REVIEW, then POST /claims/{id}/verdicts,
 * each with If-Match.
 * Loading twice changes nothing: claims are linked, verdicts on rated claims are skipped.
 */
final class SampleData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    SampleData(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** Returns a one-line summary of what was loaded. */
    String load(Path samples) throws IOException, InterruptedException {
        Path articleFile = samples.resolve("article.json");
        if (!Files.exists(articleFile)) return "no sample data in " + samples;
        JsonNode article = JSON.readTree(articleFile.toFile());
        HttpResponse<String> imported = send("POST", "/articles", Files.readString(articleFile), null);
        if (imported.statusCode() != 201 && imported.statusCode() != 200) {
            throw new IllegalStateException(
                    "importing " + articleFile + " failed: " + imported.statusCode() + " " + imported.body());
        }
        Map<String, String> idByClaim = new HashMap<>();
        JsonNode results = JSON.readTree(imported.body()).get("claims");
        for (JsonNode result : results) {
            JsonNode claim = article.get("claims").get(result.get("index").asInt());
            idByClaim.put(
                    claim.get("speaker").get("name").asText() + "\n"
                            + claim.get("statement").asText(),
                    result.get("id").asText());
        }

        int published = 0;
        List<Path> verdictFiles;
        try (Stream<Path> list = Files.list(samples.resolve("verdicts"))) {
            verdictFiles =
                    list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : verdictFiles) {
            JsonNode sample = JSON.readTree(file.toFile());
            JsonNode claim = sample.get("claim");
            String id = idByClaim.get(claim.get("speaker").asText() + "\n"
                    + claim.get("statement").asText());
            if (id == null) throw new IllegalStateException(file + " names a claim that is not in " + articleFile);
            HttpResponse<String> current = send("GET", "/claims/" + id, null, null);
            if (!JSON.readTree(current.body()).get("verdict").isNull()) continue;
            String etag = current.headers().firstValue("ETag").orElseThrow();
            if (JSON.readTree(current.body()).get("status").asText().equals("UNVERIFIED")) {
                HttpResponse<String> review = send("PATCH", "/claims/" + id, "{\"status\":\"IN_REVIEW\"}", etag);
                if (review.statusCode() != 200)
                    throw new IllegalStateException("reviewing " + id + " failed: " + review.body());
                etag = review.headers().firstValue("ETag").orElseThrow();
            }
            HttpResponse<String> verdict =
                    send("POST", "/claims/" + id + "/verdicts", JSON.writeValueAsString(sample.get("verdict")), etag);
            if (verdict.statusCode() != 201) {
                throw new IllegalStateException(
                        "publishing " + file + " failed: " + verdict.statusCode() + " " + verdict.body());
            }
            published++;
        }
        return "Loaded " + results.size() + " sample claims from " + articleFile.getFileName() + " and published "
                + published + " verdict(s)";
    }

    private HttpResponse<String> send(String method, String path, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        if (ifMatch != null) request.header("If-Match", ifMatch);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
