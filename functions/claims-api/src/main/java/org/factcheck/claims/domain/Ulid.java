package org.factcheck.claims.domain;

import java.util.regex.Pattern;
import org.factcheck.claims.randomness.Entropy;

/**
 * Time-ordered identifiers (ULID: 48-bit milliseconds, 80 random bits, Crockford
 * base32), monotonic within a process: ids made in the same millisecond increase, so a
 * batch keeps its order. The random bits come from {@link Entropy}, not ThreadLocalRandom:
 * copies restored from one SnapStart snapshot would share its seed and could make the
 * same id in the same millisecond.
 */
public final class Ulid {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");
    private static final long RANDOM_HIGH_MASK = (1L << 16) - 1; // 16 + 64 = 80 random bits

    private static long lastMillis = -1;
    private static long lastHigh;
    private static long lastLow;

    private Ulid() {}

    public static synchronized String next(long epochMillis) {
        if (epochMillis <= lastMillis) {
            // Same (or an earlier, skewed) millisecond: count up from the last id.
            epochMillis = lastMillis;
            lastLow++;
            if (lastLow == 0) lastHigh = (lastHigh + 1) & RANDOM_HIGH_MASK;
        } else {
            lastMillis = epochMillis;
            lastHigh = Entropy.nextLong() & RANDOM_HIGH_MASK & 0x7fff; // headroom for increments
            lastLow = Entropy.nextLong();
        }
        char[] out = new char[26];
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 bits = high (16) : low (64), written as 16 base32 digits from the right.
        long low = lastLow;
        long high = lastHigh;
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return new String(out);
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
