package org.factcheck.claims.randomness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factcheck.claims.auth.ApiKeys;
import org.factcheck.claims.domain.Ulid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two function instances restored from one SnapStart snapshot start from the same memory:
 * the same Ulid state (last millisecond, last random bits) and the same generator state.
 * Here that state is set up twice, identically (a generator with a fixed seed stands for
 * the one captured), and each "copy" then makes ids and key secrets in the same millisecond.
 */
class RestoredCopiesTest {
    private static final long SNAPSHOT_MILLIS = 1_700_000_000_000L;
    private static final long FIRST_REQUEST_MILLIS = SNAPSHOT_MILLIS + 60_000;

    @AfterEach
    void fresh() throws Exception {
        Entropy.forgetAfterRestore();
        set(Ulid.class, "lastMillis", -1L); // other tests in this JVM make ids from the clock
    }

    @Test
    void copiesRestoredFromOneSnapshotMakeDifferentIdsAndSecrets() throws Exception {
        List<String> first = restoredCopyMakes(true);
        List<String> second = restoredCopyMakes(true);
        Set<String> both = new HashSet<>(first);
        both.addAll(second);
        assertEquals(first.size() + second.size(), both.size(), "repeated: " + first + " / " + second);
    }

    @Test
    void withoutTheRestoreHookTheCopiesRepeatEachOther() throws Exception {
        // What the hook prevents (and what ThreadLocalRandom's captured seed did): the same sequence twice.
        assertEquals(restoredCopyMakes(false), restoredCopyMakes(false));
    }

    @Test
    void theHookMakesANewGeneratorOnNextUse() throws Exception {
        Entropy.bytes(1);
        SecureRandom before = generator().get(null) instanceof SecureRandom s ? s : null;
        Entropy.forgetAfterRestore();
        Entropy.bytes(1);
        assertNotEquals(before, generator().get(null));
    }

    /** One copy: the snapshot's state, the restore hook (or not), then 3 ids and 3 keys in one millisecond. */
    private static List<String> restoredCopyMakes(boolean restoreHook) throws Exception {
        restoreSnapshotState();
        if (restoreHook) Entropy.forgetAfterRestore();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(Ulid.next(FIRST_REQUEST_MILLIS));
            ApiKeys.Issued key = ApiKeys.issue(FIRST_REQUEST_MILLIS);
            made.add(key.keyId());
            made.add(key.key());
        }
        assertTrue(made.stream().allMatch(s -> s != null && !s.isEmpty()));
        return made;
    }

    /** The memory a snapshot taken after priming holds: a seeded generator and Ulid's last state. */
    private static void restoreSnapshotState() throws Exception {
        SecureRandom captured = SecureRandom.getInstance("SHA1PRNG");
        captured.setSeed(42L); // before first use: fully determined by this seed
        generator().set(null, captured);
        set(Ulid.class, "lastMillis", SNAPSHOT_MILLIS);
        set(Ulid.class, "lastHigh", 7L);
        set(Ulid.class, "lastLow", 11L);
    }

    private static Field generator() throws NoSuchFieldException {
        Field field = Entropy.class.getDeclaredField("generator");
        field.setAccessible(true);
        return field;
    }

    private static void set(Class<?> type, String name, long value) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.setLong(null, value);
    }
}
