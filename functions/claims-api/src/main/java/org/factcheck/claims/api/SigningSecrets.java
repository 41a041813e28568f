package org.factcheck.claims.api;

import java.util.Base64;
import org.factcheck.claims.randomness.Entropy;

/**
 * Webhook signing secrets as Standard Webhooks writes them: whsec_ and base64 of 32 random
 * bytes, from {@link Entropy}, so copies restored from one SnapStart snapshot never share one.
 */
public final class SigningSecrets {
    static final String PREFIX = "whsec_";

    private SigningSecrets() {}

    /** A new secret (also the development tools' and tests' way to make one). */
    public static String next() {
        return PREFIX + Base64.getEncoder().encodeToString(Entropy.bytes(32));
    }
}
