package org.factcheck.claims.randomness;

import java.security.SecureRandom;

/**
 * The one source of randomness for whatever must differ between function instances: id
 * bits (Ulid), key secrets, future webhook secrets, retry jitter. SnapStart restores many
 * instances from one snapshot, and any generator state in it (ThreadLocalRandom's seed, a
 * seeded SecureRandom) would give every copy the same sequence. So the generator is made
 * on first use, never during start-up, and {@link #forgetAfterRestore} drops it: the next
 * use makes a new one, seeded from the operating system of the restored copy.
 */
public final class Entropy {
    private static volatile SecureRandom generator;

    private Entropy() {}

    public static byte[] bytes(int count) {
        byte[] out = new byte[count];
        generator().nextBytes(out);
        return out;
    }

    public static long nextLong() {
        return generator().nextLong();
    }

    /** Uniform in [origin, bound). */
    public static long nextLong(long origin, long bound) {
        return generator().nextLong(origin, bound);
    }

    /** After a restore (priming/Priming): whatever was seeded before the snapshot is not used again. */
    public static void forgetAfterRestore() {
        generator = null;
    }

    private static SecureRandom generator() {
        SecureRandom current = generator;
        if (current == null) {
            synchronized (Entropy.class) {
                current = generator;
                if (current == null) {
                    current = new SecureRandom();
                    generator = current;
                }
            }
        }
        return current;
    }
}
