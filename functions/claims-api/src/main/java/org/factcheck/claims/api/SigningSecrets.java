package org.factcheck.claims.api;

import java.security.SecureRandom;
import java.util.Base64;

/** Webhook signing secrets as Standard Webhooks writes them: whsec_ and base64 of 32 random bytes. */
final class SigningSecrets {
    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecrets() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }
}
