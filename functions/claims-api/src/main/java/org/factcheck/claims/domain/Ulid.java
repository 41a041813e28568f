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
    private static final String DIGITS = new String(ALPHABET);
    private static final Pattern FORMAT = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");
    private static final Pattern PREFIX_FORMAT = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{9}");
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
        timePrefix(epochMillis).getChars(0, 10, out, 0);
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

    /** The 10 time characters of every id made in {@code epochMillis}: it sorts before all of them. */
    public static String timePrefix(long epochMillis) {
        char[] out = new char[10];
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        return new String(out);
    }

    /** The milliseconds of an id or a time prefix (its first 10 characters, assumed valid). */
    public static long epochMillis(String idOrPrefix) {
        long time = 0;
        for (int i = 0; i < 10; i++) time = (time << 5) | DIGITS.indexOf(idOrPrefix.charAt(i));
        return time;
    }

    /** Whether {@code candidate} is a time prefix: 10 valid time characters. */
    public static boolean isTimePrefix(String candidate) {
        return candidate != null && PREFIX_FORMAT.matcher(candidate).matches();
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
