package org.factcheck.claims.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.Verdict;

/**
 * Where claims and their verdicts are kept. Every method that writes does so all or
 * nothing, together with the idempotency record when one is given (it may be null).
 */
public interface ClaimStore {
    /** The most items one write may put, the idempotency record included (DynamoDB's transaction limit). */
    int MAX_TRANSACTION_WRITES = 100;

    /**
     * Stores a new claim with its duplicate marker, outlet index entries and change event.
     *
     * @throws DuplicateClaimException when the same statement by the same speaker exists
     * @throws IdempotencyConflictException when the idempotency key was used meanwhile
     */
    void create(Claim claim, ChangeEvent event, StoredResponse idempotency);

    Optional<Claim> find(String claimId);

    /** The claims with these ids that exist, in no particular order. */
    List<Claim> findAll(List<String> claimIds);

    /** For each duplicate key that is stored, the id of its claim. */
    Map<String, String> findDuplicates(List<String> duplicateKeys);

    /**
     * Replaces a claim whose stored version is {@code expectedVersion}, indexing any
     * {@code addedAppearances}, with the change's event.
     *
     * @throws VersionConflictException when the claim changed or does not exist
     */
    void update(
            Claim updated,
            long expectedVersion,
            List<Appearance> addedAppearances,
            ChangeEvent event,
            StoredResponse idempotency);

    /** Appends {@code updated.verdict()} to the history and replaces the claim, as {@link #update}. */
    void publishVerdict(Claim updated, long expectedVersion, ChangeEvent event, StoredResponse idempotency);

    /**
     * Writes a whole article import, with its events, in one transaction.
     *
     * @throws DuplicateClaimException when one of the new claims was created meanwhile
     * @throws VersionConflictException when a linked claim changed meanwhile
     */
    void importArticle(ArticleImport writes, StoredResponse idempotency);

    /** Newest first, by the most selective filter; see openapi.yaml for combinations. */
    Page<Claim> list(ClaimQuery query);

    /** The verdict history, newest first; empty when the claim has none, absent when there is no claim. */
    Optional<Page<Verdict>> verdicts(String claimId, int limit, String cursor);

    Optional<StoredResponse> findResponse(String keyHash);

    /**
     * The change feed, oldest first (by event id), each event once across pages.
     *
     * @throws InvalidCursorException when the cursor is not one this feed issued
     */
    ChangePage changes(ChangeQuery query);
}
