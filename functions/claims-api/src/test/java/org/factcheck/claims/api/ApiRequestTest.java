package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Caller;
import org.factcheck.claims.testing.Events;
import org.junit.jupiter.api.Test;

/** What a handler sees of an API Gateway proxy event. */
class ApiRequestTest {
    @Test
    void readsTheEventFileAsAHandlerSeesIt() {
        ApiRequest r = ApiRequest.fromEvent(Events.load("get-verdicts.json").map());
        assertEquals("GET", r.method());
        assertEquals("/claims/{claimId}/verdicts", r.resource());
        assertEquals("01H6B3K9M2Q7R4S8T0V5W1X3Y6", r.pathParameter("claimId"));
        assertEquals("5", r.queryParameter("limit"));
        assertNull(r.queryParameter("cursor"));
        assertEquals("application/json", r.header("accept"), "headers are case-insensitive");
        assertEquals(
                "/v1/claims/01H6B3K9M2Q7R4S8T0V5W1X3Y6/verdicts", r.fullPath(), "with the stage, so links resolve");
        assertEquals("c6af9ac6-7b61-11e6-9a41-93e8deadbeef", r.requestId());
        assertEquals("01H6B3K9M2Q7R4S8T0V5W1X3Y7", r.principal());
        assertEquals(new Caller("01H6B3K9M2Q7R4S8T0V5W1X3Y7", "events-factchecker"), r.caller());
        assertTrue(r.bodyIsValidUtf8());
    }

    @Test
    void multiValueParametersWinOverSingleOnes() {
        Map<String, Object> event = new HashMap<>(Map.of(
                "httpMethod",
                "get",
                "path",
                "/claims",
                "queryStringParameters",
                Map.of("status", "RATED"),
                "multiValueQueryStringParameters",
                Map.of("status", List.of("RATED", "IN_REVIEW"))));
        ApiRequest r = ApiRequest.fromEvent(event);
        assertEquals("GET", r.method());
        assertEquals(List.of("RATED", "IN_REVIEW"), r.query().get("status"));
        assertEquals("/claims", r.fullPath(), "the path, without a request context");
        event.remove("multiValueQueryStringParameters");
        assertEquals(List.of("RATED"), ApiRequest.fromEvent(event).query().get("status"));
    }

    @Test
    void aBase64BodyIsDecodedAndInvalidUtf8Flagged() {
        Map<String, Object> event = new HashMap<>(Map.of(
                "httpMethod",
                "POST",
                "isBase64Encoded",
                true,
                "body",
                Base64.getEncoder().encodeToString("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8))));
        ApiRequest r = ApiRequest.fromEvent(event);
        assertEquals("{\"a\":\"é\"}", r.body());
        assertTrue(r.bodyIsValidUtf8());
        event.put("body", Base64.getEncoder().encodeToString(new byte[] {'"', (byte) 0xC3, '"'}));
        assertFalse(ApiRequest.fromEvent(event).bodyIsValidUtf8());
        event.put("body", "not base64 !");
        assertFalse(ApiRequest.fromEvent(event).bodyIsValidUtf8());
    }

    @Test
    void withoutAuthorizerContextThereIsNoIdentityAndTheOwnerFallsBackToTheKeyId() {
        ApiRequest anonymous =
                ApiRequest.fromEvent(Events.load("get-claim.json").role(null).map());
        assertEquals(Map.of(), anonymous.authorizer());
        Map<String, Object> event = Events.load("get-claim.json").map();
        @SuppressWarnings("unchecked")
        Map<String, Object> authorizer =
                (Map<String, Object>) ((Map<String, Object>) event.get("requestContext")).get("authorizer");
        authorizer.remove("owner");
        assertEquals(
                new Caller("01H6B3K9M2Q7R4S8T0V5W1X3Y7", "01H6B3K9M2Q7R4S8T0V5W1X3Y7"),
                ApiRequest.fromEvent(event).caller());
    }
}
