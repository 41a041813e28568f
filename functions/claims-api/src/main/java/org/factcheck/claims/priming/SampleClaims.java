package org.factcheck.claims.priming;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Verdict;
import org.factcheck.claims.store.ArticleImport;
import org.factcheck.claims.store.ChangeEvent;
import org.factcheck.claims.store.ChangePage;
import org.factcheck.claims.store.ChangeQuery;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DryRun;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.StoredResponse;

/**
 * The function's own store during priming. Every call goes to DynamoDB, but the answers
 * are those of a table that holds just the sample, whatever the real one holds: a lookup
 * of the sample's id answers the sample, the events' statements are new and their
 * idempotency keys unused. A write that the dry run stopped or DynamoDB refused as bound
 * to fail counts as done, so the handler goes on to its success response as it would.
 */
record SampleClaims(ClaimStore store, Claim sample) implements ClaimStore {

    @Override
    public Optional<Claim> find(String claimId) {
        return readOrSample(claimId.equals(sample.id()), sample, () -> store.find(claimId));
    }

    @Override
    public Optional<Page<Verdict>> verdicts(String claimId, int limit, String cursor) {
        if (!claimId.equals(sample.id())) return store.verdicts(claimId, limit, cursor);
        // The Query finds nothing in the real table and is answered with the sample's history.
        DryRun.foundAs(sample, () -> store.verdicts(claimId, limit, cursor));
        return Optional.of(new Page<>(sample.verdict() == null ? List.of() : List.of(sample.verdict()), null));
    }

    @Override
    public List<Claim> findAll(List<String> claimIds) {
        return store.findAll(claimIds);
    }

    @Override
    public Map<String, String> findDuplicates(List<String> duplicateKeys) {
        store.findDuplicates(duplicateKeys);
        return Map.of();
    }

    @Override
    public Page<Claim> list(ClaimQuery query) {
        return store.list(query);
    }

    @Override
    public ChangePage changes(ChangeQuery query) {
        return store.changes(query);
    }

    @Override
    public Optional<StoredResponse> findResponse(String keyHash) {
        store.findResponse(keyHash);
        return Optional.empty();
    }

    @Override
    public void create(Claim claim, ChangeEvent event, StoredResponse idempotency) {
        // The route reads nothing; a GetItem of the new id (which cannot exist) primes parsing an answer.
        store.find(claim.id());
        unsent(() -> store.create(claim, event, idempotency));
    }

    @Override
    public void update(
            Claim updated,
            long expectedVersion,
            List<Appearance> addedAppearances,
            ChangeEvent event,
            StoredResponse idempotency) {
        unsent(() -> store.update(updated, expectedVersion, addedAppearances, event, idempotency));
    }

    @Override
    public void publishVerdict(Claim updated, long expectedVersion, ChangeEvent event, StoredResponse idempotency) {
        unsent(() -> store.publishVerdict(updated, expectedVersion, event, idempotency));
    }

    @Override
    public void importArticle(ArticleImport writes, StoredResponse idempotency) {
        unsent(() -> store.importArticle(writes, idempotency));
    }

    /**
     * A read, sent for real either way; when it asks for the sample's key it answers the
     * sample, and DynamoDB's empty answer is replaced by the sample's item, so parsing and
     * mapping a found item are primed too (store/DryRun.foundAs).
     */
    static <T> Optional<T> readOrSample(boolean theSample, T sample, Supplier<Optional<T>> read) {
        if (!theSample) return read.get();
        DryRun.foundAs(sample, read);
        return Optional.of(sample);
    }

    /**
     * A write that the dry run stopped before sending, or that DynamoDB refused as bound to
     * fail (answered as if applied, so the store ran its code after the write): what priming
     * wants. A write that returned with no refusal answered was applied: priming fails.
     */
    static void unsent(Runnable write) {
        int refusals = DryRun.refusalsAnswered();
        try {
            write.run();
        } catch (RuntimeException e) {
            if (!DryRun.stopped(e)) throw e;
            return;
        }
        if (DryRun.refusalsAnswered() == refusals) {
            throw new IllegalStateException("priming: a write was sent (not a dry run?)");
        }
    }
}
