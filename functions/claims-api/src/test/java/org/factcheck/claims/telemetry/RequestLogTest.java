package org.factcheck.claims.telemetry;

import static org.factcheck.claims.telemetry.CapturingLogger.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void requestLineHoldsExactlyTheOperatorsFields() {
        Map<String, Object> line =
                parse(RequestLog.requestLine("POST /claims", 201, 37, "01JKEYID", true, "api-req-1"));
        // A fixed set of members: nothing from headers or bodies can slip in.
        assertEquals(
                Set.of("type", "route", "status", "latencyMs", "keyId", "replayed", "apiRequestId"), line.keySet());
        assertEquals("request", line.get("type"));
        assertEquals("POST /claims", line.get("route"));
        assertEquals(201, ((Number) line.get("status")).intValue());
        assertEquals(37, ((Number) line.get("latencyMs")).intValue());
        assertEquals("01JKEYID", line.get("keyId"));
        assertEquals(true, line.get("replayed"));
        assertEquals("api-req-1", line.get("apiRequestId"));
    }

    @Test
    void requestLineWithoutAnAuthorizerContext() {
        Map<String, Object> line = parse(RequestLog.requestLine("GET /claims", 401, 0, null, false, null));
        assertNull(line.get("keyId"));
        assertEquals(false, line.get("replayed"));
    }

    @Test
    void faultLineNamesTheExceptionOnly() {
        Map<String, Object> line = parse(RequestLog.faultLine(
                "GET /claims/{claimId}",
                503,
                "api-req-2",
                new StoreUnavailableException("DynamoDB throttled \"GetItem\"\nretry", null)));
        assertEquals(Set.of("type", "route", "status", "apiRequestId", "error", "message"), line.keySet());
        assertEquals(StoreUnavailableException.class.getName(), line.get("error"));
        assertEquals("DynamoDB throttled \"GetItem\"\nretry", line.get("message"));
    }

    @Test
    void decisionLine() {
        assertEquals(
                Map.of("type", "authorizer", "decision", "allow", "keyId", "01JKEYID", "role", "reader"),
                parse(RequestLog.decisionLine(true, "01JKEYID", "reader")));
        Map<String, Object> deny = parse(RequestLog.decisionLine(false, null, null));
        assertEquals("deny", deny.get("decision"));
        assertNull(deny.get("keyId"));
    }

    @Test
    void linesGoThroughTheLambdaLoggerWithALevel() {
        CapturingLogger logger = new CapturingLogger();
        RequestLog.info(logger, "{\"a\":1}");
        RequestLog.error(logger, "{\"b\":2}");
        assertEquals(
                List.of(
                        new CapturingLogger.Entry("{\"a\":1}", LogLevel.INFO, false),
                        new CapturingLogger.Entry("{\"b\":2}", LogLevel.ERROR, false)),
                logger.entries);
    }

    @Test
    void controlCharactersAreEscaped() {
        String line = RequestLog.requestLine("GET /x\u0001\u2028", 200, 1, "k", false, "r");
        assertFalse(line.contains("\u0001") || line.contains("\u2028"));
        assertTrue(parse(line).get("route").equals("GET /x\u0001\u2028"));
    }
}
