package org.factcheck.claims.domain;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Time-ordered identifiers (ULID: 48-bit milliseconds, 80 random bits, Crockford base32).
 * ThreadLocalRandom rather than SecureRandom: ids are not secrets, and seeding
 * SecureRandom costs start-up time.
 */
public final class Ulid {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");

    private Ulid() {}

    public static String next(long epochMillis) {
        char[] out = new char[26];
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong();
        long low = random.nextLong();
        for (int i = 0; i < 16; i++) {
            long bits = i < 8 ? (high >>> (i * 5)) : (low >>> ((i - 8) * 5));
            out[10 + i] = ALPHABET[(int) (bits & 31)];
        }
        return new String(out);
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
