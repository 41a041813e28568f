package org.factcheck.claims.telemetry;

import static org.factcheck.claims.telemetry.CapturingLogger.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.factcheck.claims.testing.TestContext;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void oneRequestLineThenOneMetricsLineWithWhatWasCounted() {
        CapturingLogger logger = new CapturingLogger();
        try (Invocation invocation = Invocation.start(TestContext.with(logger))) {
            Invocation.count(Metrics.CLAIMS_SUBMITTED, 3);
            Invocation.count(Metrics.CLAIMS_SUBMITTED, 2);
            Invocation.count(Metrics.VERDICTS_REVISED, 0);
            invocation.finish("POST /articles", 201, "01JKEY", false, "api-1");
        }
        assertEquals(2, logger.entries.size());
        assertFalse(logger.entries.get(0).bytes());
        assertEquals("POST /articles", parse(logger.entries.get(0).text()).get("route"));
        Map<String, Object> emf = parse(logger.entries.get(1).text());
        assertEquals(5, ((Number) emf.get("ClaimsSubmitted")).intValue());
        assertFalse(emf.containsKey("VerdictsRevised"), "a zero count is not written");
    }

    @Test
    void statusAndReplayAreCounted() {
        CapturingLogger logger = new CapturingLogger();
        try (Invocation invocation = Invocation.start(TestContext.with(logger))) {
            invocation.finish("PATCH /claims/{claimId}", 412, null, false, "api-2");
        }
        assertEquals(1, ((Number) parse(logger.entries.get(1).text()).get("PreconditionFailed412")).intValue());

        logger.entries.clear();
        try (Invocation invocation = Invocation.start(TestContext.with(logger))) {
            invocation.finish("POST /claims", 201, null, true, "api-3");
        }
        Map<String, Object> emf = parse(logger.entries.get(1).text());
        assertEquals(1, ((Number) emf.get("IdempotentReplays")).intValue());
        assertFalse(emf.containsKey("ClaimsSubmitted"));
    }

    @Test
    void aPlainReadWritesOnlyItsRequestLine() {
        CapturingLogger logger = new CapturingLogger();
        try (Invocation invocation = Invocation.start(TestContext.with(logger))) {
            invocation.finish("GET /claims", 200, "k", false, "api-4");
        }
        assertEquals(1, logger.entries.size());
    }

    @Test
    void countingOutsideAnInvocationIsIgnored() {
        CapturingLogger logger = new CapturingLogger();
        try (Invocation ignored = Invocation.start(TestContext.with(logger))) {
            // closed below
        }
        Invocation.count(Metrics.CLAIMS_SUBMITTED, 1);
        try (Invocation invocation = Invocation.start(TestContext.with(logger))) {
            invocation.finish("GET /claims", 200, null, false, null);
        }
        assertEquals(1, logger.entries.size(), "the count made between invocations went nowhere");
        assertTrue(logger.entries.getFirst().text().contains("\"type\":\"request\""));
    }
}
