package org.factcheck.claims.priming;

import java.util.Optional;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.DryRun;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.UsagePlans;

/** The key functions' store during priming, as {@link SampleClaims} is the claim functions'. */
record SampleKeys(ApiKeyStore keys, ApiKeyRecord sample) implements ApiKeyStore {

    @Override
    public Optional<ApiKeyRecord> find(String keyId) {
        return SampleClaims.readOrSample(keyId.equals(sample.keyId()), sample, () -> keys.find(keyId));
    }

    @Override
    public Page<ApiKeyRecord> list(int limit, String cursor) {
        return keys.list(limit, cursor);
    }

    @Override
    public void create(ApiKeyRecord record) {
        // The route reads nothing; a GetItem of the new id (which cannot exist) primes parsing an answer.
        keys.find(record.keyId());
        SampleClaims.unsent(() -> keys.create(record));
    }

    @Override
    public Optional<ApiKeyRecord> revoke(String keyId, String at) {
        ApiKeyRecord revoked = new ApiKeyRecord(
                keyId,
                sample.secretHash(),
                sample.owner(),
                sample.role(),
                sample.createdAt(),
                sample.expiresAt(),
                true,
                at,
                sample.usageKeyId(),
                sample.usageKeyValue());
        // Refused as bound to fail, answered with the revoked sample's item, which the store maps back.
        DryRun.foundAs(revoked, () -> {
            SampleClaims.unsent(() -> keys.revoke(keyId, at));
            return null;
        });
        return Optional.of(revoked);
    }

    @Override
    public void usageKeyRemoved(String keyId) {
        SampleClaims.unsent(() -> keys.usageKeyRemoved(keyId));
    }

    /** The usage plans during priming: reads are made, writes are stopped before sending (API Gateway has no conditional write). */
    record Plans(UsagePlans plans) implements UsagePlans {
        @Override
        public UsageKey enrol(String keyId, String owner) {
            try {
                return plans.enrol(keyId, owner);
            } catch (RuntimeException e) {
                if (!DryRun.stopped(e)) throw e;
                return null;
            }
        }

        @Override
        public void remove(String usageKeyId) {
            try {
                plans.remove(usageKeyId);
            } catch (RuntimeException e) {
                if (!DryRun.stopped(e)) throw e;
            }
        }
    }
}
