package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures, against the specification's published test vector. */
class WebhookSignatureTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void theSpecificationsTestVectorReproducesExactly() {
        assertEquals(EXPECTED, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void anyChangeOfIdTimestampBodyOrSecretChangesTheSignature() {
        assertNotEquals(EXPECTED, WebhookSignature.sign(SECRET, ID + "x", TIMESTAMP, BODY));
        assertNotEquals(EXPECTED, WebhookSignature.sign(SECRET, ID, TIMESTAMP + 1, BODY));
        assertNotEquals(EXPECTED, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY + " "));
        assertNotEquals(EXPECTED, WebhookSignature.sign("whsec_" + "A".repeat(43) + "=", ID, TIMESTAMP, BODY));
    }

    @Test
    void duringARotationTheHeaderCarriesOneSignaturePerSecretSeparatedBySpaces() {
        String other = "whsec_" + "B".repeat(43) + "=";
        assertEquals(
                EXPECTED + " " + WebhookSignature.sign(other, ID, TIMESTAMP, BODY),
                WebhookSignature.header(List.of(SECRET, other), ID, TIMESTAMP, BODY));
        assertEquals(EXPECTED, WebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY));
    }
}
