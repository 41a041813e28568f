package org.factcheck.claims.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.Map;
import org.factcheck.claims.json.Json;
import org.junit.jupiter.api.Test;

class InvocationTest {

    private static Context contextWith(LambdaLogger logger) {
        return new Context() {
            @Override
            public String getAwsRequestId() {
                return "req";
            }

            @Override
            public String getLogGroupName() {
                return null;
            }

            @Override
            public String getLogStreamName() {
                return null;
            }

            @Override
            public String getFunctionName() {
                return "f";
            }

            @Override
            public String getFunctionVersion() {
                return null;
            }

            @Override
            public String getInvokedFunctionArn() {
                return null;
            }

            @Override
            public CognitoIdentity getIdentity() {
                return null;
            }

            @Override
            public ClientContext getClientContext() {
                return null;
            }

            @Override
            public int getRemainingTimeInMillis() {
                return 1000;
            }

            @Override
            public int getMemoryLimitInMB() {
                return 1024;
            }

            @Override
            public LambdaLogger getLogger() {
                return logger;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String line) {
        return (Map<String, Object>) Json.parse(line);
    }

    @Test
    void oneRequestLineThenOneMetricsLineWithWhatWasCounted() {
        CapturingLogger logger = new CapturingLogger();
        try (Invocation invocation = Invocation.start(contextWith(logger))) {
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
        try (Invocation invocation = Invocation.start(contextWith(logger))) {
            invocation.finish("PATCH /claims/{claimId}", 412, null, false, "api-2");
        }
        assertEquals(1, ((Number) parse(logger.entries.get(1).text()).get("PreconditionFailed412")).intValue());

        logger.entries.clear();
        try (Invocation invocation = Invocation.start(contextWith(logger))) {
            invocation.finish("POST /claims", 201, null, true, "api-3");
        }
        Map<String, Object> emf = parse(logger.entries.get(1).text());
        assertEquals(1, ((Number) emf.get("IdempotentReplays")).intValue());
        assertFalse(emf.containsKey("ClaimsSubmitted"));
    }

    @Test
    void aPlainReadWritesOnlyItsRequestLine() {
        CapturingLogger logger = new CapturingLogger();
        try (Invocation invocation = Invocation.start(contextWith(logger))) {
            invocation.finish("GET /claims", 200, "k", false, "api-4");
        }
        assertEquals(1, logger.entries.size());
    }

    @Test
    void countingOutsideAnInvocationIsIgnored() {
        CapturingLogger logger = new CapturingLogger();
        try (Invocation ignored = Invocation.start(contextWith(logger))) {
            // closed below
        }
        Invocation.count(Metrics.CLAIMS_SUBMITTED, 1);
        try (Invocation invocation = Invocation.start(contextWith(logger))) {
            invocation.finish("GET /claims", 200, null, false, null);
        }
        assertEquals(1, logger.entries.size(), "the count made between invocations went nowhere");
        assertTrue(logger.entries.getFirst().text().contains("\"type\":\"request\""));
    }
}
