package org.factcheck.claims.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.hashing.Sha256;
import org.factcheck.claims.randomness.Entropy;

/**
 * API keys look like {@code fck_<keyId>_<secret>}: the key id (a ULID) is public and
 * finds the record; the secret (256 random bits) is stored only as its SHA-256.
 */
public final class ApiKeys {
    private static final Pattern FORMAT = Pattern.compile("fck_([0-7][0-9A-HJKMNP-TV-Z]{25})_([A-Za-z0-9_-]{43})");

    private ApiKeys() {}

    /** A parsed presented key. */
    public record Presented(String keyId, String secret) {}

    /** A newly made key: the full key (shown once) and what is stored. */
    public record Issued(String keyId, String key, String secretHash) {}

    public static Issued issue(long nowMillis) {
        byte[] secret = Entropy.bytes(32);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String keyId = Ulid.next(nowMillis);
        return new Issued(keyId, "fck_" + keyId + "_" + encoded, hash(encoded));
    }

    /** The key in an {@code Authorization: Bearer ...} header, or null when malformed. */
    public static Presented fromAuthorization(String header) {
        if (header == null || header.length() > 200) return null;
        String[] parts = header.strip().split("\\s+");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) return null;
        Matcher m = FORMAT.matcher(parts[1]);
        return m.matches() ? new Presented(m.group(1), m.group(2)) : null;
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    /** Constant-time comparison of the presented secret's hash with the stored one. */
    public static boolean matches(Presented presented, String storedHash) {
        return MessageDigest.isEqual(
                hash(presented.secret()).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
