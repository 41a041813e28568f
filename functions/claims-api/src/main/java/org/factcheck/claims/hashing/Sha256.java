package org.factcheck.claims.hashing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: key secrets, idempotency keys, duplicate keys. */
public final class Sha256 {
    // Cloned per use: looking the provider up each time was two thirds of a hash (a warm POST /claims hashes 3 times).
    private static final MessageDigest PROTOTYPE = prototype();
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {}

    /** The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String hex(String text) {
        return HEX.formatHex(fresh().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
