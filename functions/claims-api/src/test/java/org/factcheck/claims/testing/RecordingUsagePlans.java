package org.factcheck.claims.testing;

import java.util.ArrayList;
import java.util.List;
import org.factcheck.claims.store.UsagePlans;

/** A usage plan in memory: enrols every key, and records the usage keys removed. */
public final class RecordingUsagePlans implements UsagePlans {
    public final List<String> enrolled = new ArrayList<>();
    public final List<String> removed = new ArrayList<>();

    @Override
    public UsageKey enrol(String keyId, String owner) {
        enrolled.add(keyId);
        return new UsageKey("usage-" + keyId, "usage-value-" + keyId);
    }

    @Override
    public void remove(String usageKeyId) {
        removed.add(usageKeyId);
    }
}
