package org.factcheck.claims.telemetry;

import static org.factcheck.claims.telemetry.CapturingLogger.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    @SuppressWarnings("unchecked")
    void documentFollowsTheEmbeddedMetricFormat() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(Metrics.VERDICTS_PUBLISHED, 1L);
        counts.put(Metrics.VERDICTS_REVISED, 1L);
        String line =
                Metrics.document("FactCheckClaims", "POST /claims/{claimId}/verdicts", counts, 1_780_000_000_123L);

        assertFalse(line.contains("\n"), "one line");
        Map<String, Object> root = parse(line);
        Map<String, Object> aws = (Map<String, Object>) root.get("_aws");
        assertEquals(1_780_000_000_123L, ((Number) aws.get("Timestamp")).longValue());
        List<Map<String, Object>> directives = (List<Map<String, Object>>) aws.get("CloudWatchMetrics");
        assertEquals(1, directives.size());
        Map<String, Object> directive = directives.getFirst();
        assertEquals("FactCheckClaims", directive.get("Namespace"));
        assertEquals(List.of(List.of("Service")), directive.get("Dimensions"));
        assertEquals(
                List.of(
                        Map.of("Name", "VerdictsPublished", "Unit", "Count"),
                        Map.of("Name", "VerdictsRevised", "Unit", "Count")),
                directive.get("Metrics"));
        // Every dimension and every metric named in the directive is a member of the root.
        assertEquals("claims-api", root.get("Service"));
        assertEquals(1, ((Number) root.get("VerdictsPublished")).intValue());
        assertEquals(1, ((Number) root.get("VerdictsRevised")).intValue());
        assertEquals("POST /claims/{claimId}/verdicts", root.get("Route"));
        assertEquals(Set.of("_aws", "Service", "Route", "VerdictsPublished", "VerdictsRevised"), root.keySet());
    }

    @Test
    void countsAboveOneAndOddCharactersStayValidJson() {
        String line =
                Metrics.document("Name \"quoted\"\\x", "POST /articles", Map.of(Metrics.CLAIMS_SUBMITTED, 25L), 1L);
        Map<String, Object> root = parse(line);
        assertEquals(25, ((Number) root.get("ClaimsSubmitted")).intValue());
        assertTrue(line.contains("Name \\\"quoted\\\"\\\\x"));
    }

    @Test
    void writesBytesSoTheJsonLogFormatDoesNotWrapTheDocument() {
        CapturingLogger logger = new CapturingLogger();
        Metrics.write(logger, "authorizer", Map.of(Metrics.AUTHORIZER_DENIALS, 1L));
        assertEquals(1, logger.entries.size());
        CapturingLogger.Entry entry = logger.entries.getFirst();
        assertTrue(entry.bytes(), "byte[] messages are written unformatted by the Java runtime");
        assertEquals(LogLevel.INFO, entry.level());
        assertTrue(
                entry.text().endsWith("}\n")
                        && entry.text().indexOf('\n') == entry.text().length() - 1,
                "one line");
        assertEquals(1, ((Number) parse(entry.text()).get("AuthorizerDenials")).intValue());
    }

    @Test
    void writesNothingWithoutCounts() {
        CapturingLogger logger = new CapturingLogger();
        Metrics.write(logger, "GET /claims", Map.of());
        assertTrue(logger.entries.isEmpty());
    }

    @Test
    void statusesThatAreMetrics() {
        assertEquals("Conflict409", Metrics.forStatus(409));
        assertEquals("PreconditionFailed412", Metrics.forStatus(412));
        assertEquals("PreconditionRequired428", Metrics.forStatus(428));
        assertNull(Metrics.forStatus(200));
        assertNull(Metrics.forStatus(503));
    }
}
