package org.factcheck.claims.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.factcheck.claims.hashing.Sha256;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.DuplicateClaimException;
import org.factcheck.claims.store.IdempotencyConflictException;
import org.factcheck.claims.store.StoredResponse;
import org.factcheck.claims.store.VersionConflictException;

/**
 * Idempotency-Key for POST: the first successful response is stored in the same
 * transaction as the work, so a retry with the same key and body within 24 hours gets
 * that response back without the work being done twice, even when retries race. A
 * request that fails writes nothing, so its retry runs again. Keys are per API key (its
 * id, not its owner label, which two keys may share).
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    static final long TTL_SECONDS = 24 * 60 * 60;

    private final String keyHash;
    private final String requestHash;

    private Idempotency(String keyHash, String requestHash) {
        this.keyHash = keyHash;
        this.requestHash = requestHash;
    }

    /** Runs {@code operation}, or replays the response stored for the request's key. */
    public static ApiResponse run(ApiRequest request, ClaimStore store, Function<Idempotency, ApiResponse> operation) {
        Idempotency idempotency = from(request);
        if (idempotency.keyHash != null) {
            Optional<ApiResponse> replay = idempotency.replay(store);
            if (replay.isPresent()) return replay.get();
        }
        try {
            return operation.apply(idempotency);
        } catch (IdempotencyConflictException e) {
            // A concurrent request with the same key committed first: answer as it did.
            return idempotency.replay(store).orElseThrow(Problem::unavailable);
        } catch (RuntimeException e) {
            // A racing twin may have won on another condition (the duplicate marker, the
            // claim's version) before ours was checked: its stored response still answers.
            if (idempotency.keyHash == null || !raceLoss(e)) throw e;
            return idempotency.replay(store).orElseThrow(() -> e);
        }
    }

    private static boolean raceLoss(RuntimeException e) {
        return e instanceof DuplicateClaimException
                || e instanceof VersionConflictException
                || e instanceof Problem p && (p.status() == 409 || p.status() == 412);
    }

    private static Idempotency from(ApiRequest request) {
        String key = request.header(HEADER);
        if (key == null) return new Idempotency(null, null);
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw Problem.badRequest(HEADER + " must be 1 to 255 visible ASCII characters");
        }
        String keyHash = Sha256.hex(request.principal() + "\n" + key);
        String requestHash = Sha256.hex(
                request.method() + " " + request.fullPath() + "\n" + (request.body() == null ? "" : request.body()));
        return new Idempotency(keyHash, requestHash);
    }

    public boolean hasKey() {
        return keyHash != null;
    }

    /** The record to store with the work, or null when the request has no key. */
    public StoredResponse record(ApiResponse response) {
        if (keyHash == null) return null;
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        return new StoredResponse(
                keyHash,
                requestHash,
                response.status(),
                headers,
                response.body(),
                Instant.now().getEpochSecond() + TTL_SECONDS);
    }

    private Optional<ApiResponse> replay(ClaimStore store) {
        return store.findResponse(keyHash).map(stored -> {
            if (!stored.requestHash().equals(requestHash)) throw Problem.idempotencyKeyReused();
            return new ApiResponse(stored.status(), new LinkedHashMap<>(stored.headers()), stored.body())
                    .withHeader("Idempotent-Replayed", "true");
        });
    }
}
