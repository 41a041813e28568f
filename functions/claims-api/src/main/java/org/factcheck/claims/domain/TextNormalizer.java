package org.factcheck.claims.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Normalization for matching names and statements: Unicode NFKC (so compatibility
 * look-alikes such as full-width letters fold together), case folded, whitespace
 * collapsed, punctuation and symbols trimmed from both ends.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    public static String normalize(String text) {
        // Upper then lower case folds more than lower alone (ß and SS meet as ss).
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\s\\p{Z}]+", " ").strip();
        int start = 0;
        int end = s.length();
        while (start < end && trimmable(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && trimmable(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end).strip();
    }

    private static boolean trimmable(int cp) {
        if (Character.isWhitespace(cp)) return true;
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** A fixed-length key for "the same statement by the same speaker". */
    public static String duplicateKey(String speakerName, String statement) {
        return sha256Hex(normalize(speakerName) + "\u0000" + normalize(statement));
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
