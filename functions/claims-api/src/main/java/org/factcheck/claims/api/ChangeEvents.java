package org.factcheck.claims.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Appearance;
import org.factcheck.claims.domain.Claim;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.EventType;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.ChangeEvent;

/**
 * The event of each change, written with it. {@code data} holds the claim as
 * GET /claims/{claimId} shows it after the change, and its verdict when it has one;
 * status changes add {@code previousStatus} and {@code status}, appearance.added the
 * {@code addedAppearances}. An event of a changed claim is at least 1 ms after the
 * claim's previous change, so one claim's events are in id order even across clocks.
 */
public final class ChangeEvents {
    private ChangeEvents() {}

    public static ChangeEvent created(Claim claim) {
        return event(EventType.CLAIM_CREATED, null, claim, Map.of());
    }

    /** A PATCH: claim.retracted when it retracts the claim, else claim.updated. */
    public static ChangeEvent updated(Claim before, Claim after) {
        EventType type = after.status() == ClaimStatus.RETRACTED && before.status() != ClaimStatus.RETRACTED
                ? EventType.CLAIM_RETRACTED
                : EventType.CLAIM_UPDATED;
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("previousStatus", before.status().name());
        extra.put("status", after.status().name());
        return event(type, before, after, extra);
    }

    public static ChangeEvent appearancesAdded(Claim before, Claim after, List<Appearance> added) {
        return event(
                EventType.APPEARANCE_ADDED,
                before,
                after,
                Map.of(
                        "addedAppearances",
                        added.stream().map(ClaimRepresentation::appearance).toList()));
    }

    /** verdict.published for a claim's first verdict, verdict.revised for later ones. */
    public static ChangeEvent verdict(Claim before, Claim after) {
        EventType type = after.verdict().revision() > 1 ? EventType.VERDICT_REVISED : EventType.VERDICT_PUBLISHED;
        return event(type, before, after, Map.of());
    }

    private static ChangeEvent event(EventType type, Claim before, Claim after, Map<String, Object> extra) {
        long millis = Timestamps.epochMilli(after.updatedAt());
        if (before != null) millis = Math.max(millis, Timestamps.epochMilli(before.updatedAt()) + 1);
        String timestamp = Timestamps.format(Instant.ofEpochMilli(millis));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claim", ClaimRepresentation.claim(after));
        if (after.verdict() != null) data.put("verdict", ClaimRepresentation.verdict(after.verdict()));
        data.putAll(extra);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wireName());
        body.put("timestamp", timestamp);
        body.put("data", data);
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        for (Appearance a : after.appearances()) outlets.add(a.outlet());
        return new ChangeEvent(
                Ulid.next(millis),
                type.wireName(),
                timestamp,
                after.id(),
                after.speaker().name(),
                List.copyOf(outlets),
                after.status().name(),
                extra.containsKey("previousStatus") ? before.status().name() : null,
                after.verdict() == null ? null : after.verdict().rating().name(),
                Json.write(body));
    }
}
