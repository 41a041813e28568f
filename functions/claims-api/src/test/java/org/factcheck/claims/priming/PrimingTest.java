package org.factcheck.claims.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crac.Core;
import org.factcheck.claims.domain.WebhookUrl;
import org.factcheck.claims.store.DryRun;
import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void aCheckpointRunsAFastPathMaxRunsTimesAsADryRun() {
        List<Boolean> runs = new ArrayList<>();
        Priming priming = Priming.register("test route", () -> runs.add(DryRun.on()));
        assertTrue(Priming.registered().contains(priming));
        assertEquals(List.of(), runs, "registering runs nothing");

        priming.beforeCheckpoint(null);

        assertEquals(Priming.MAX_RUNS, runs.size());
        assertTrue(runs.stream().allMatch(Boolean.TRUE::equals), "every run is a dry run");
        assertEquals(Priming.MAX_RUNS, priming.runs());
        assertNull(priming.failure());
        assertTrue(!DryRun.on(), "the dry run ends with the priming");
    }

    @Test
    void pastItsTimeBudgetAPathStillRunsTheMinimum() throws Exception {
        List<Boolean> runs = new ArrayList<>();

        assertEquals(Priming.MIN_RUNS, Priming.repeat(() -> runs.add(true), 0));
        assertEquals(Priming.MIN_RUNS, runs.size());
    }

    @Test
    void aFailingPathIsReportedAndNeverFailsTheSnapshot() {
        Priming priming = Priming.register("failing route", () -> {
            throw new IllegalStateException("priming expected a 2xx, the handler answered 500");
        });
        priming.beforeCheckpoint(null); // no exception: the version is published unprimed
        assertEquals(
                "java.lang.IllegalStateException: priming expected a 2xx, the handler answered 500", priming.failure());
    }

    @Test
    void withoutACracRuntimeRegisteringIsHarmlessAndTheGlobalContextRefusesDirectCalls() {
        // Why Priming.beforeCheckpointAll exists: org.crac's global context cannot be driven by hand.
        assertThrows(RuntimeException.class, () -> Core.getGlobalContext().beforeCheckpoint(null));
        assertThrows(RuntimeException.class, () -> Core.getGlobalContext().afterRestore(null));
    }

    @Test
    void theSamplesAreBuiltByTheDomainFromTheEvents() {
        var rated = ClaimPriming.sample(false);
        var unrated = ClaimPriming.sample(true);
        assertEquals("01H6B3K9M2Q7R4S8T0V5W1X3Y6", rated.id());
        assertEquals("\"01H6B3K9M2Q7R4S8T0V5W1X3Y6.1\"", rated.etag(), "the version the events' If-Match names");
        assertEquals("RATED", rated.status().name());
        assertEquals("UNVERIFIED", unrated.status().name());
        assertEquals("01H6B3K9M2Q7R4S8T0V5W1X3Y7", KeyPriming.sample().keyId());
        var subscription = SubscriptionPriming.sample();
        assertEquals("01J9Z7Q4W8E2R6T0Y3V5V1X7PA", subscription.id());
        assertEquals("01H6B3K9M2Q7R4S8T0V5W1X3Y9", subscription.ownerKeyId());
        assertEquals("https://93.184.215.14/factcheck", subscription.url());
    }

    @Test
    void thePrimingResolverAnswersAPublicAddressThatTheWebhookRulesAllow() {
        var addresses = SubscriptionPriming.RESOLVER.resolve("hooks.example.net");
        var target = WebhookUrl.parse("https://hooks.example.net/factcheck", false);
        assertEquals(1, addresses.size());
        assertNull(WebhookUrl.refusal(target, addresses, false), "a public address");
    }
}
